/**
 * Rebase: a revised source replaces a deck's source, and every reference follows its words, by
 * text and not by position. What cannot be placed is a located error and nothing changes.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeckError } from '../../scripts/core/errors.ts'
import { ROOT } from '../../scripts/core/paths.ts'
import { matchParagraphs } from '../../scripts/import/match-paragraphs.ts'
import { rebaseDeck } from '../../scripts/import/rebase-deck.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import type { Article } from '../../scripts/load/schema.ts'
import { splitParagraphs } from '../../scripts/load/source-text.ts'
import { FIXTURES } from '../helpers/fixtures.ts'

const SMALL_DECK = join(FIXTURES, 'import', 'revisions', 'deck')
const FIRST_DECK = join(ROOT, 'data', 'deepseek-tech-finance')
let tmp: string

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'deckwright-rebase-'))
})
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true })
})

/** A copy of `deck` in the temporary folder, and a revision of its source made by `revise`. */
function setUp(deck: string, revise: (paragraphs: string[]) => string[]) {
  const dir = join(tmp, 'deck')
  cpSync(deck, dir, { recursive: true })
  const before = splitParagraphs(readFileSync(join(dir, 'source.txt'), 'utf8'))
  const revised = join(tmp, 'revised.txt')
  writeFileSync(revised, `${revise([...before]).join('\n')}\n`)
  return { dir, revised, before, yaml: readFileSync(join(dir, 'article.yaml'), 'utf8'), source: readFileSync(join(dir, 'source.txt'), 'utf8') }
}

interface Ref { path: string; paragraph: number; words?: string }

/** Every paragraph reference of an article, with the words it must stand on. */
function referencesOf(article: Article): Ref[] {
  const refs: Ref[] = article.errata.map((e, i) => ({ path: `errata[${i}]`, paragraph: e.paragraph, words: e.original }))
  article.sections.forEach((section, s) => {
    if (section.paragraph) refs.push({ path: `sections[${s}]`, paragraph: section.paragraph })
    section.slides.forEach((slide, k) => {
      slide.paragraphs.forEach((n, j) => refs.push({ path: `sections[${s}].slides[${k}].paragraphs[${j}]`, paragraph: n }))
      if (slide.layout === 'quote') refs.push({ path: `sections[${s}].slides[${k}].quote`, paragraph: slide.quote.paragraph, words: slide.quote.text })
    })
  })
  article.comparison?.ratings.forEach((r, i) => refs.push({ path: `comparison.ratings[${i}]`, paragraph: r.basis.paragraph, words: r.basis.text }))
  return refs
}

const articleIn = (dir: string) => parse(readFileSync(join(dir, 'article.yaml'), 'utf8')) as Article
const sourceIn = (dir: string) => splitParagraphs(readFileSync(join(dir, 'source.txt'), 'utf8'))

/** Each reference now names a paragraph with the same text as before (or `reworded`'s new text). */
function expectReferencesFollow(dir: string, before: string[], oldArticle: Article, reworded: Map<string, string> = new Map()) {
  const after = sourceIn(dir)
  const oldRefs = referencesOf(oldArticle)
  const newRefs = referencesOf(articleIn(dir))
  expect(newRefs.map(r => r.path)).toEqual(oldRefs.map(r => r.path))
  newRefs.forEach((ref, i) => {
    const was = before[oldRefs[i]!.paragraph - 1]!
    expect([ref.path, after[ref.paragraph - 1]]).toEqual([ref.path, reworded.get(was) ?? was])
  })
}

describe('matching paragraphs', () => {
  it('by their words, wherever they moved; a reworded sentence still matches; a deleted paragraph has no match', () => {
    const before = ['甲乙丙丁戊己庚辛壬癸', '子丑寅卯辰巳午未申酉', '春夏秋冬東南西北上下']
    const after = ['新的開頭段落完全不同', '春夏秋冬東南西北左右', '甲乙丙丁戊己庚辛壬癸']
    const { map } = matchParagraphs(before, after)
    expect([...map]).toEqual([[1, 3], [3, 2]])
  })

  it('two identical paragraphs keep their order', () => {
    const { map } = matchParagraphs(['同一段文字', '其他', '同一段文字'], ['同一段文字', '新增', '其他', '同一段文字'])
    expect([...map].sort((a, b) => a[0] - b[0])).toEqual([[1, 1], [2, 3], [3, 4]])
  })
})

describe('rebasing the small deck', () => {
  it('a paragraph inserted at the top and a sentence reworded in the middle: every reference points at the same words', async () => {
    const reworded = '社會資本參與的前提，是項目能帶來合理的回報，例如停車、養老和商業配套。'
    const { dir, revised, before, yaml } = setUp(SMALL_DECK, p => ['編者按：本文為修訂版。', ...p.slice(0, 4), reworded, ...p.slice(5)])
    const oldArticle = parse(yaml) as Article
    const result = await rebaseDeck(dir, revised, {})
    expect(result.issues).toEqual([])
    expectReferencesFollow(dir, before, oldArticle, new Map([[before[4]!, reworded]]))
    // Comments and flow style are kept; only the numbers changed.
    const changed = readFileSync(join(dir, 'article.yaml'), 'utf8').split('\n').filter((line, i) => line !== yaml.split('\n')[i])
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.every(line => /paragraph/.test(line))).toBe(true)
    expect(readFileSync(join(dir, 'article.yaml'), 'utf8')).toContain('paragraph: 2 # the title line doubles as a heading')
    expect(result.added).toEqual([1])
    await readDeck(dir)
  })

  it('reordered paragraphs: errata, quotes and rating bases follow their words', async () => {
    const { dir, revised, before, yaml } = setUp(SMALL_DECK, p => [p[0]!, p[2]!, p[1]!, p[5]!, p[3]!, p[4]!, p[6]!])
    await rebaseDeck(dir, revised, {})
    expectReferencesFollow(dir, before, parse(yaml) as Article)
    const article = articleIn(dir)
    expect(article.errata[0]!.paragraph).toBe(2)
    expect(article.comparison!.ratings.map(r => r.basis.paragraph)).toEqual([3, 2])
    await readDeck(dir)
  })

  it('a deleted paragraph is a located error and nothing changes; --force applies the rest', async () => {
    const { dir, revised, yaml, source } = setUp(SMALL_DECK, p => [...p.slice(0, 5), p[6]!])
    const error = await rebaseDeck(dir, revised, {}).catch(e => e)
    expect(error).toBeInstanceOf(DeckError)
    expect(error.code).toBe('E_REBASE')
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]).toMatchObject({ path: 'sections[1].slides[0].paragraphs[1]', line: expect.any(Number), column: expect.any(Number), message: expect.stringContaining('paragraph 6 is not in the new source') })
    expect(yaml.split('\n')[error.issues[0].line - 1]).toContain('paragraphs: [5, 6, 7]')
    expect(readFileSync(join(dir, 'article.yaml'), 'utf8')).toBe(yaml)
    expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(source)
    const forced = await rebaseDeck(dir, revised, { force: true })
    expect(forced.moves).toContainEqual({ path: 'sections[1].slides[0].paragraphs[2]', from: 7, to: 6 })
    expect(articleIn(dir).sections[1]!.slides[0]!.paragraphs).toEqual([5, 6, 6])
  })

  it('a quote that was reworded is a located error at the quote, and nothing changes', async () => {
    const { dir, revised, yaml, source } = setUp(SMALL_DECK, p => p.map((text, i) => (i === 3 ? text.replace('市場運作', '市場主導') : text)))
    const error = await rebaseDeck(dir, revised, {}).catch(e => e)
    expect(error.code).toBe('E_REBASE')
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['sections[0].slides[1].quote.paragraph'])
    expect(error.issues[0].message).toContain('was it reworded?')
    expect(error.issues[0].file).toMatch(/article\.yaml$/)
    expect(readFileSync(join(dir, 'article.yaml'), 'utf8')).toBe(yaml)
    expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(source)
  })

  it('an erratum whose original is gone is a located error', async () => {
    const { dir, revised } = setUp(SMALL_DECK, p => p.map((text, i) => (i === 2 ? text.replace('兩者都缺乏', '兩者皆缺乏') : text)))
    const error = await rebaseDeck(dir, revised, {}).catch(e => e)
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['errata[0].paragraph'])
  })
})

describe('rebasing the first deck onto a revised copy', () => {
  it('keeps every reference, quote, rating basis and erratum on its words', async () => {
    const newSentence = '憑藉獨特的人才結構與互補的角色分工,帶來了技術突破並擴大了行業影響力。'
    let reworded = ''
    const { dir, revised, before, yaml } = setUp(FIRST_DECK, p => {
      const out = [...p]
      out[12] = out[12]!.replace('通過獨特的人才結構和互補的角色定位,推動了技術突破和行業影響力。', newSentence)
      reworded = out[12]!
      return ['編者按：本文為修訂版，增加了若干說明。', ...out.slice(0, 15), '補充說明：以下五點建議按重要性排列。', ...out.slice(15)]
    })
    expect(reworded).toContain(newSentence)
    const result = await rebaseDeck(dir, revised, {})
    expect(result.issues).toEqual([])
    expect(result.added).toEqual([1, 17])
    expectReferencesFollow(dir, before, parse(yaml) as Article, new Map([[before[12]!, reworded]]))
    const deck = await readDeck(dir)
    expect(deck.article.sections.map(s => s.paragraph)).toEqual([undefined, 4, 7, 10, 13, 16])
  })
})
