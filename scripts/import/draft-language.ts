/**
 * Which script a text is written in, and whose vocabulary it uses. Pure, given a segmenter's
 * converters. Each answer carries the evidence that decided it, for the YAML comment.
 */
import { REGION_LOCALE, REGIONS, type Region } from '../core/locales.ts'
import type { RegionalWords } from '../localise/regional-words.ts'
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

const REGION_NAMES: Record<Region, string> = { CN: 'mainland', TW: 'Taiwan', HK: 'Hong Kong' }

/** Every word some regions write and others do not, in OpenCC's standard Traditional characters, with the regions that write it. */
interface RegionIndex {
  regions: Map<string, readonly Region[]>
  /** Known words by their first character, longest first. */
  byFirst: Map<string, string[]>
}

const indexes = new WeakMap<RegionalWords, RegionIndex>()

/**
 * The words of the vocabulary check's data file (one list of regional words for the project):
 * each form of each pair, the words a region writes too (`shared`), and each region's markers.
 */
function regionIndex(vocabulary: RegionalWords, standard: (text: string) => string): RegionIndex {
  const cached = indexes.get(vocabulary)
  if (cached) return cached
  const writers = new Map<string, Set<Region>>()
  const add = (word: string, region: Region, latin = false) => {
    const key = standard(word)
    // Pairs with Latin letters (B超, U盤) say little about a whole article's region; a marker may (HK$).
    if ([...key].length < 2 || (!latin && /[A-Za-z]/.test(key))) return
    writers.set(key, (writers.get(key) ?? new Set()).add(region))
  }
  for (const entry of vocabulary.words) for (const region of REGIONS) for (const word of entry[region]) add(word, region)
  for (const region of REGIONS) for (const word of vocabulary.shared[REGION_LOCALE[region]]) if (writers.has(standard(word))) add(word, region)
  for (const region of REGIONS) for (const word of vocabulary.markers[region]) add(word, region, true)
  const regions = new Map<string, readonly Region[]>()
  // A word every region writes (大數據) tells nothing.
  for (const [word, set] of writers) if (set.size < REGIONS.length) regions.set(word, REGIONS.filter(r => set.has(r)))
  const byFirst = new Map<string, string[]>()
  for (const word of regions.keys()) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word])
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  const index = { regions, byFirst }
  indexes.set(vocabulary, index)
  return index
}

/** The known words of `text`, the longest at each place, counted (刀鋒服務器 is not also 服務器). */
function knownWords(text: string, index: RegionIndex): Map<string, number> {
  const found = new Map<string, number>()
  for (let i = 0; i < text.length;) {
    const word = index.byFirst.get(text[i]!)?.find(w => text.startsWith(w, i))
    if (word) found.set(word, (found.get(word) ?? 0) + 1)
    i += word?.length ?? 1
  }
  return found
}

/**
 * Whose vocabulary, from the regional word pairs and markers: every word counts for the regions that write
 * it, shared between them (私隱 is Hong Kong's alone; 軟件 the mainland's and Hong Kong's, 伺服器
 * Taiwan's and Hong Kong's). Hong Kong, which writes most words as the mainland or Taiwan does,
 * needs words of its own and the highest score; else the higher of the mainland and Taiwan wins,
 * and the script decides a tie. A web page's language tag decides first.
 */
export function inferRegion(text: string, script: 'Hant' | 'Hans', segmenter: Segmenter, vocabulary: RegionalWords, lang?: string): Inferred<Region> {
  const tagged = /^zh[-_](?:\w+[-_])?(CN|TW|HK|MO|SG)$/i.exec(lang ?? '')?.[1]?.toUpperCase()
  if (tagged === 'CN' || tagged === 'TW' || tagged === 'HK') return { value: tagged, why: `the page's language tag "${lang}"` }
  // The words and the text alike in OpenCC's standard Traditional characters.
  const standard = (t: string) => segmenter.toTraditional(segmenter.toSimplified(t))
  const index = regionIndex(vocabulary, standard)
  const found = knownWords(standard(text), index)
  const score: Record<Region, number> = { CN: 0, TW: 0, HK: 0 }
  const groups = new Map<string, [string, number][]>()
  for (const [word, n] of found) {
    const regions = index.regions.get(word)!
    for (const region of regions) score[region] += n / regions.length
    const key = regions.map(r => REGION_NAMES[r]).join(' and ')
    groups.set(key, [...(groups.get(key) ?? []), [word, n]])
  }
  const fallback: Region = script === 'Hant' ? 'TW' : 'CN'
  if (found.size === 0) return { value: fallback, why: `no regional words found, so the script decided (${script}); set HK for a Hong Kong text` }
  // Hong Kong writes most words as the mainland or Taiwan does: it needs words of its own.
  const hongKong = groups.has(REGION_NAMES.HK) && score.HK >= score.CN && score.HK >= score.TW
  const value: Region = hongKong ? 'HK' : score.TW > score.CN ? 'TW' : score.CN > score.TW ? 'CN' : fallback
  const evidence = [...groups].sort((a, b) => total(b[1]) - total(a[1])).map(([who, words]) => `${who} words: ${words.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([w, n]) => `${w}×${n}`).join(' ')}`)
  const scores = REGIONS.map(r => `${r} ${Number(score[r].toFixed(1))}`).join(', ')
  return { value, why: `${evidence.join('; ')} (scores ${scores}${script === 'Hant' && value === 'CN' ? '; a Traditional text in mainland vocabulary' : ''})` }
}

function total(words: readonly [string, number][]): number {
  return words.reduce((n, [, k]) => n + k, 0)
}
