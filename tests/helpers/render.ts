import { join } from 'node:path'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import type { Locale } from '../../scripts/core/locales.ts'
import { readDeckInputs } from '../../scripts/pipeline/deck-inputs.ts'
import { prepareLocale } from '../../scripts/pipeline/prepare.ts'

/** Renders a deck folder's markdown for one locale, exactly as `npm run deck` would write it. */
export async function renderDeckDir(dir: string, locale: Locale, outRoot = ROOT, dataDir?: string) {
  const paths = projectPaths(outRoot, dataDir)
  const deck = await readDeck(dir)
  return prepareLocale(deck, await readDeckInputs(deck, paths), locale, paths, '0.0.0-test')
}

export const ARTICLE_FIXTURES = join(ROOT, 'tests', 'fixtures', 'articles')
