/**
 * `deckwright dev <deck>`: the Slidev dev server on one deck and locale, with presenter mode, until
 * Ctrl-C. The session itself (server, watcher, regeneration) is pipeline/dev-session.ts; this
 * command parses its options and prints what the session reports.
 */
import { EXIT } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { displayPath } from '../load/read-deck.ts'
import { startDev, type DevEvent } from '../pipeline/dev-session.ts'
import { brokenSaveMessage, parseLiveOptions, untilStopped } from './live-session.ts'

export interface DevOptions {
  locale?: string
  port?: string | number
  open?: boolean
}

export async function devCommand(ref: string, options: DevOptions, paths = projectPaths()): Promise<number> {
  const session = await startDev(ref, { ...parseLiveOptions(options), open: options.open }, paths, printDevEvent)
  await untilStopped()
  await session.close()
  return EXIT.ok
}

function printDevEvent(event: DevEvent): void {
  if (event.type === 'ready') {
    process.stderr.write(`Deck:      ${event.url}\nPresenter: ${event.url}#/presenter/1\nWatching ${displayPath(event.watching)}, the glossary and the brand for changes (Ctrl-C to stop)\n`)
  }
  else if (event.type === 'regenerated') {
    const ms = event.ms.toFixed(0)
    process.stderr.write(event.changed ? `✓ regenerated ${displayPath(event.markdown)} in ${ms} ms\n` : `✓ no change to the slides (${ms} ms)\n`)
  }
  else {
    process.stderr.write(brokenSaveMessage(event.error))
  }
}
