/**
 * Suspected typos, reported and never fixed: the analyst decides and moves them into `errata`.
 * - a Latin `l` or `1` where AI is meant, next to Chinese text (`Al基礎設施`);
 * - the numeral 一 standing alone between two nouns where a dash is meant (技術一場景);
 * - a pair of characters jieba cannot place as a word, which one look-alike character would make
 *   a known word (天型 → 大型, 巔覆 → 顛覆), and the same slip near it in a known word (天象 → 大象).
 * Never inside a name (陳大文 is no 陳天文), an address, a Latin or ASCII run, or a title in 《》.
 * Pure, given a segmenter.
 */
import type { Segmenter } from './segmenter.ts'
import { ADDRESS } from './text-units.ts'

export interface SuspectedTypo {
  /** 1-based paragraph of source.txt. */
  paragraph: number
  /** The text as it stands in the source. */
  original: string
  /** What was probably meant, when there is one guess. */
  suggestion?: string
  why: string
  /** Where `original` starts in the paragraph (UTF-16 offset). */
  at: number
}

export interface TypoOptions {
  /** Names the draft inferred (authors, editor): a name is written as its owner writes it. */
  names?: readonly string[]
}

/**
 * Characters that print alike and are swapped by OCR and hurried typing, in Simplified form (the
 * copy jieba reads). The list is about shapes, not words: which words exist is jieba's dictionary.
 */
const LOOK_ALIKE = ['天大', '巅颠', '己已巳', '未末', '人入', '士土', '日曰', '千干于', '戊戌戍', '侯候', '撤撒', '析折', '辨辩办', '栽裁载', '暮幕慕墓', '崇祟', '冶治', '免兔', '晴睛', '徽微', '淮准', '汩汨', '拔拨', '刺剌', '壁璧', '赢羸']

/** A look-alike word rarer than this in jieba's dictionary is no better guess than the text. */
const MIN_FREQUENCY = 100

function lookAlikes(char: string): string[] {
  return LOOK_ALIKE.filter(group => group.includes(char)).flatMap(group => [...group].filter(c => c !== char))
}

const AI_SLIP = /(?<![A-Za-z0-9])A[l1](?![A-Za-z0-9])/g
const HAN = /\p{Script=Han}/u

export function findTypos(paragraphs: readonly string[], segmenter: Segmenter, options: TypoOptions = {}): SuspectedTypo[] {
  const typos: SuspectedTypo[] = []
  const slips = new Map<string, { to: string; paragraph: number }>()
  const guarded = paragraphs.map(text => guardedSpans(text, options.names ?? []))
  const free = (typo: SuspectedTypo, asciiToo = true) => !guarded[typo.paragraph - 1]!.some(span => (asciiToo || !span.ascii) && typo.at < span.end && span.start < typo.at + typo.original.length)
  paragraphs.forEach((text, i) => {
    const paragraph = i + 1
    for (const match of text.matchAll(AI_SLIP)) {
      const before = text[match.index - 1] ?? ''
      const after = text[match.index + match[0].length] ?? ''
      const typo = { paragraph, at: match.index, original: `${match[0]}${after}`, suggestion: `AI${after}`, why: `"${match[0]}" next to Chinese text: the Latin letter ${match[0][1] === 'l' ? 'l' : '1'} where AI (capital I) is probably meant` }
      // This slip is an ASCII run by nature: only addresses, names and titles guard it.
      if ((HAN.test(before) || HAN.test(after)) && free(typo, false)) typos.push(typo)
    }
    typos.push(...dashSlips(text, paragraph, segmenter).filter(typo => free(typo)))
    for (const typo of unplacedPairs(text, paragraph, segmenter).filter(t => free(t))) {
      typos.push(typo)
      const [from, to] = firstDifference(typo.original, typo.suggestion!)
      slips.set(from, { to, paragraph })
    }
  })
  paragraphs.forEach((text, i) => typos.push(...sameSlipNearby(text, i + 1, slips, typos, segmenter).filter(typo => free(typo))))
  return typos.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at)
}

/** Stretches of a paragraph no typo is looked for in. `ascii` marks a Latin or ASCII run. */
interface GuardedSpan {
  start: number
  end: number
  ascii?: boolean
}

const ASCII_RUN = /[\x21-\x7E]+(?:\s+[\x21-\x7E]+)*/g
const TITLE = /《[^《》]*》|〈[^〈〉]*〉/g

function guardedSpans(text: string, names: readonly string[]): GuardedSpan[] {
  const spans: GuardedSpan[] = []
  for (const m of text.matchAll(ADDRESS)) spans.push({ start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(TITLE)) spans.push({ start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(ASCII_RUN)) spans.push({ start: m.index, end: m.index + m[0].length, ascii: true })
  for (const name of names.filter(n => n.length >= 2)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length })
  }
  return spans
}

/** 一 alone between two nouns (技術/一/場景): a dash typed as the numeral. A run (財政一銀行一投資基金) is one report. */
function dashSlips(text: string, paragraph: number, segmenter: Segmenter): SuspectedTypo[] {
  const simplified = segmenter.toSimplified(text)
  if (simplified.length !== text.length) return []
  const words = segmenter.tag(simplified)
  const spans: { start: number; end: number; nouns: string }[] = []
  let offset = 0
  // Nouns of two characters or more: after 一, a one-character noun is what is counted (長者一人申請者).
  const noun = (word: { word: string; tag: string } | undefined) => word !== undefined && word.word.length >= 2 && /^(n|vn|nz|ns|nt|j)/.test(word.tag)
  words.forEach((word, k) => {
    if (word.word === '一' && noun(words[k - 1]) && noun(words[k + 1])) {
      const span = { start: offset - words[k - 1]!.word.length, end: offset + 1 + words[k + 1]!.word.length, nouns: `${words[k - 1]!.word} / ${words[k + 1]!.word}` }
      // The noun after the dash runs on (資本/市場): the report names the whole compound.
      for (let j = k + 2; j < k + 4 && /^n/.test(words[j]?.tag ?? '') && words[j + 1]?.word !== '一'; j++) span.end += words[j]!.word.length
      const last = spans[spans.length - 1]
      // Two dashes with at most one word between them are one run.
      if (last && span.start - last.end <= 4 && !/[\p{P}\s]/u.test(text.slice(last.end, span.start))) last.end = span.end
      else spans.push(span)
    }
    offset += word.word.length
  })
  return spans.map(({ start, end, nouns }) => {
    const original = text.slice(start, end)
    return { paragraph, at: start, original, suggestion: original.replaceAll('一', '—'), why: `the numeral 一 between nouns (${nouns}) where a dash — is probably meant` }
  })
}

/** Words jieba has to guess (its HMM) that one look-alike character turns into a dictionary word. */
function unplacedPairs(text: string, paragraph: number, segmenter: Segmenter): SuspectedTypo[] {
  const simplified = segmenter.toSimplified(text)
  if (simplified.length !== text.length) return []
  const out: SuspectedTypo[] = []
  let offset = 0
  for (const word of segmenter.cutGuessing(simplified)) {
    const start = offset
    offset += word.length
    if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word) || segmenter.frequency(word) > 0) continue
    const fix = bestLookAlike(word, segmenter)
    if (!fix) continue
    const original = text.slice(start + fix.from, start + fix.from + fix.word.length)
    const i = fix.at - fix.from
    const suggestion = `${original.slice(0, i)}${sameScript(text, fix.word[i]!, segmenter)}${original.slice(i + 1)}`
    out.push({ paragraph, at: start + fix.from, original, suggestion, why: `jieba cannot place "${original}" as a word; with the look-alike character it reads "${suggestion}"` })
  }
  return out
}

/** The replacement character in the text's own script. */
function sameScript(text: string, simplifiedChar: string, segmenter: Segmenter): string {
  return segmenter.toSimplified(text) === text ? simplifiedChar : segmenter.toTraditional(simplifiedChar)
}

/** The most frequent dictionary word (of 2+ characters) that one look-alike swap makes inside `word`. */
function bestLookAlike(word: string, segmenter: Segmenter): { word: string; from: number; at: number } | undefined {
  let best: { word: string; from: number; at: number; frequency: number } | undefined
  for (let at = 0; at < word.length; at++) {
    for (const other of lookAlikes(word[at]!)) {
      const swapped = word.slice(0, at) + other + word.slice(at + 1)
      // The swapped character with a neighbour, or the whole guess, must be a known word.
      for (const [from, to] of [[0, word.length], [Math.max(0, at - 1), at + 1], [at, Math.min(word.length, at + 2)]] as const) {
        const candidate = swapped.slice(from, to)
        const frequency = candidate.length >= 2 ? segmenter.frequency(candidate) : 0
        if (frequency >= MIN_FREQUENCY && frequency > (best?.frequency ?? 0)) best = { word: candidate, from, at, frequency }
      }
    }
  }
  return best
}

function firstDifference(a: string, b: string): [string, string] {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return [a[i]!, b[i]!]
  return ['', '']
}

/** Known words with a slip already seen within one paragraph, where the swap makes another known word (天象 → 大象). */
function sameSlipNearby(text: string, paragraph: number, slips: Map<string, { to: string; paragraph: number }>, found: readonly SuspectedTypo[], segmenter: Segmenter): SuspectedTypo[] {
  const out: SuspectedTypo[] = []
  for (const [from, slip] of slips) {
    if (Math.abs(slip.paragraph - paragraph) > 1) continue
    let at = text.indexOf(from)
    while (at >= 0) {
      for (const [start, end] of [[at, at + 2], [at - 1, at + 1]] as const) {
        const original = text.slice(Math.max(0, start), end)
        if (original.length !== 2 || found.some(t => t.paragraph === paragraph && t.original.includes(original)) || out.some(t => t.original === original)) continue
        const suggestion = original.replace(from, slip.to)
        const frequency = (w: string) => segmenter.frequency(segmenter.toSimplified(w))
        // Only when the look-alike word is the more common one: 天象 → 大象, never 天氣 → 大氣.
        if (frequency(original) > 0 && frequency(suggestion) > frequency(original))
          out.push({ paragraph, at: Math.max(0, start), original, suggestion, why: `the same slip as "${from}" → "${slip.to}" in paragraph ${slip.paragraph}: "${original}" is a word, but "${suggestion}" may be meant` })
      }
      at = text.indexOf(from, at + 1)
    }
  }
  return out
}
