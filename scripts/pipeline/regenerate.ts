/**
 * Regeneration for one deck and locale: re-reads the data, and writes the markdown only when it
 * changed. A broken edit throws with located errors and leaves the last good markdown in place.
 */
import { readFile } from 'node:fs/promises'
import type { ProjectPaths } from '../core/paths.ts'
import { VERSION } from '../core/version.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { readDeck } from '../load/read-deck.ts'
import type { Locale } from '../core/locales.ts'
import { readDeckInputs } from './deck-inputs.ts'
import { prepareLocale, targetLocales, type LocaleTarget } from './prepare.ts'

export async function prepareTarget(deckDir: string, locale: Locale | undefined, paths: ProjectPaths): Promise<LocaleTarget> {
  const deck = await readDeck(deckDir)
  const inputs = await readDeckInputs(deck, paths)
  const [chosen] = targetLocales(deck, locale)
  return prepareLocale(deck, inputs, chosen!, paths, VERSION)
}

/** Writes the target's markdown if its bytes differ; returns whether it wrote. */
export async function writeMarkdownIfChanged(target: LocaleTarget): Promise<boolean> {
  const current = await readFile(target.files.markdown, 'utf8').catch(() => undefined)
  if (current === target.markdown) return false
  await writeFileAtomic(target.files.markdown, target.markdown)
  return true
}
