/**
 * Imported drafts for the importer's tests: each article imported once into a temporary data
 * folder, read back as the analyst reads it (article.yaml, source.txt), and the checks every
 * draft must pass whatever its article.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importArticle, type ImportResult } from '../../scripts/import/import-deck.ts'
import { displayWidth } from '../../scripts/import/text-units.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import type { Article, Slide } from '../../scripts/load/schema.ts'
import { splitParagraphs } from '../../scripts/load/source-text.ts'

export interface Drafts {
  /** The data folder the articles were imported into. */
  data: () => string
  result: (id: string) => ImportResult
  yaml: (id: string) => string
  article: (id: string) => Article
  /** source.txt's paragraphs. */
  paragraphs: (id: string) => string[]
}

/** Imports `files` (id → path) before the tests of the file that calls it, and removes them after. */
export function importDrafts(files: Record<string, string>): Drafts {
  let data = ''
  const results = new Map<string, ImportResult>()
  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), 'deckwright-draft-'))
    for (const [id, file] of Object.entries(files)) results.set(id, await importArticle(file, { dataDir: data, id }))
  })
  afterAll(async () => {
    if (data) await rm(data, { recursive: true, force: true })
  })
  const yaml = (id: string) => readFileSync(join(data, id, 'article.yaml'), 'utf8')
  return {
    data: () => data,
    result: id => results.get(id)!,
    yaml,
    article: id => parse(yaml(id)) as Article,
    paragraphs: id => splitParagraphs(readFileSync(join(data, id, 'source.txt'), 'utf8')),
  }
}

export const slidesOf = (article: Article): Slide[] => article.sections.flatMap(s => s.slides)

/** What every draft holds, whatever its article: the builder's check, verbatim bullets, spoken notes, coverage, titles that fit. */
export function describeDraftInvariants(drafts: Drafts, ids: readonly string[]): void {
  describe.each(ids)('the draft of %s', id => {
    it('passes the builder\'s check', async () => {
      const loaded = await readDeck(join(drafts.data(), id))
      expect(loaded.article.sections.length).toBeGreaterThan(0)
    })

    it('bullets are verbatim clauses of their paragraphs, at most 6 a slide; notes are the paragraphs in full', () => {
      const paragraphs = drafts.paragraphs(id)
      const slides = slidesOf(drafts.article(id))
      for (const slide of slides) {
        const bullets = 'bullets' in slide ? slide.bullets ?? [] : []
        expect(bullets.length).toBeLessThanOrEqual(6)
        const cited = slide.paragraphs.map(n => paragraphs[n - 1]!)
        for (const bullet of bullets) expect(cited.some(p => p.includes(bullet.replace(/…$/, '')))).toBe(true)
        // A paragraph too long for one slide is spoken over several, each slide its part.
        if (slide.notes !== cited.join('\n\n')) expect([slide.paragraphs.length, cited[0]!.includes(slide.notes)]).toEqual([1, true])
      }
      // Together the slides speak every cited paragraph in full.
      const spoken = new Map<number, string>()
      for (const slide of slides) if (slide.paragraphs.length === 1) spoken.set(slide.paragraphs[0]!, `${spoken.get(slide.paragraphs[0]!) ?? ''}${slide.notes}`)
      for (const [n, text] of spoken) expect(text.replace(/\s/g, '')).toContain(paragraphs[n - 1]!.replace(/\s/g, ''))
    })

    it('slide titles fit one line, section titles two, and no title is empty', () => {
      const article = drafts.article(id)
      for (const slide of slidesOf(article)) expect(displayWidth(slide.title)).toBeLessThanOrEqual(25)
      for (const section of article.sections) expect(displayWidth(section.title)).toBeLessThanOrEqual(49)
      expect(displayWidth(article.meta.title)).toBeLessThanOrEqual(49)
    })

    it('covers every body paragraph', () => {
      const { coverage } = drafts.result(id).draft
      expect(coverage.body.length).toBeGreaterThan(0)
      expect(coverage.covered).toEqual(coverage.body)
    })

    it('the closing slide has a title and notes, and the source is cited', () => {
      const { closing, meta } = drafts.article(id)
      expect(closing.title).toMatch(/結語與出處|结语与出处/)
      expect(meta.source.publication).toBeTruthy()
    })
  })
}
