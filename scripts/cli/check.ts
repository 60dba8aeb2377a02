/**
 * `deckwright check`: schema, references, quotes, glossary and brand, then each locale's words and
 * glyphs, and the time plan (a warning when the notes, spoken at the README's pace, need more time
 * than `meta.duration`), with no build. Fits a pre-commit hook (warnings do not fail it).
 */
import { join } from 'node:path'
import { checkTarget, loadRegionalWords } from '../check/check-deck.ts'
import { DeckError, EXIT, formatError, formatIssue } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { VERSION } from '../core/version.ts'
import { formatClock } from '../deck/time-plan.ts'
import type { TimePlan } from '../deck/types.ts'
import { ARTICLE_FILE, displayPath, readDeck, readText, type Deck } from '../load/read-deck.ts'
import { parseYaml } from '../load/yaml-doc.ts'
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

/** One deck: throws its first failing stage's error; prints its vocabulary and time warnings. Returns the summary line. */
async function checkDeck(dir: string, paths: ReturnType<typeof projectPaths>, words: RegionalWords, options: CheckOptions): Promise<string> {
  const deck = await readDeck(dir)
  const inputs = await readDeckInputs(deck, paths)
  let warned = 0
  let time: TimePlan | undefined
  for (const locale of deck.locales) {
    const target = prepareLocale(deck, inputs, locale, paths, VERSION)
    warned += await checkTarget(target, inputs.glossary, words, { strict: options.strict, warn: line => process.stderr.write(`${line}\n`) })
    // The first locale's plan counts every slide the audience sees (cover, dividers, continued
    // lists); the other locales' notes differ from it in a few words at most.
    time ??= target.plan.time
  }
  const overrun = time ? await overrunWarning(deck, time) : undefined
  if (overrun) process.stderr.write(`⚠ ${deck.id}: ${overrun}\n`)
  const slides = deck.article.sections.reduce((n, s) => n + s.slides.length, 0)
  const note = warned > 0 ? `, ${warned} word(s) of another region` : ''
  const spoken = time ? `, ${timeSummary(time)}` : ''
  return `${deck.id}: ${slides} content slides, ${deck.locales.length} locales, ${deck.source.paragraphs.length} source paragraphs${note}${spoken}`
}

/** `notes about 23:40 at 220 characters a minute, 25:00 given` */
function timeSummary(time: TimePlan): string {
  const given = time.duration ? `, ${formatClock(time.duration)} given` : ''
  return `notes about ${formatClock(time.needed)} at ${time.pace} characters a minute${given}`
}

/** The warning for a deck whose notes need more than its duration, located at `meta.duration`. */
async function overrunWarning(deck: Deck, time: TimePlan): Promise<string | undefined> {
  const over = time.needed - time.duration
  if (!time.duration || over <= 0) return undefined
  const text = await readText(join(deck.dir, ARTICLE_FILE))
  const at = parseYaml(text, deck.articleFile).locate(['meta', 'duration'])
  const message = `the notes take about ${formatClock(time.needed)} to speak at ${time.pace} characters a minute, `
    + `${formatClock(over)} more than the ${formatClock(time.duration)} given: shorten the notes, or give the talk more time`
  return formatIssue({ file: deck.articleFile, ...at, path: 'meta.duration', message })
}
