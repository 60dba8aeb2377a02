/**
 * Which clauses of a paragraph matter most: each clause scores the TF-IDF weight of the keywords
 * it contains, from its paragraph and (at half weight) from the whole article, as jieba segments
 * their Simplified copies. Pure, given a segmenter.
 */
import type { Segmenter } from './segmenter.ts'
import { ADDRESS } from './text-units.ts'

export type KeywordWeights = ReadonlyMap<string, number>

/** The article's keywords, for ranking every paragraph's clauses against the whole. */
export function articleKeywords(paragraphs: readonly string[], segmenter: Segmenter, top = 40): KeywordWeights {
  const text = segmenter.toSimplified(withoutAddresses(paragraphs.join('\n')))
  return new Map(segmenter.keywords(text, top).map(k => [k.keyword, k.weight]))
}


/** Addresses' pieces (https, www, gov) are rare words to TF-IDF, and say nothing of the subject. */
function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, ' ')
}

/**
 * How central each clause is: the keyword weight it carries, divided by the square root of its
 * word count so that long clauses do not win by length alone. Addresses carry no weight.
 */
export function scoreClauses(clauses: readonly string[], paragraph: string, article: KeywordWeights, segmenter: Segmenter): number[] {
  const local = new Map(segmenter.keywords(segmenter.toSimplified(withoutAddresses(paragraph)), 30).map(k => [k.keyword, k.weight]))
  return clauses.map(clause => {
    const words = segmenter.tag(segmenter.toSimplified(withoutAddresses(clause))).map(w => w.word).filter(w => /[\p{L}\p{N}]/u.test(w))
    let weight = 0
    for (const word of new Set(words)) weight += (local.get(word) ?? 0) + 0.5 * (article.get(word) ?? 0)
    return weight / Math.sqrt(Math.max(1, words.length))
  })
}

/** Keywords of the article in its own script: each Simplified keyword at the same place in the original. */
export function keywordsInOriginal(paragraphs: readonly string[], segmenter: Segmenter, count: number): string[] {
  const original = withoutAddresses(paragraphs.join('\n'))
  const simplified = segmenter.toSimplified(original)
  if (simplified.length !== original.length) return []
  const out: string[] = []
  for (const { keyword } of segmenter.keywords(simplified, count * 3)) {
    const at = simplified.indexOf(keyword)
    // Numbers and lowercase Latin words (script, div) are markup or code in the text, not its subject.
    if (at < 0 || keyword.length < 2 || /^\d+$/.test(keyword) || /^[a-z]+$/.test(keyword)) continue
    const word = original.slice(at, at + keyword.length)
    if (!out.includes(word)) out.push(word)
    if (out.length === count) break
  }
  return out
}
