/**
 * Which script a text is written in, and whose vocabulary it uses. Pure, given a segmenter's
 * converters. Each answer carries the evidence that decided it, for the YAML comment.
 */
import TWPhrases from 'opencc-js/dict/TWPhrases'
import type { Segmenter } from './segmenter.ts'

export interface Inferred<T> {
  value: T
  /** What decided it, for the comment beside the field. */
  why: string
}

/** Characters Traditional writing uses and Simplified does not, and the other way round. */
export function inferScript(text: string, segmenter: Segmenter): Inferred<'Hant' | 'Hans'> {
  const traditional = changedCharacters(text, segmenter.toSimplified)
  const simplified = changedCharacters(text, segmenter.toTraditional)
  const value = traditional.count >= simplified.count && traditional.count > 0 ? 'Hant' : 'Hans'
  const example = (c: { count: number; examples: string[] }) => (c.examples.length ? ` (${c.examples.join(' ')})` : '')
  return {
    value,
    why: `${traditional.count} characters only Traditional writing uses${example(traditional)}, ${simplified.count} only Simplified uses${example(simplified)}`,
  }
}

/** Han characters that `convert` changes, each character on its own (phrases aside), counted in the text. */
function changedCharacters(text: string, convert: (text: string) => string): { count: number; examples: string[] } {
  const counts = new Map<string, number>()
  for (const char of text) if (/\p{Script=Han}/u.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  const changed = [...counts].filter(([char]) => convert(char) !== char)
  return {
    count: changed.reduce((n, [, k]) => n + k, 0),
    examples: changed.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([char]) => char),
  }
}

/** OpenCC's Taiwan phrase table: the mainland word (in Traditional characters) and Taiwan's. */
let phraseTable: { mainland: Set<string>; taiwan: Set<string> } | undefined

function phrases() {
  if (!phraseTable) {
    const mainland = new Set<string>()
    const taiwan = new Set<string>()
    for (const entry of (TWPhrases as string).split('|')) {
      const [from, ...to] = entry.split(' ')
      // One- and two-letter Latin entries (B超, U盤) say little about a whole article's region.
      if (!from || [...from].length < 2 || /[A-Za-z]/.test(from)) continue
      if (!to.includes(from)) mainland.add(from)
      for (const word of to) if (word !== from && [...word].length >= 2 && !/[A-Za-z]/.test(word)) taiwan.add(word)
    }
    // A word both sides write (程序) tells nothing.
    for (const word of [...taiwan]) if (mainland.delete(word)) taiwan.delete(word)
    phraseTable = { mainland, taiwan }
  }
  return phraseTable
}

/**
 * Whose vocabulary: words OpenCC's Taiwan table rewrites (軟件 → 軟體, 服務器 → 伺服器, 數據 →
 * 資料) count for the mainland, the words it writes count for Taiwan; the larger count wins.
 * Hong Kong vocabulary has no such table, so HK is never inferred.
 */
export function inferRegion(text: string, script: 'Hant' | 'Hans', segmenter: Segmenter, lang?: string): Inferred<'CN' | 'TW' | 'HK'> {
  const tagged = /^zh[-_](?:\w+[-_])?(CN|TW|HK|MO|SG)$/i.exec(lang ?? '')?.[1]?.toUpperCase()
  if (tagged === 'CN' || tagged === 'TW' || tagged === 'HK') return { value: tagged, why: `the page's language tag "${lang}"` }
  // The table is in OpenCC's standard Traditional characters.
  const standard = segmenter.toTraditional(segmenter.toSimplified(text))
  const { mainland, taiwan } = phrases()
  const count = (words: Set<string>) => {
    const found = new Map<string, number>()
    for (const word of words) {
      const n = standard.split(word).length - 1
      if (n > 0) found.set(word, n)
    }
    return found
  }
  const cn = longestOnly(count(mainland))
  const tw = longestOnly(count(taiwan))
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w, n]) => `${w}×${n}`).join(' ')
  const [nCn, nTw] = [total(cn), total(tw)]
  const evidence = `mainland words: ${nCn ? list(cn) : 'none'}; Taiwan words: ${nTw ? list(tw) : 'none'}`
  if (nCn === 0 && nTw === 0) return { value: script === 'Hant' ? 'TW' : 'CN', why: `no regional words found, so the script decided (${script}); set HK for a Hong Kong text` }
  return { value: nTw > nCn ? 'TW' : 'CN', why: `${evidence}${script === 'Hant' && nTw <= nCn ? ' (a Traditional text in mainland vocabulary)' : ''}` }
}

/** Words counted inside a longer found word are not counted again (服務器 inside 刀鋒服務器). */
function longestOnly(found: Map<string, number>): Map<string, number> {
  const words = [...found.keys()]
  for (const word of words) if (words.some(other => other !== word && other.includes(word))) found.delete(word)
  return found
}
