/**
 * `deckwright dev <deck>`: the Slidev dev server on one deck and locale, with presenter mode.
 * Every save of the deck's data or the glossary regenerates the markdown; Slidev's hot reload
 * updates the open deck and presenter view. A broken edit prints its located error and the deck
 * keeps showing the last good version until the file is fixed.
 */
import { dirname, join } from 'node:path'
import { watch } from 'chokidar'
import { DeckError, fail, formatError } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { LOCALES, type Locale } from '../load/schema.ts'
import { displayPath, resolveDeckDir } from '../load/read-deck.ts'
import { localeFontsPlugin } from '../build/vite-plugins.ts'
import { prepareTarget, writeMarkdownIfChanged } from '../pipeline/regenerate.ts'

export interface DevOptions {
  locale?: string
  port?: string | number
  open?: boolean
}

export async function devCommand(ref: string, options: DevOptions, paths = projectPaths()): Promise<number> {
  if (options.locale !== undefined && !(LOCALES as readonly string[]).includes(options.locale))
    fail('E_USAGE', `unknown locale "${options.locale}": expected one of ${LOCALES.join(', ')}`)
  const deckDir = resolveDeckDir(ref, paths.data)
  const locale = options.locale as Locale | undefined
  const target = await prepareTarget(deckDir, locale, paths)
  await writeMarkdownIfChanged(target)

  const server = await startDevServer(target.files.markdown, target.locale, options)
  const stopWatching = watchDeck(deckDir, paths.glossary, async () => {
    const started = performance.now()
    try {
      const next = await prepareTarget(deckDir, target.locale, paths)
      const wrote = await writeMarkdownIfChanged(next)
      const ms = (performance.now() - started).toFixed(0)
      process.stderr.write(wrote ? `✓ regenerated ${displayPath(next.files.markdown)} in ${ms} ms\n` : `✓ no change to the slides (${ms} ms)\n`)
    }
    catch (error) {
      if (!(error instanceof DeckError)) throw error
      process.stderr.write(`✗ the deck keeps its last good version until this is fixed:\n${formatError(error)}\n`)
    }
  })
  await new Promise<void>(resolve => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await stopWatching()
  await server.close()
  return 0
}

async function startDevServer(entry: string, locale: Locale, options: DevOptions) {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const slidevOptions = await resolveOptions({ entry }, 'dev')
  const port = options.port === undefined ? 3030 : Number(options.port)
  const server = await createServer(slidevOptions, {
    server: { port, strictPort: options.port !== undefined, host: '127.0.0.1', open: options.open ?? false },
    plugins: [localeFontsPlugin(locale)],
    logLevel: 'warn',
  })
  try {
    await server.listen()
  }
  catch (error) {
    await server.close()
    const message = (error as Error).message
    fail('E_PORT', /in use|EADDRINUSE/i.test(message) ? `port ${port} is in use: pass --port with a free one` : message)
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`
  process.stderr.write(`Deck:      ${url}\nPresenter: ${url}#/presenter/1\nWatching ${displayPath(dirname(entry))} data for changes (Ctrl-C to stop)\n`)
  return server
}

/** Calls `onChange` (debounced) when the deck folder or the glossary changes. */
function watchDeck(deckDir: string, glossary: string, onChange: () => Promise<void>): () => Promise<void> {
  const watcher = watch([deckDir, glossary], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 10 } })
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  watcher.on('all', (_event, path) => {
    if (!/\.(ya?ml|txt)$/.test(path) && path !== join(deckDir)) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(onChange)
    }, 30)
  })
  return async () => {
    clearTimeout(timer)
    await watcher.close()
    await running
  }
}
