/**
 * `deckwright present <deck>`: brings one locale's built deck up to date and serves it, with
 * presenter mode, from the static files (no Vite); `--watch` regenerates it on every save.
 */
import { EXIT } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { createProgress } from '../core/progress.ts'
import { displayPath } from '../load/read-deck.ts'
import { startPresent, type PresentEvent } from '../present/present-session.ts'
import { brokenSaveMessage, parseLiveOptions, untilStopped } from './live-session.ts'

export interface PresentCommandOptions {
  locale?: string
  port?: string | number
  watch?: boolean
}

export async function presentCommand(ref: string, options: PresentCommandOptions, paths = projectPaths()): Promise<number> {
  const progress = createProgress('normal')
  const session = await startPresent(ref, { ...parseLiveOptions(options), watch: options.watch === true }, paths, printPresentEvent, progress)
  progress.end()
  await untilStopped()
  await session.close()
  return EXIT.ok
}

function printPresentEvent(event: PresentEvent): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`
  if (event.type === 'ready') {
    const watching = event.watching ? `Watching ${displayPath(event.watching)}, the glossary and the brand for changes` : 'Not watching for changes (add --watch)'
    process.stderr.write(`Deck:      ${event.url}\nPresenter: ${event.presenter}\nServing ${displayPath(event.dist)}/ (the built deck, no Vite). ${watching} (Ctrl-C to stop)\n`)
  }
  else if (event.type === 'updated') {
    const what = { data: `✓ the open deck shows the change (${ms(event.ms)})`, rebuilt: `✓ the deck's shape changed: built again and reloaded (${ms(event.ms)})`, unchanged: `✓ no change to the slides (${ms(event.ms)})` }
    process.stderr.write(`${what[event.how]}\n`)
  }
  else {
    process.stderr.write(brokenSaveMessage(event.error))
  }
}
