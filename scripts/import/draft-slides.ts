/**
 * Units to slides: figures become bar charts, a paragraph with a quoted passage (draft-quotes.ts)
 * a quote slide, each item of a numbered list and each other paragraph a bullet slide of its most
 * central verbatim clauses (a very long paragraph several, a run of its sentences each), and short
 * paragraphs (or short list items) share a slide. Notes are the paragraphs in full. Pure, given a
 * segmenter.
 */
import type { Slide } from '../load/schema.ts'
import { MAX_QUOTE_WIDTH, overlaps, quoteOf } from './draft-quotes.ts'
import type { Unit } from './draft-structure.ts'
import { captionTitle, leadTitle, shortTitle } from './draft-titles.ts'
import { isConnective } from './openers.ts'
import { scoreClauses, type KeywordWeights } from './rank.ts'
import type { Segmenter } from './segmenter.ts'
import { bulletClauses, bulletSentences, displayWidth, splitSentences, trimPunctuation, type WordBreaks } from './text-units.ts'

export const MAX_BULLETS = 6
/** Stay under the renderer's per-slide budget (plan.ts), so no slide continues on another. */
const MAX_BULLET_CHARS = 170

export interface SlideContext {
  paragraphs: readonly string[]
  keywords: KeywordWeights
  segmenter: Segmenter
  script: 'Hant' | 'Hans'
  /** Cited under every chart. */
  source: string
  /** The section's heading, which titles a slide of short list items. */
  heading?: string
  /** Word ends, so that a title is never cut inside a word. */
  breaks?: WordBreaks
}

/** A clause that may become a bullet, and which sentence of its paragraph it comes from. */
interface Clause {
  text: string
  sentence: number
}

/** A paragraph too short for a slide of its own, placed once its neighbours are known. */
interface Lone {
  lone: number
  /** Its heading, when it has one: then it is not merged into a neighbour's slide. */
  title?: string
}

export function draftSlides(units: readonly Unit[], ctx: SlideContext): Slide[] {
  const slides: (Slide | Lone)[] = []
  let shortText: number[] = []
  let shortItems: number[] = []
  const flush = () => {
    if (shortText.length) slides.push(...shortParagraphs(shortText, ctx))
    if (shortItems.length) slides.push(...shortListItems(shortItems, ctx))
    shortText = []
    shortItems = []
  }
  for (const unit of units) {
    if (unit.kind === 'figures') {
      flush()
      slides.push(chartSlide(unit, ctx))
      continue
    }
    const n = unit.paragraphs[0]!
    const text = ctx.paragraphs[n - 1]!
    if (unit.item) {
      const clauses = itemClauses(text)
      if (shortText.length || clauses.length >= 2) flush()
      if (clauses.length >= 2) slides.push(itemSlide(n, clauses, ctx))
      else shortItems.push(n)
      continue
    }
    const parts = partsOf(text)
    if (parts.length > 1) {
      flush()
      parts.forEach((part, i) => slides.push(partSlide(n, part, i === 0 && unit.heading ? shortTitle(unit.heading.text, ctx) : leadTitle(part, ctx), ctx)))
      continue
    }
    const quote = quoteOf(text)
    const clauses = bulletSentences(text)
    if (shortItems.length || quote || clauses.flat().length >= 2 || unit.heading) flush()
    const title = unit.heading ? shortTitle(unit.heading.text, ctx) : leadTitle(text, ctx)
    if (quote) slides.push(quoteSlide(title, n, quote, clausesOf(clauses), ctx))
    else if (clauses.flat().length >= 2) slides.push(bulletSlide(title, [n], bulletsOf(withoutTitle(clausesOf(clauses), title, 2), text, ctx, MAX_BULLETS), ctx))
    else if (unit.heading) slides.push(...shortParagraphs([n], ctx, title))
    else {
      shortText.push(n)
      if (shortText.length === MAX_BULLETS) flush()
    }
  }
  flush()
  return placeLone(slides, ctx)
}

/**
 * A paragraph with more than twice what a slide holds, in parts of whole sentences that each fit
 * one slide; any other paragraph in one part. Each part is a substring of the paragraph.
 */
function partsOf(paragraph: string): string[] {
  const sentences = bulletSentences(paragraph)
  const chars = (clauses: readonly string[]) => clauses.reduce((n, c) => n + c.length, 0)
  if (chars(sentences.flat()) <= 2 * MAX_BULLET_CHARS) return [paragraph]
  const parts: { text: string; clauses: string[] }[] = []
  let at = 0
  splitSentences(paragraph).forEach((sentence, k) => {
    const start = paragraph.indexOf(sentence, at)
    at = start + sentence.length
    const last = parts[parts.length - 1]
    const clauses = sentences[k] ?? []
    // A part of one clause is no slide of bullets: it goes on into the next sentence.
    if (last && (last.clauses.length < 2 || (last.clauses.length + clauses.length <= MAX_BULLETS && chars(last.clauses) + chars(clauses) <= MAX_BULLET_CHARS))) {
      last.text = paragraph.slice(paragraph.indexOf(last.text), at)
      last.clauses.push(...clauses)
    }
    else parts.push({ text: sentence, clauses: [...clauses] })
  })
  const tail = parts[parts.length - 1]!
  if (parts.length > 1 && tail.clauses.length < 2) {
    const before = parts[parts.length - 2]!
    before.text = paragraph.slice(paragraph.indexOf(before.text), paragraph.indexOf(tail.text) + tail.text.length)
    parts.pop()
  }
  return parts.map(part => part.text.trim())
}

/** One part of a long paragraph: a quote slide when it holds a quoted passage, else bullets; its notes are the part. */
function partSlide(n: number, part: string, title: string, ctx: SlideContext): Slide {
  const quote = quoteOf(part)
  const clauses = clausesOf(bulletSentences(part))
  if (quote) return quoteSlide(title, n, quote, clauses, ctx, part)
  return { ...bulletSlide(title, [n], bulletsOf(withoutTitle(clauses, title, 2), part, ctx, MAX_BULLETS), ctx), notes: part }
}

function clausesOf(sentences: readonly string[][]): Clause[] {
  return sentences.flatMap((clauses, sentence) => clauses.map(text => ({ text, sentence })))
}

/** A list item's clauses: its sentences' runs, or every comma's clause of a short item. */
function itemClauses(text: string): Clause[] {
  const clauses = clausesOf(bulletSentences(text))
  return clauses.length >= 2 ? clauses : clausesOf(bulletSentences(text, true))
}

/**
 * The bullets of a paragraph: the most central clauses (by keyword weight) that fit the slide,
 * the most central first, as the issue that asked for the importer specifies: the analyst reads
 * the paragraph's point first and cuts from the bottom. The notes keep the article's order.
 */
function bulletsOf(clauses: readonly Clause[], paragraph: string, ctx: SlideContext, max: number): string[] {
  const scores = scoreClauses(clauses.map(c => c.text), paragraph, ctx.keywords, ctx.segmenter)
  const ranked = clauses.map((c, index) => ({ ...c, index, score: scores[index]! })).sort((a, b) => b.score - a.score || a.index - b.index)
  return pick(ranked, max).map(c => c.text)
}

function bulletSlide(title: string, paragraphs: number[], bullets: readonly string[], ctx: SlideContext): Slide {
  return { layout: 'bullets', title, bullets: pick(bullets.map(text => ({ text })), MAX_BULLETS).map(c => c.text), notes: notesOf(paragraphs, ctx), paragraphs }
}

/** One item of a numbered list: its lead clause as the title, its clauses as bullets. */
function itemSlide(n: number, clauses: readonly Clause[], ctx: SlideContext): Slide {
  const text = ctx.paragraphs[n - 1]!
  const title = leadTitle(text, ctx)
  const bullets = bulletsOf(withoutTitle(clauses, title, 2), text, ctx, MAX_BULLETS)
  // When the item is too short to leave its lead clause out, that clause is the recommendation
  // itself: it leads, and the rest follow by centrality.
  const lead = bullets.indexOf(title)
  return bulletSlide(title, [n], lead > 0 ? [title, ...bullets.filter((_, i) => i !== lead)] : bullets, ctx)
}

/**
 * The clauses without the one the title repeats, when `min` remain: 首先，人才短缺 or
 * 另一方面，人力缺口仍在擴大 under that title, but not 截至2024年底，據點超過一萬處, whose date
 * the title left out.
 */
function withoutTitle(clauses: readonly Clause[], title: string, min: number): readonly Clause[] {
  const repeats = (clause: string) => clause.endsWith(title) && isConnective(trimPunctuation(clause.slice(0, clause.length - title.length)))
  const rest = clauses.filter(c => !repeats(c.text))
  return rest.length >= min ? rest : clauses
}

/** The first clauses in order that fit the slide's budget. */
function pick<T extends { text: string }>(ranked: readonly T[], max: number): T[] {
  const out: T[] = []
  let chars = 0
  for (const clause of ranked) {
    if (out.length === max) break
    if (out.length > 0 && chars + clause.text.length > MAX_BULLET_CHARS) continue
    out.push(clause)
    chars += clause.text.length
  }
  return out
}

function notesOf(paragraphs: readonly number[], ctx: SlideContext): string {
  return paragraphs.map(n => ctx.paragraphs[n - 1]!).join('\n\n')
}

/** Short paragraphs (one clause each) share one slide, in their order; a lone one waits for its neighbours. */
function shortParagraphs(paragraphs: number[], ctx: SlideContext, title?: string): (Slide | Lone)[] {
  const first = ctx.paragraphs[paragraphs[0]! - 1]!
  let clauses = paragraphs.flatMap(n => bulletClauses(ctx.paragraphs[n - 1]!))
  if (clauses.length < 2 && title) clauses = paragraphs.flatMap(n => bulletSentences(ctx.paragraphs[n - 1]!, true).flat())
  if (clauses.length >= 2) return [bulletSlide(title ?? leadTitle(first, ctx), paragraphs, clauses, ctx)]
  return paragraphs.map(n => ({ lone: n, ...(title ? { title } : {}) }))
}

/** Items of a list with one clause each (1. 加強監管。) share a slide, titled by the section's heading. */
function shortListItems(items: number[], ctx: SlideContext): (Slide | Lone)[] {
  if (items.length < 2) return [{ lone: items[0]! }]
  const slides = Math.ceil(items.length / MAX_BULLETS)
  const size = Math.ceil(items.length / slides)
  const out: Slide[] = []
  for (let i = 0; i < items.length; i += size) {
    const chunk = items.slice(i, i + size)
    const title = ctx.heading ? shortTitle(ctx.heading, ctx) : leadTitle(ctx.paragraphs[chunk[0]! - 1]!, ctx)
    out.push(bulletSlide(title, chunk, chunk.map(n => bulletClauses(ctx.paragraphs[n - 1]!)[0] ?? shortTitle(ctx.paragraphs[n - 1]!, { width: 56 })), ctx))
  }
  return out
}

/**
 * A lone short paragraph joins the bullet slide before it, or else the one after it, when that
 * has room; one under its own heading, or with no such neighbour, stands as a verbatim passage.
 */
function placeLone(slides: readonly (Slide | Lone)[], ctx: SlideContext): Slide[] {
  const out: Slide[] = []
  const waiting: number[] = []
  const roomIn = (slide: Slide | undefined, k: number): slide is Extract<Slide, { layout: 'bullets' }> => slide?.layout === 'bullets' && slide.bullets.length + k <= MAX_BULLETS
  for (const entry of slides) {
    if ('lone' in entry) {
      const clause = bulletClauses(ctx.paragraphs[entry.lone - 1]!)
      const previous = out[out.length - 1]
      if (entry.title) out.push(singleQuote(entry.title, entry.lone, ctx.paragraphs[entry.lone - 1]!))
      else if (waiting.length === 0 && roomIn(previous, clause.length)) join(previous, [entry.lone], clause, ctx, 'after')
      else waiting.push(entry.lone)
      continue
    }
    const clauses = waiting.flatMap(n => bulletClauses(ctx.paragraphs[n - 1]!))
    if (waiting.length && roomIn(entry, clauses.length)) {
      join(entry, waiting, clauses, ctx, 'before')
      waiting.length = 0
    }
    flushWaiting(waiting, out, ctx)
    out.push(entry)
  }
  flushWaiting(waiting, out, ctx)
  return out
}

function join(slide: Extract<Slide, { layout: 'bullets' }>, paragraphs: number[], clauses: string[], ctx: SlideContext, where: 'before' | 'after'): void {
  slide.paragraphs = where === 'after' ? [...slide.paragraphs, ...paragraphs] : [...paragraphs, ...slide.paragraphs]
  slide.bullets = where === 'after' ? [...slide.bullets, ...clauses] : [...clauses, ...slide.bullets]
  slide.notes = notesOf(slide.paragraphs, ctx)
}

/** Lone paragraphs no neighbour could take: each a verbatim passage of its own (the last resort). */
function flushWaiting(waiting: number[], out: Slide[], ctx: SlideContext): void {
  for (const n of waiting.splice(0)) out.push(singleQuote(leadTitle(ctx.paragraphs[n - 1]!, ctx), n, ctx.paragraphs[n - 1]!))
}

function singleQuote(title: string, n: number, text: string): Slide {
  const quote = displayWidth(text) <= MAX_QUOTE_WIDTH ? text : trimPunctuation(splitSentences(text)[0] ?? text)
  return { layout: 'quote', title, quote: { text: quote, paragraph: n }, notes: text, paragraphs: [n] }
}

/** A quoted passage with up to 4 other clauses of its paragraph (or of the part of a long one, `text`). */
function quoteSlide(title: string, n: number, quote: string, clauses: readonly Clause[], ctx: SlideContext, text = ctx.paragraphs[n - 1]!): Slide {
  const others = withoutTitle(clauses, title, 0).filter(({ text: c }) => !quote.includes(c) && !c.includes(quote) && !overlaps(c, quote))
  const bullets = bulletsOf(others, text, ctx, 4)
  return { layout: 'quote', title, quote: { text: quote, paragraph: n }, ...(bullets.length ? { bullets } : {}), notes: text, paragraphs: [n] }
}


function chartSlide(unit: Extract<Unit, { kind: 'figures' }>, ctx: SlideContext): Slide {
  const { figures } = unit
  const fallback = ctx.script === 'Hant' ? '主要數字' : '主要数字'
  const unitText = figures.unit?.text ?? (ctx.script === 'Hant' ? '（原文未註明單位）' : '（原文未注明单位）')
  return {
    layout: 'chart',
    title: unit.heading ? shortTitle(unit.heading.text, ctx) : unit.caption ? captionTitle(unit.caption, ctx) : fallback,
    chart: { type: 'bar', unit: unitText, source: ctx.source, labels: figures.labels, series: figures.series.map(series => ({ label: series.label || (ctx.script === 'Hant' ? '數值' : '数值'), values: series.values })) },
    notes: notesOf(unit.paragraphs, ctx),
    paragraphs: [...unit.paragraphs],
  }
}
