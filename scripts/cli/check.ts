/** `deckwright check`: schema, references, quotes, glossary and brand, with no build. Fits a pre-commit hook. */
import { DeckError, EXIT, formatError } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { displayPath, readDeck } from '../load/read-deck.ts'
import { readDeckInputs } from '../pipeline/deck-inputs.ts'
import { selectDeckDirs } from './select-decks.ts'

export interface CheckOptions {
  quiet?: boolean
}

export async function checkCommand(refs: string[], options: CheckOptions, paths = projectPaths()): Promise<number> {
  const dirs = selectDeckDirs(refs, paths)
  let failed = 0
  for (const dir of dirs) {
    try {
      const deck = await readDeck(dir)
      await readDeckInputs(deck, paths)
      const slides = deck.article.sections.reduce((n, s) => n + s.slides.length, 0)
      if (!options.quiet) process.stdout.write(`✓ ${deck.id}: ${slides} content slides, ${deck.locales.length} locales, ${deck.source.paragraphs.length} source paragraphs\n`)
    }
    catch (error) {
      if (!(error instanceof DeckError)) throw error
      failed++
      process.stderr.write(`✗ ${displayPath(dir)}\n${formatError(error)}\n`)
    }
  }
  if (failed > 0) process.stderr.write(`${failed} of ${dirs.length} deck(s) have problems\n`)
  return failed > 0 ? EXIT.invalid : EXIT.ok
}
