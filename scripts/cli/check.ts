/**
 * `deckwright check`: schema, references, quotes and glossary, with no build, and the time plan:
 * a warning when the notes, spoken at the README's pace, need more time than `meta.duration`.
 * Fits a pre-commit hook (warnings do not fail it).
 */
import { join } from 'node:path'
import { DeckError, EXIT, formatError, formatIssue } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { planDeck } from '../deck/plan.ts'
import { formatClock } from '../deck/time-plan.ts'
import type { TimePlan } from '../deck/types.ts'
import { ARTICLE_FILE, displayPath, readDeck, readText, type Deck } from '../load/read-deck.ts'
import { parseYaml } from '../load/yaml-doc.ts'
import { readGlossaryFor } from '../localise/glossary-file.ts'
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
      await readGlossaryFor(deck, paths)
      const slides = deck.article.sections.reduce((n, s) => n + s.slides.length, 0)
      // The plan counts every slide the audience sees (cover, dividers, continued lists); the
      // source text stands in for each locale, whose notes differ from it only in a few words.
      const { time } = planDeck(deck.id, deck.article, deck.locales[0]!)
      if (!options.quiet) process.stdout.write(`✓ ${deck.id}: ${slides} content slides, ${deck.locales.length} locales, ${deck.source.paragraphs.length} source paragraphs, ${timeSummary(time)}\n`)
      const warning = await overrunWarning(deck, time)
      if (warning) process.stderr.write(`⚠ ${deck.id}: ${warning}\n`)
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
