/**
 * The article's shape: which body paragraphs are headings (and of what level), which form a
 * numbered list, which are figures (a `label：number` run or a table), and so the sections and
 * the units each becomes a slide from. Pure.
 */
import { continuesList, numberingOf } from './numbering.ts'
import type { SourceBlock } from './source-blocks.ts'
import { displayWidth } from './text-units.ts'

export type HeadingStyle = 'marked' | '一、' | '（一）' | '1.' | '第一，' | 'short line'

export interface Heading {
  paragraph: number
  style: HeadingStyle
  /** The heading's own marker ("二、", "（三）"), for the comment; none for marked and short-line headings. */
  marker?: string
  /** Smaller is higher: sections are the highest level present. */
  rank: number
  text: string
}

export interface Figures {
  labels: string[]
  /** One series per column of numbers; a series without a label is named by the slide. */
  series: { label?: string; values: number[] }[]
  /** The unit, when the text gives one, and where it came from. */
  unit?: { text: string; why: string }
}

export type Unit =
  | { kind: 'text'; paragraphs: number[]; heading?: Heading; item?: { index: number; count: number } }
  | { kind: 'figures'; paragraphs: number[]; heading?: Heading; figures: Figures; /** The words that introduce the figures (下表列出…：), for the title. */ caption?: string }

export interface DraftSection {
  heading?: Heading
  units: Unit[]
}

const NUMERAL = '[一二三四五六七八九十百两兩]+'
const HEADING_STYLES: [HeadingStyle, RegExp, number][] = [
  ['（一）', new RegExp(`^[（(]${NUMERAL}[）)]`), 3],
  ['一、', new RegExp(`^${NUMERAL}、`), 2],
  ['第一，', new RegExp(`^第${NUMERAL}(?:[，,、：:]|章|部分|節|节)`), 2],
  ['1.', /^\d{1,2}(?:[.．、](?!\d)|\s)/, 4],
]
/** Endings no heading has: a sentence's end, or a colon that introduces what follows. */
const NOT_A_HEADING_END = /(?:[。！？!?；;…：:，,、]|[。！？!?][”」』’）)])$/
const FIGURE = /^(.{1,24}?)\s*[：:]\s*([-−]?)\s*((?:US|NT|HK)?[$＄¥￥€£])?\s*(\d[\d,]*(?:\.\d+)?)\s*(億美元|亿美元|億元|亿元|萬元|万元|美元|元|%|％|萬人|万人|人|家|個|个|噸|吨|萬|万|億|亿|兆)?$/u
const UNIT_LINE = /^[（(]\s*(?:單位|单位)\s*[:：][^）)]+[）)]$/
const UNIT_NOTE = /[（(]\s*(?:單位|单位)\s*[:：]\s*([^）)]+?)\s*[）)]/
const MAX_HEADING_WIDTH = 48
const UNIT_IN_HEADER = /[（(]\s*(?:單位|单位)?\s*[:：]?\s*([^）)]{1,8})\s*[）)]\s*$/

export function findHeading(block: SourceBlock, paragraph: number): Heading | undefined {
  const text = block.text
  if (block.cells || FIGURE.test(text) || NOT_A_HEADING_END.test(text) || displayWidth(text) > MAX_HEADING_WIDTH) return undefined
  if (/^[（(]?\s*(?:單位|单位)/.test(text)) return undefined
  if (block.heading) return { paragraph, style: 'marked', rank: block.heading, text }
  for (const [style, pattern, rank] of HEADING_STYLES) {
    const marker = pattern.exec(text)?.[0].trim()
    if (marker) return { paragraph, style, marker, rank, text }
  }
  if (displayWidth(text) >= 4 && !isListItem(text)) return { paragraph, style: 'short line', rank: 2.5, text }
  return undefined
}

/** A paragraph that opens with a list marker: 一是…, 1. …, （1）…, 第一，…, 首先…, ①…. */
export function isListItem(text: string): boolean {
  return numberingOf(text) !== undefined
}

/**
 * Sections and units from the body (every paragraph not in `matter`). A heading of the highest
 * level present opens a section; a lower one titles the slides after it.
 */
export function draftStructure(blocks: readonly SourceBlock[], matter: ReadonlySet<number>): { sections: DraftSection[]; headings: number[] } {
  const body = blocks.map((block, i) => ({ block, n: i + 1 })).filter(({ n }) => !matter.has(n))
  const headings = new Map<number, Heading>()
  body.forEach(({ block, n }, k) => {
    const heading = findHeading(block, n)
    // A heading has text after it; the last line of an article is not one.
    if (heading && k < body.length - 1) headings.set(n, heading)
  })
  // A heading with nothing under it before the next heading of its level is a line of text.
  for (let k = body.length - 2; k >= 0; k--) {
    const here = headings.get(body[k]!.n)
    const next = headings.get(body[k + 1]!.n)
    if (here && next && next.rank <= here.rank) headings.delete(body[k]!.n)
  }
  const top = Math.min(...[...headings.values()].map(h => h.rank))
  const sections: DraftSection[] = [{ units: [] }]
  let sub: Heading | undefined
  let k = 0
  while (k < body.length) {
    const { block, n } = body[k]!
    const heading = headings.get(n)
    if (heading && heading.rank === top) {
      sections.push({ heading, units: [] })
      sub = undefined
      k++
      continue
    }
    if (heading) {
      sub = heading
      k++
      continue
    }
    const section = sections[sections.length - 1]!
    // A unit note on its own line (（單位：億元）) or a short caption (下表列出…：) belongs to the figures after it.
    const note = UNIT_LINE.test(block.text) || isCaption(block.text) ? 1 : 0
    const figures = readFigures(body.slice(k + note).map(b => b.block), note ? block : blocks[n - 2], sub)
    if (figures) {
      const caption = (note && isCaption(block.text) ? block.text : captionOf(blocks[n - 2]?.text))?.replace(UNIT_NOTE, '')
      section.units.push({ kind: 'figures', paragraphs: body.slice(k, k + note + figures.rows).map(b => b.n), heading: sub, caption, figures: figures.figures })
      sub = undefined
      k += note + figures.rows
      continue
    }
    const run = listRun(body.slice(k).map(b => ({ text: b.block.text, heading: headings.has(b.n) })))
    if (run >= 2) {
      for (let i = 0; i < run; i++) section.units.push({ kind: 'text', paragraphs: [body[k + i]!.n], heading: i === 0 ? sub : undefined, item: { index: i + 1, count: run } })
      k += run
      continue
    }
    section.units.push({ kind: 'text', paragraphs: [n], heading: sub })
    sub = undefined
    k++
  }
  return { sections: sections.filter(section => section.units.length > 0), headings: [...headings.keys()] }
}

/**
 * How many paragraphs from the start form a numbered list: consecutive items of one numbering
 * style whose numbers follow each other (1. 2. 3., or 首先, 其次, 最後). A heading or an item of
 * another style ends the list, so 首先/其次 under 二、 never swallow the 三、 after them.
 */
function listRun(paragraphs: readonly { text: string; heading: boolean }[]): number {
  const item = (k: number) => (k < paragraphs.length && !paragraphs[k]!.heading && !isUnitLine(paragraphs[k]!.text) ? numberingOf(paragraphs[k]!.text) : undefined)
  const first = item(0)
  if (!first) return 0
  let run = 1
  for (let previous = first; continuesList(first, previous, item(run)); run++) previous = item(run)!
  return run
}

/** A short line that introduces what follows: 下表列出近年的加幅： */
function isCaption(text: string): boolean {
  return /[：:]$/.test(text) && displayWidth(text) <= MAX_HEADING_WIDTH
}

/** The last sentence of a paragraph that ends by introducing the figures after it. */
function captionOf(text: string | undefined): string | undefined {
  if (!text || !/[：:]$/.test(text)) return undefined
  const sentences = text.split(/(?<=[。！？!?；;])/)
  return sentences[sentences.length - 1]
}

function isUnitLine(text: string): boolean {
  return FIGURE.test(text)
}

/** Figures starting at the first block: a table of numbers, or three or more `label：number` lines. */
function readFigures(blocks: readonly SourceBlock[], before: SourceBlock | undefined, heading: Heading | undefined): { rows: number; figures: Figures } | undefined {
  const first = blocks[0]
  if (!first) return undefined
  const noted = (text: string | undefined, where: string) => {
    const m = text ? UNIT_NOTE.exec(text) : null
    return m ? { text: m[1]!, why: `"${m[0]}" ${where}` } : undefined
  }
  if (first.table !== undefined) {
    let rows = 0
    while (rows < blocks.length && blocks[rows]!.table === first.table) rows++
    const table = blocks.slice(0, rows)
    const figures = tableFigures(table)
    if (!figures) return undefined
    figures.unit ??= noted(table[0]!.text, 'in the table\'s header') ?? noted(before?.text, 'in the paragraph before the table')
    return { rows, figures }
  }
  let rows = 0
  const matches: RegExpExecArray[] = []
  for (const block of blocks) {
    const m = block.cells ? null : FIGURE.exec(block.text)
    if (!m) break
    matches.push(m)
    rows++
  }
  if (rows < 3) return undefined
  const units = new Set(matches.map(m => `${m[3] ?? ''}${m[5] ?? ''}`))
  if (units.size > 1) return undefined
  const suffix = [...units][0]!
  const labels = unique(matches.map(m => m[1]!.trim()))
  const values = matches.map(m => Number(`${m[2] ? '-' : ''}${m[4]!.replaceAll(',', '')}`))
  const unit = noted(before?.text, 'in the line before the figures') ?? (suffix ? { text: suffix, why: `the figures are written with "${suffix}"` } : undefined)
  const label = heading ? heading.text.replace(UNIT_NOTE, '').trim() : undefined
  return { rows, figures: { labels, series: [{ label, values }], unit } }
}

/** A number in a table cell: 1,234.5, $120, 12%, 3.5億元. */
const CELL_NUMBER = /^([-−]?)\s*(?:(?:US|NT|HK)?[$＄¥￥€£])?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:%|％|\p{Script=Han}{0,3})$/u

function tableFigures(rows: readonly SourceBlock[]): Figures | undefined {
  const header = rows[0]!.header ? rows[0]!.cells! : undefined
  const data = rows.slice(header ? 1 : 0).map(r => r.cells!)
  if (data.length < 2) return undefined
  const width = Math.max(...data.map(r => r.length))
  const numeric: number[] = []
  for (let c = 1; c < width; c++) if (data.every(r => CELL_NUMBER.test(r[c] ?? ''))) numeric.push(c)
  if (numeric.length === 0 || numeric.length > 6) return undefined
  const value = (cell: string) => {
    const m = CELL_NUMBER.exec(cell)!
    return Number(`${m[1] ? '-' : ''}${m[2]!.replaceAll(',', '')}`)
  }
  // 交易規模（億元）: the unit in a header cell; one unit for the chart only when the columns agree.
  const units = numeric.map(c => UNIT_IN_HEADER.exec(header?.[c] ?? '')?.[1])
  const unit = units[0] !== undefined && units.every(u => u === units[0]) ? { text: units[0]!, why: `"${header![numeric[0]!]}" in the table's header` } : undefined
  return {
    labels: unique(data.map(r => r[0] || '—')),
    series: numeric.map(c => ({ label: header?.[c]?.replace(UNIT_IN_HEADER, '').trim() || undefined, values: data.map(r => value(r[c]!)) })),
    unit,
  }
}

/** Chart labels must differ: a repeated label gets its position. */
function unique(labels: string[]): string[] {
  return labels.map((label, i) => (labels.indexOf(label) === i ? label : `${label}（${i + 1}）`))
}
