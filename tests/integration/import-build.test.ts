/**
 * Imported drafts build with no hand edit: the first article (as received) and fixtures, through
 * the real Slidev build and Chromium, in all three locales. The export's layout check fails the
 * build on any text cut off or outside a slide, so a passing build means none is.
 */
import { cpSync, existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES } from '../../scripts/core/locales.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { createProgress } from '../../scripts/core/progress.ts'
import { importArticle } from '../../scripts/import/import-deck.ts'
import { runDecks } from '../../scripts/pipeline/run-decks.ts'
import { FIRST_ARTICLE, FIXTURES } from '../helpers/fixtures.ts'
import { readPdfPages, squash } from '../helpers/pdf.ts'
import { renderDeckDir } from '../helpers/render.ts'

const SOURCES = {
  'first-article': FIRST_ARTICLE,
  // Hostile text, emoji, a chart of figures, Taiwan vocabulary. The other fixtures' builds cost
  // another minute for little more; each was built and looked at when the importer was written.
  'tw-text': join(FIXTURES, 'import', 'tw-server-industry.txt'),
}
let root: string
let paths: ReturnType<typeof projectPaths>

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-import-build-'))
  paths = projectPaths(join(root, 'out'), join(root, 'data'))
  cpSync(join(ROOT, 'data', 'glossary.yaml'), paths.glossary)
  for (const [id, file] of Object.entries(SOURCES)) await importArticle(file, { id, dataDir: paths.data })
  const result = await runDecks({ deckDirs: Object.keys(SOURCES).map(id => join(paths.data, id)), paths, outputs: ['slides', 'spa', 'pdf'], progress: createProgress('quiet') })
  expect(result.failed.map(f => String((f.error as Error).message))).toEqual([])
})

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

describe.each(Object.keys(SOURCES))('the imported %s', id => {
  it.each(LOCALES)('builds in %s with every slide title on its page', async locale => {
    const pdf = join(paths.exports, `${id}.${locale}.pdf`)
    expect(existsSync(pdf)).toBe(true)
    const target = await renderDeckDir(join(paths.data, id), locale, join(root, 'out'))
    const pages = await readPdfPages(pdf)
    expect(pages).toHaveLength(target.plan.slides.length)
    target.plan.slides.forEach((slide, i) => {
      expect(squash(pages[i]!)).toContain(squash(slide.title))
      // No empty slide: every page has text beyond its footer.
      expect(squash(pages[i]!).length).toBeGreaterThan(squash(slide.title).length)
    })
  })
})
