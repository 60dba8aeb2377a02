/**
 * Which paragraph of a revised article is which paragraph of the old one, by their text: the
 * same words wherever they moved, or the most similar paragraph (character bigrams, Dice) when a
 * sentence was reworded. Position only breaks ties between equally similar paragraphs. Pure.
 */

/** Paragraphs less alike than this are different paragraphs. */
export const MIN_SIMILARITY = 0.5

export interface ParagraphMatch {
  /** old paragraph number (1-based) → new paragraph number, for every old paragraph that has one. */
  map: Map<number, number>
  /** How alike each matched pair is, 1 for the same text. */
  similarity: Map<number, number>
}

export function matchParagraphs(before: readonly string[], after: readonly string[]): ParagraphMatch {
  const grams = after.map(bigrams)
  const pairs: { from: number; to: number; score: number; shift: number }[] = []
  before.forEach((text, i) => {
    const mine = bigrams(text)
    after.forEach((other, j) => {
      const score = text === other ? 1 : dice(mine, grams[j]!)
      const shift = Math.abs(i / Math.max(1, before.length) - j / Math.max(1, after.length))
      if (score >= MIN_SIMILARITY) pairs.push({ from: i + 1, to: j + 1, score, shift })
    })
  })
  pairs.sort((a, b) => b.score - a.score || a.shift - b.shift)
  const map = new Map<number, number>()
  const similarity = new Map<number, number>()
  const taken = new Set<number>()
  for (const pair of pairs) {
    if (map.has(pair.from) || taken.has(pair.to)) continue
    map.set(pair.from, pair.to)
    similarity.set(pair.from, pair.score)
    taken.add(pair.to)
  }
  return { map, similarity }
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/g, '')]
  const counts = new Map<string, number>()
  for (let i = 0; i < chars.length - 1; i++) {
    const gram = chars[i]! + chars[i + 1]!
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  if (chars.length === 1) counts.set(chars[0]!, 1)
  return counts
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  let total = 0
  for (const [gram, n] of a) {
    shared += Math.min(n, b.get(gram) ?? 0)
    total += n
  }
  for (const n of b.values()) total += n
  return total === 0 ? 0 : (2 * shared) / total
}
