/**
 * A live dev session on one deck and locale: Slidev's dev server with presenter mode, and a
 * watcher that regenerates the markdown on every save of the deck's data or a glossary. Slidev's
 * hot reload updates the open deck and presenter view. A broken edit is reported (located) and the
 * deck keeps showing the last good version until the file is fixed. Used by `deckwright dev`, the
 * benchmark and the tests.
 */
import { fail } from '../core/errors.ts'
import type { ProjectPaths } from '../core/paths.ts'
import type { Locale } from '../core/locales.ts'
import { resolveDeckDir } from '../load/read-deck.ts'
import { dataIsNotMarkupPlugin, localeFontsPlugin, textTitlesPlugin } from '../spa/vite-plugins.ts'
import { watchDeck } from '../present/watch-deck.ts'
import { prepareTarget, writeMarkdownIfChanged } from './regenerate.ts'

export interface DevSessionOptions {
  /** Locale to present; the deck's first when omitted. */
  locale?: Locale
  /** Port of the dev server: 0 for any free one; when omitted 3030, or the next free one. */
  port?: number
  /** Open the deck in the user's browser. */
  open?: boolean
}

/** What the dev session tells its user; the CLI prints these, tests collect them. */
export type DevEvent =
  | { type: 'ready'; url: string; markdown: string; watching: string }
  | { type: 'regenerated'; markdown: string; ms: number; changed: boolean }
  | { type: 'invalid'; error: unknown }

export interface DevSession {
  /** The deck's URL; the presenter view is `${url}#/presenter/1`. */
  url: string
  /** The generated markdown the server presents. */
  markdown: string
  close: () => Promise<void>
}

/** Starts the dev server and the watcher; `close()` stops both. Throws (E_PORT, E_SCHEMA, E_LOCALE…) if the first load fails. */
export async function startDev(ref: string, options: DevSessionOptions, paths: ProjectPaths, report: (event: DevEvent) => void): Promise<DevSession> {
  const deckDir = resolveDeckDir(ref, paths.data)
  const target = await prepareTarget(deckDir, options.locale, paths)
  await writeMarkdownIfChanged(target)
  const server = await startDevServer(target.files.markdown, target.locale, options)
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`
  const stopWatching = watchDeck(deckDir, [paths.glossary, paths.brand], async () => {
    const started = performance.now()
    try {
      const next = await prepareTarget(deckDir, target.locale, paths)
      const changed = await writeMarkdownIfChanged(next)
      report({ type: 'regenerated', markdown: next.files.markdown, ms: performance.now() - started, changed })
    }
    catch (error) {
      report({ type: 'invalid', error })
    }
  })
  report({ type: 'ready', url, markdown: target.files.markdown, watching: deckDir })
  return {
    url,
    markdown: target.files.markdown,
    close: async () => {
      await stopWatching()
      await server.close()
    },
  }
}

async function startDevServer(entry: string, locale: Locale, options: DevSessionOptions) {
  const { createServer, resolveOptions, parser } = await import('@slidev/cli')
  const slidevOptions = await resolveOptions({ entry }, 'dev')
  const port = options.port ?? 3030
  const server = await createServer(slidevOptions, {
    server: { port, strictPort: options.port !== undefined, host: '127.0.0.1', open: options.open ?? false },
    plugins: [localeFontsPlugin(locale), textTitlesPlugin(slidevOptions.data), dataIsNotMarkupPlugin()],
    logLevel: 'warn',
  }, {
    // Without loadData Slidev's hot update ignores the changed markdown: it reloads nothing.
    // Deckwright's headmatter keeps theme, fonts and router fixed, so a reload never needs a restart.
    async loadData(sources) {
      const loaded = await parser.load(slidevOptions, slidevOptions.entry, sources, 'dev')
      const config = parser.resolveConfig(loaded.headmatter, slidevOptions.data.themeMeta, slidevOptions.entry)
      return { ...loaded, themeMeta: slidevOptions.data.themeMeta, config: { ...config, theme: slidevOptions.data.config.theme, addons: slidevOptions.data.config.addons } }
    },
  })
  try {
    await server.listen()
  }
  catch (error) {
    await server.close()
    const message = (error as Error).message
    fail('E_PORT', /in use|EADDRINUSE/i.test(message) ? `port ${port} is in use: pass --port with a free one` : message, [], { cause: error })
  }
  return server
}
