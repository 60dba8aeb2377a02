/**
 * Units to slides: figures become bar charts, a paragraph with a quoted passage a quote slide,
 * list items and long paragraphs bullet slides of their most central verbatim clauses, and short
 * paragraphs share a slide. Notes are the paragraphs in full. Pure, given a segmenter.
 */
import type { Slide } from '../load/schema.ts'
import type { Unit } from './draft-structure.ts'
import { rankClauses, type KeywordWeights } from './rank.ts'
import type { Segmenter } from './segmenter.ts'
import { balanceQuotes, bulletClauses, displayWidth, quotedPassages, shorten, splitAt, splitClauses, splitSentences, trimPunctuation } from './text-units.ts'

/** One line of a slide title at the title's size. */
export const TITLE_WIDTH = 24
export const MAX_BULLETS = 6
/** Stay under the renderer's per-slide budget (plan.ts), so no slide continues on another. */
const MAX_BULLET_CHARS = 170
/** A quote longer than this crowds its slide. */
const MAX_QUOTE_WIDTH = 80
/** Quoted words shorter than this (“虛擬”) are emphasis, not a passage worth a slide. */
const MIN_QUOTE_WIDTH = 6

export interface SlideContext {
  paragraphs: readonly string[]
  keywords: KeywordWeights
  segmenter: Segmenter
  script: 'Hant' | 'Hans'
  /** Cited under every chart. */
  source: string
}

export function draftSlides(units: readonly Unit[], ctx: SlideContext): Slide[] {
  const slides: Slide[] = []
  let pending: number[] = []
  const flush = () => {
    if (pending.length > 0) slides.push(...shortParagraphs(pending, slides, ctx))
    pending = []
  }
  for (const unit of units) {
    if (unit.kind === 'figures') {
      flush()
      slides.push(chartSlide(unit, ctx))
      continue
    }
    const n = unit.paragraphs[0]!
    const text = ctx.paragraphs[n - 1]!
    const clauses = bulletClauses(text)
    const quote = unit.item ? undefined : quoteOf(text)
    if (!unit.item && !quote && clauses.length < 2 && !unit.heading) {
      pending.push(n)
      if (pending.length === MAX_BULLETS) flush()
      continue
    }
    flush()
    const title = unit.heading ? shortTitle(unit.heading.text) : leadTitle(text)
    if (quote) slides.push(quoteSlide(title, n, quote, clauses, ctx))
    else if (clauses.length >= 2) slides.push(bulletSlide(title, [n], rank(clauses, text, ctx), ctx))
    else slides.push(singleQuote(title, n, text))
  }
  flush()
  return slides
}

function rank(clauses: readonly string[], paragraph: string, ctx: SlideContext): string[] {
  return rankClauses(clauses, paragraph, ctx.keywords, ctx.segmenter)
}

function bulletSlide(title: string, paragraphs: number[], ranked: readonly string[], ctx: SlideContext): Slide {
  const bullets = pick(ranked, MAX_BULLETS)
  return { layout: 'bullets', title, bullets, notes: notesOf(paragraphs, ctx), paragraphs }
}

/** The first bullets in order that fit the slide's budget. */
function pick(ranked: readonly string[], max: number): string[] {
  const out: string[] = []
  let chars = 0
  for (const bullet of ranked) {
    if (out.length === max) break
    if (out.length > 0 && chars + bullet.length > MAX_BULLET_CHARS) continue
    out.push(bullet)
    chars += bullet.length
  }
  return out
}

function notesOf(paragraphs: readonly number[], ctx: SlideContext): string {
  return paragraphs.map(n => ctx.paragraphs[n - 1]!).join('\n\n')
}

/** Short paragraphs (one clause each) share one slide; a lone one joins the slide before it, or stands as a quote. */
function shortParagraphs(paragraphs: number[], before: Slide[], ctx: SlideContext): Slide[] {
  const clauses = paragraphs.flatMap(n => bulletClauses(ctx.paragraphs[n - 1]!))
  const previous = before[before.length - 1]
  if (clauses.length < 2 && previous?.layout === 'bullets' && previous.bullets.length < MAX_BULLETS) {
    previous.bullets.push(...clauses)
    previous.paragraphs.push(...paragraphs)
    previous.notes = notesOf(previous.paragraphs, ctx)
    return []
  }
  const first = ctx.paragraphs[paragraphs[0]! - 1]!
  if (clauses.length >= 2) return [bulletSlide(leadTitle(first), paragraphs, clauses, ctx)]
  // Too little for two bullets: the longest paragraph stands as a quote, and the slide cites them all.
  const main = paragraphs.reduce((a, b) => (ctx.paragraphs[b - 1]!.length > ctx.paragraphs[a - 1]!.length ? b : a))
  const text = ctx.paragraphs[main - 1]!
  return [{ ...singleQuote(leadTitle(text), main, text), notes: notesOf(paragraphs, ctx), paragraphs: [...paragraphs] }]
}

function singleQuote(title: string, n: number, text: string): Slide {
  const quote = displayWidth(text) <= MAX_QUOTE_WIDTH ? text : trimPunctuation(splitSentences(text)[0] ?? text)
  return { layout: 'quote', title, quote: { text: quote, paragraph: n }, notes: text, paragraphs: [n] }
}

/**
 * The passage to show: the sentence holding the longest quotation, or as many of its clauses
 * as fit, or the quotation alone. Always a substring of the paragraph.
 */
export function quoteOf(paragraph: string): string | undefined {
  const passages = quotedPassages(paragraph).filter(p => displayWidth(p.text) >= MIN_QUOTE_WIDTH && p.end - p.start < paragraph.length - 2)
  if (passages.length === 0) return undefined
  const longest = passages.reduce((a, b) => (displayWidth(b.text) > displayWidth(a.text) ? b : a))
  const marked = paragraph.slice(longest.start, longest.end)
  const sentence = splitSentences(paragraph).find(s => s.includes(marked))
  if (sentence && displayWidth(trimPunctuation(sentence)) <= MAX_QUOTE_WIDTH) return trimPunctuation(sentence)
  if (sentence) {
    const clauses = splitClauses(sentence)
    const at = clauses.findIndex(c => c.includes(marked))
    if (at >= 0) {
      let run = clauses[at]!
      for (let i = at - 1; i >= 0 && displayWidth(trimPunctuation(clauses[i]! + run)) <= MAX_QUOTE_WIDTH; i--) run = clauses[i]! + run
      if (displayWidth(trimPunctuation(run)) <= MAX_QUOTE_WIDTH) return trimPunctuation(run)
    }
  }
  return displayWidth(marked) <= MAX_QUOTE_WIDTH ? marked : undefined
}

function quoteSlide(title: string, n: number, quote: string, clauses: readonly string[], ctx: SlideContext): Slide {
  const others = clauses.filter(c => !quote.includes(c) && !c.includes(quote) && !overlaps(c, quote))
  const bullets = pick(rank(others, ctx.paragraphs[n - 1]!, ctx), 4)
  return { layout: 'quote', title, quote: { text: quote, paragraph: n }, ...(bullets.length ? { bullets } : {}), notes: ctx.paragraphs[n - 1]!, paragraphs: [n] }
}

function overlaps(a: string, b: string): boolean {
  for (let k = Math.min(a.length, b.length) - 1; k >= 6; k--) if (a.endsWith(b.slice(0, k)) || b.endsWith(a.slice(0, k))) return true
  return false
}

function chartSlide(unit: Extract<Unit, { kind: 'figures' }>, ctx: SlideContext): Slide {
  const { figures } = unit
  const fallback = ctx.script === 'Hant' ? '主要數字' : '主要数字'
  const unitText = figures.unit?.text ?? (ctx.script === 'Hant' ? '（原文未註明單位）' : '（原文未注明单位）')
  return {
    layout: 'chart',
    title: unit.heading ? shortTitle(unit.heading.text) : unit.caption ? shortTitle(unit.caption) : fallback,
    chart: { type: 'bar', unit: unitText, source: ctx.source, labels: figures.labels, series: figures.series.map(series => ({ label: series.label || (ctx.script === 'Hant' ? '數值' : '数值'), values: series.values })) },
    notes: notesOf(unit.paragraphs, ctx),
    paragraphs: [...unit.paragraphs],
  }
}

/** A heading as a slide title: whole when it fits, else its lead. Never empty: a line of marks is its own title. */
export function shortTitle(text: string, width = TITLE_WIDTH): string {
  return balanceQuotes(shorten(trimPunctuation(text), width)) || shorten(text.trim(), width) || '…'
}

/** A paragraph's lead clause (with the next when it is only a word or two) as a title. */
export function leadTitle(paragraph: string, width = TITLE_WIDTH): string {
  // The lead runs to the first comma or colon: an enumeration (、) stays whole until shortened.
  const clauses = splitAt(splitSentences(paragraph)[0] ?? paragraph, '，,：:')
  let lead = clauses[0] ?? paragraph
  if (displayWidth(trimPunctuation(lead)) < 6 && clauses[1]) lead += clauses[1]
  return shortTitle(lead, width)
}
