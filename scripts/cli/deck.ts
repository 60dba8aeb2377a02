/** `deckwright deck [decks…]`: builds every deck in data/, or the named ones. */
import { EXIT, exitCodeFor } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { createProgress } from '../core/progress.ts'
import { runDecks } from '../pipeline/run-decks.ts'
import { parseChoice, parseChoiceList } from './options.ts'
import { selectDeckDirs } from './select-decks.ts'

export interface DeckOptions {
  locale?: string
  handout?: string
  only?: string
  force?: boolean
  quiet?: boolean
  verbose?: boolean
  strict?: boolean
}

export async function deckCommand(refs: string[], options: DeckOptions, paths = projectPaths()): Promise<number> {
  const locale = parseChoice('locale', options.locale)
  const outputs = parseChoiceList('only', options.only)
  const handout = parseChoice('handout', options.handout)
  const progress = createProgress(options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal')
  const deckDirs = selectDeckDirs(refs, paths)
  const started = Date.now()
  const result = await runDecks({ deckDirs, paths, locale, outputs, handout, force: options.force, strict: options.strict, progress })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.failed.length > 0) {
    process.stderr.write(`✗ ${result.failed.length} failed, ${result.built.length} built (${seconds}s)\n`)
    // Invalid input wins: fixing the data is the user's next step, whatever else failed.
    return result.failed.some(f => exitCodeFor(f.error) === EXIT.invalid) ? EXIT.invalid : EXIT.build
  }
  const upToDate = result.upToDate.length > 0 ? `, ${result.upToDate.length} up to date` : ''
  if (!options.quiet) process.stderr.write(`✓ ${result.built.length} deck/locale(s) built${upToDate} (${seconds}s)\n`)
  return EXIT.ok
}
