/**
 * Sentences, clauses and widths of Chinese text. Pure. Splits never fall inside a quotation, so a
 * bullet or title never opens a quote it does not close.
 */
import { isLeadIn } from './openers.ts'

/** Marks that end a sentence (full-width and ASCII). */
const SENTENCE_END = '。！？；!?;'
/** Marks where a long sentence may be shortened. */
const CLAUSE_END = '，、：,:'
/** Marks between clauses; 、 joins the items of an enumeration, which a bullet keeps together. */
const COMMA = '，：,:'
const OPENERS = '“‘「『《（(【〈'
const CLOSERS = '”’」』》）)】〉'
/** Characters a bullet or title does not start or end with. */
const EDGE_PUNCTUATION = /^[\s，、：；。！？,:;!?…—]+|[\s，、：；。！？,:;!?…—]+$/gu

/** Web and mail addresses written in the text (https://…, www.…, a@b.org), up to a space or a Chinese mark. */
export const ADDRESS = /(?:https?:\/\/|www\.)[^\s，。；、）」』”]+|[\w.+-]+@[\w-]+\.[\w.-]+/giu

/** Width in full-width characters: CJK and full-width marks count 1, Latin letters, digits and spaces about half. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += /[\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F\u2018-\u201D\u2026\u2014]|\p{Extended_Pictographic}/u.test(char) ? 1 : 0.55
  return width
}

/** Splits `text` after any of `marks` that stands outside quotations; the pieces keep their marks. */
export function splitAt(text: string, marks: string): string[] {
  const pieces: string[] = []
  let depth = 0
  let start = 0
  const chars = [...text]
  let offset = 0
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!
    offset += char.length
    if (OPENERS.includes(char)) depth++
    else if (CLOSERS.includes(char)) {
      depth = Math.max(0, depth - 1)
      // A quotation that ends its own sentence (…感覺不到。」) ends the sentence around it too.
      if (depth === 0 && marks.includes(chars[i - 1] ?? '') && SENTENCE_END.includes(chars[i - 1]!)) {
        while (i + 1 < chars.length && CLOSERS.includes(chars[i + 1]!)) offset += chars[++i]!.length
        pieces.push(text.slice(start, offset))
        start = offset
      }
    }
    else if (char === '"' || char === '\'') continue
    // An ASCII mark inside a number, a time or a URL (1,200 / 12:30 / https://) splits nothing.
    else if (depth === 0 && marks.includes(char) && !insideNumberOrUrl(chars, i)) {
      // A closing quote right after the mark belongs to the same piece.
      while (i + 1 < chars.length && CLOSERS.includes(chars[i + 1]!)) offset += chars[++i]!.length
      pieces.push(text.slice(start, offset))
      start = offset
    }
  }
  if (start < text.length) pieces.push(text.slice(start))
  return pieces.filter(piece => piece.trim().length > 0)
}

function insideNumberOrUrl(chars: readonly string[], i: number): boolean {
  const next = chars[i + 1] ?? ''
  return chars[i]! < '\u0080' && ((/\d/.test(chars[i - 1] ?? '') && /\d/.test(next)) || next === '/')
}

export function splitSentences(paragraph: string): string[] {
  return splitAt(paragraph, SENTENCE_END)
}

export function splitClauses(sentence: string): string[] {
  return splitAt(sentence, CLAUSE_END)
}

/** A piece of text without the punctuation and spaces at its ends. */
export function trimPunctuation(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '')
}

/** Bullets about this wide or less are one line on a slide. */
export const BULLET_WIDTH = 28
/** Narrower pieces join their neighbour. */
const MIN_BULLET_WIDTH = 6
/** A clause with no place to shorten it is kept whole up to this width (two lines). */
export const MAX_BULLET_WIDTH = 56

/**
 * The verbatim clauses a paragraph can give as bullets: each sentence, and a long sentence in
 * runs of its clauses of about BULLET_WIDTH. Every result is a substring of the paragraph.
 */
export function bulletClauses(paragraph: string): string[] {
  return bulletSentences(paragraph).flat()
}

/**
 * bulletClauses, sentence by sentence (a sentence that gives no bullet gives an empty list).
 * `fine` splits at every comma and colon instead (1. 設立專項基金，資助中小企業 → two), for a
 * list item too short to give two bullets otherwise; a piece of a word or two stays with the next.
 */
export function bulletSentences(paragraph: string, fine = false): string[][] {
  return splitSentences(paragraph).map(sentence => {
    const out: string[] = []
    if (!fine && displayWidth(trimPunctuation(sentence)) <= BULLET_WIDTH) {
      push(out, sentence)
      return out
    }
    const runs: string[] = []
    let run = ''
    // An enumeration is split at its 、 only when it is too long for a bullet on its own.
    const clauses = fine ? splitClauses(sentence) : splitAt(sentence, COMMA).flatMap(c => (displayWidth(trimPunctuation(c)) > MAX_BULLET_WIDTH ? splitAt(c, '、') : [c]))
    let lastClause = ''
    for (const clause of clauses) {
      // A run of a word or two (附記：) is no bullet: it goes on with the next clause.
      const leadInOnly = run === lastClause && isLeadIn(trimPunctuation(run))
      if (run && !leadInOnly && displayWidth(trimPunctuation(run)) >= MIN_BULLET_WIDTH && (fine || displayWidth(trimPunctuation(run + clause)) > BULLET_WIDTH)) {
        // A lead-in (按美元計，) belongs to the clause it introduces, not to the run before it.
        const keep = isLeadIn(trimPunctuation(lastClause)) ? run.slice(0, run.length - lastClause.length) : run
        const carried = keep === run || displayWidth(trimPunctuation(keep)) < MIN_BULLET_WIDTH ? '' : lastClause
        runs.push(carried ? keep : run)
        run = carried
      }
      run += clause
      lastClause = clause
    }
    // A short tail (請勿執行) joins the run before it when the two still fit two lines.
    const last = runs[runs.length - 1]
    if (last && displayWidth(trimPunctuation(run)) < MIN_BULLET_WIDTH && displayWidth(trimPunctuation(last + run)) <= MAX_BULLET_WIDTH) runs[runs.length - 1] = last + run
    else runs.push(run)
    for (const piece of runs) push(out, piece)
    return out
  })
}

function push(out: string[], piece: string): void {
  const text = trimPunctuation(piece)
  if (!text) return
  out.push(displayWidth(text) <= MAX_BULLET_WIDTH ? text : shorten(text, BULLET_WIDTH))
}

/** Where words end in a text (offsets after each word), so a cut never falls inside one. */
export type WordBreaks = (text: string) => number[]

/**
 * Cuts `text` to about `width`, at a comma or colon if there is one early enough, else after a word
 * (given `breaks`) or anywhere; adds "…" then.
 */
export function shorten(text: string, width: number, breaks?: WordBreaks): string {
  if (displayWidth(text) <= width) return text
  // Cut between clauses, never inside an enumeration (芯片制造、航空航天、…).
  const clauses = splitAt(text, COMMA)
  let head = ''
  for (const clause of clauses) {
    if (displayWidth(trimPunctuation(head + clause)) > width) break
    head += clause
  }
  // A clause of a word or two (我們認為) says too little to stand for the whole.
  if (displayWidth(trimPunctuation(head)) >= MIN_BULLET_WIDTH) return balanceQuotes(trimPunctuation(head))
  return cutWithEllipsis(text, width, breaks)
}

/**
 * `text` cut to `width` with "…": after a word when `breaks` says where words end, and before a
 * quotation or a title in 《》 that would be cut, unless too little stands before it; then the
 * marks it opened close after the "…" (國務院印發《推動大規模設備更新和消費品…》).
 */
function cutWithEllipsis(text: string, width: number, breaks?: WordBreaks): string {
  const fit = (limit: number) => {
    let cut = ''
    for (const char of text) {
      if (displayWidth(cut + char) > limit) break
      cut += char
    }
    const lastBreak = breaks?.(text).filter(at => at <= cut.length).pop() ?? 0
    return lastBreak >= cut.length / 2 ? cut.slice(0, lastBreak) : cut
  }
  let cut = fit(width - 1)
  const open = openMarks(cut)
  if (open.length === 0) return `${balanceQuotes(trimPunctuation(cut))}…`
  const before = text.slice(0, open[0]!.index)
  if (displayWidth(trimPunctuation(before)) >= width / 2) return `${balanceQuotes(trimPunctuation(before))}…`
  cut = fit(width - 1 - open.length)
  const closers = openMarks(cut).map(mark => mark.closer).reverse().join('')
  return `${trimPunctuation(cut)}…${closers}`
}

/** The quotation marks and brackets `text` opens and does not close, outermost first. */
function openMarks(text: string): { index: number; closer: string }[] {
  const open: { index: number; closer: string }[] = []
  for (let i = 0; i < text.length; i++) {
    const at = OPENERS.indexOf(text[i]!)
    if (at >= 0) open.push({ index: i, closer: CLOSERS[at]! })
    else if (CLOSERS.includes(text[i]!) && open[open.length - 1]?.closer === text[i]) open.pop()
  }
  return open
}

/** Drops a quotation mark that is opened and not closed (or closed and not opened) in `text`. */
export function balanceQuotes(text: string): string {
  const chars = [...text]
  const keep = new Array<boolean>(chars.length).fill(true)
  const open: number[] = []
  chars.forEach((char, i) => {
    if (OPENERS.includes(char)) open.push(i)
    else if (CLOSERS.includes(char)) {
      if (open.length) open.pop()
      else keep[i] = false
    }
  })
  for (const i of open) keep[i] = false
  return trimPunctuation(chars.filter((_, i) => keep[i]).join(''))
}

/** Passages between Chinese quotation marks (“…”「…」‘…’『…』), outermost first, without their marks. */
export function quotedPassages(text: string): { text: string; start: number; end: number }[] {
  const pairs: Record<string, string> = { '“': '”', '「': '」', '‘': '’', '『': '』' }
  const found: { text: string; start: number; end: number }[] = []
  let i = 0
  while (i < text.length) {
    const close = pairs[text[i]!]
    if (!close) {
      i++
      continue
    }
    const end = text.indexOf(close, i + 1)
    if (end < 0) break
    found.push({ text: text.slice(i + 1, end), start: i, end: end + 1 })
    i = end + 1
  }
  return found
}
