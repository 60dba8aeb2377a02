/**
 * Presenting a built deck: `present` brings the locale's SPA up to date (incrementally, the way
 * `deck` does), serves it as it is, with no Vite, and with `--watch` regenerates it on every save:
 * validate → localise → render → the slide data in index.html, sent to the open views, which apply
 * it in place. A save that changes the deck's shape (slides added, a layout changed) builds the SPA
 * again and reloads the views; a broken save is reported and changes nothing.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locale } from '../core/locales.ts'
import { outputName, type ProjectPaths } from '../core/paths.ts'
import type { Progress } from '../core/progress.ts'
import { liveScript, LIVE_PATH } from '../client/live-data.ts'
import { serveStatic } from '../export/static-server.ts'
import { readDeck, resolveDeckDir } from '../load/read-deck.ts'
import { hashBuilderFiles } from '../pipeline/builder-files.ts'
import { targetLocales } from '../pipeline/prepare.ts'
import { runDecks } from '../pipeline/run-decks.ts'
import { splitDeckData } from '../spa/runtime-data.ts'
import { createLiveChannel, type LiveChannel } from './live-channel.ts'
import { watchDeck } from './watch-deck.ts'

export interface PresentOptions {
  /** Locale to present; the deck's first when omitted. */
  locale?: Locale
  /** Port to serve on (0: any free one); without it, the first free one from 3030. */
  port?: number
  /** Regenerate the deck on every save of its data. */
  watch?: boolean
}

/** What a presenting session tells its user; the CLI prints these, tests collect them. */
export type PresentEvent =
  | { type: 'ready'; url: string; presenter: string; dist: string; watching?: string }
  /** A save was applied: as new slide data, by building the SPA again, or it changed nothing. */
  | { type: 'updated'; how: 'data' | 'rebuilt' | 'unchanged'; ms: number }
  | { type: 'invalid'; error: unknown }

export interface PresentSession {
  url: string
  presenterUrl: string
  /** The built deck being served. */
  dist: string
  close: () => Promise<void>
}

/** Port `present` tries first, as Slidev's dev server does. */
export const PRESENT_PORT = 3030

/** Builds what is out of date, serves the deck and, with `watch`, follows saves; throws when the first build fails. */
export async function startPresent(ref: string, options: PresentOptions, paths: ProjectPaths, report: (event: PresentEvent) => void, progress: Progress): Promise<PresentSession> {
  const port = options.port ?? PRESENT_PORT
  const deckDir = resolveDeckDir(ref, paths.data)
  const deck = await readDeck(deckDir)
  const [locale] = targetLocales(deck, options.locale) as [Locale]
  const dist = join(paths.dist, outputName(deck.id, locale))
  const live = options.watch ? createLiveChannel() : undefined
  // The port first: a port in use fails at once, not after a build. Files are read per request,
  // and the addresses are given once the deck is built.
  const server = await serveStatic(dist, {
    port,
    strictPort: options.port !== undefined,
    headTags: live ? liveScript : undefined,
    routes: live ? { [LIVE_PATH]: live.handle } : undefined,
  })
  const builder = await hashBuilderFiles(paths.root)
  const build = (reporter: Progress) => runDecks({ deckDirs: [deckDir], paths, locale, outputs: ['slides', 'spa'], progress: reporter, builder, keepConverters: options.watch })
  const first = await build(progress)
  if (first.failed.length > 0) {
    await server.close()
    throw first.failed[0]!.error
  }
  const stopWatching = live ? await followSaves(deckDir, paths, dist, live, () => build(SILENT), report) : undefined
  report({ type: 'ready', url: server.url, presenter: `${server.url}#/presenter/1`, dist, watching: live ? deckDir : undefined })
  return {
    url: server.url,
    presenterUrl: `${server.url}#/presenter/1`,
    dist,
    close: async () => {
      await stopWatching?.()
      live?.close()
      await server.close()
    },
  }
}

/** Rebuilds on every save and tells the open views; returns a function that stops. */
async function followSaves(deckDir: string, paths: ProjectPaths, dist: string, live: LiveChannel, build: () => ReturnType<typeof runDecks>, report: (event: PresentEvent) => void): Promise<() => Promise<void>> {
  const page = join(dist, 'index.html')
  let shown = await readFile(page, 'utf8')
  return watchDeck(deckDir, [paths.glossary, paths.brand], async () => {
    const started = performance.now()
    const result = await build()
    if (result.failed.length > 0) return report({ type: 'invalid', error: result.failed[0]!.error })
    const html = await readFile(page, 'utf8')
    const how = html === shown ? 'unchanged' : sameCode(html, shown) ? 'data' : 'rebuilt'
    shown = html
    if (how === 'data') live.send({ type: 'data', data: splitDeckData(html).data })
    if (how === 'rebuilt') live.send({ type: 'reload' })
    report({ type: 'updated', how, ms: performance.now() - started })
  })
}

/** Whether two pages differ in their deck data only (same head, same code). */
function sameCode(a: string, b: string): boolean {
  const [x, y] = [splitDeckData(a), splitDeckData(b)]
  return x.before === y.before && x.after === y.after
}

/** Progress for the runs after a save: the session reports them as events. */
const SILENT: Progress = { stage: () => undefined, done: () => undefined, finish: () => undefined, warn: () => undefined, end: () => undefined }
