/**
 * `deckwright check`: schema, references, quotes, glossary and brand, then each locale's words
 * and glyphs, with no build. Fits a pre-commit hook.
 */
import { checkTarget, loadRegionalWords } from '../check/check-deck.ts'
import { DeckError, EXIT, formatError } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { VERSION } from '../core/version.ts'
import { displayPath, readDeck } from '../load/read-deck.ts'
import type { RegionalWords } from '../localise/regional-words.ts'
import { readDeckInputs } from '../pipeline/deck-inputs.ts'
import { prepareLocale } from '../pipeline/prepare.ts'
import { selectDeckDirs } from './select-decks.ts'

export interface CheckOptions {
  quiet?: boolean
  /** Words of another region are errors, not warnings. */
  strict?: boolean
}

export async function checkCommand(refs: string[], options: CheckOptions, paths = projectPaths()): Promise<number> {
  const dirs = selectDeckDirs(refs, paths)
  let failed = 0
  let words: RegionalWords | undefined
  for (const dir of dirs) {
    try {
      words ??= await loadRegionalWords(paths)
      const summary = await checkDeck(dir, paths, words, options)
      if (!options.quiet) process.stdout.write(`✓ ${summary}\n`)
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

/** One deck: throws its first failing stage's error; prints its vocabulary warnings. Returns the summary line. */
async function checkDeck(dir: string, paths: ReturnType<typeof projectPaths>, words: RegionalWords, options: CheckOptions): Promise<string> {
  const deck = await readDeck(dir)
  const inputs = await readDeckInputs(deck, paths)
  let warned = 0
  for (const locale of deck.locales) {
    const target = prepareLocale(deck, inputs, locale, paths, VERSION)
    warned += await checkTarget(target, inputs.glossary, words, { strict: options.strict, warn: line => process.stderr.write(`${line}\n`) })
  }
  const slides = deck.article.sections.reduce((n, s) => n + s.slides.length, 0)
  const note = warned > 0 ? `, ${warned} word(s) of another region` : ''
  return `${deck.id}: ${slides} content slides, ${deck.locales.length} locales, ${deck.source.paragraphs.length} source paragraphs${note}`
}
