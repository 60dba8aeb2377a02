/**
 * What a handout prints, resolved once from the deck plan: the cover, one entry per slide with
 * the notes to print under it, and the appendix (sources, errata, chart tables). Pure: plan in,
 * model out; every string is still plain text (the HTML stage escapes it).
 */
import type { ChartData, ChartTable } from '../charts/chart-data.ts'
import type { DeckPlan, PlannedSlide } from '../render/plan.ts'
import { formatParagraphs, type UiStrings } from '../render/ui-strings.ts'
import type { HandoutLayout } from '../core/outputs.ts'

export type { HandoutLayout } from '../core/outputs.ts'

export interface HandoutOptions {
  layout: HandoutLayout
  /** The day the handout is printed (shown on the cover). */
  date: Date
  /** `Deckwright <version>`, named in the appendix. */
  generator: string
}

export interface HandoutSlide {
  no: number
  title: string
  /** Section the slide belongs to, if any. */
  section?: string
  isDivider: boolean
  /** Spoken notes, paragraphs of lines (chart tables moved to the appendix). */
  notes: string[][]
  /** `原文第 3–4 段`, or '' when the slide cites no paragraph. */
  citation: string
  /** `3–4、7`: the source paragraphs alone, for the appendix table. */
  paragraphs: string
  /** The appendix table number ("表 2") of the slide's chart, if it has one. */
  chartTable?: string
  /** Divider only: the slides of its section, as `number title`. */
  contents: { no: number; title: string }[]
}

export interface HandoutChart {
  label: string
  slide: number
  table: ChartTable
}

export interface HandoutModel {
  layout: HandoutLayout
  locale: string
  ui: UiStrings
  title: string
  subtitle: string
  /** Author lines as on the cover slide: name (organisation, role). */
  authors: string[]
  /** The responsible editor's name, or ''. */
  editor: string
  /** `publication，date`, or '' when the data names none. */
  source: string
  /** `潘宏勝、邵宇〈title〉`: the running footer's citation. */
  citation: string
  date: string
  generator: string
  slides: HandoutSlide[]
  sections: { title: string; from: number; to: number }[]
  errata: string[]
  charts: HandoutChart[]
}

export function handoutModel(plan: DeckPlan, options: HandoutOptions): HandoutModel {
  const cover = plan.slides.find(s => s.layout === 'dw-cover')?.props ?? {}
  const closing = plan.slides.find(s => s.layout === 'dw-closing')?.props ?? {}
  const charts = chartTables(plan)
  return {
    layout: options.layout,
    locale: plan.locale,
    ui: plan.ui,
    title: plan.title,
    subtitle: plan.subtitle ?? '',
    authors: stringList(cover.authors),
    editor: unlabel(text(closing.editor), plan.ui.editor),
    source: unlabel(text(closing.source), plan.ui.source),
    citation: plan.ui.handout.cite(plan.authors.join(plan.ui.listSeparator), plan.title),
    date: new Intl.DateTimeFormat(plan.locale, { dateStyle: 'long' }).format(options.date),
    generator: options.generator,
    slides: plan.slides.map(slide => handoutSlide(plan, slide, charts)),
    sections: sectionRanges(plan.slides),
    errata: stringList(plan.slides.find(s => s.layout === 'dw-errata')?.props.items),
    charts,
  }
}

function handoutSlide(plan: DeckPlan, slide: PlannedSlide, charts: readonly HandoutChart[]): HandoutSlide {
  const isDivider = slide.layout === 'dw-section'
  const chart = charts.find(c => c.slide === slide.no)
  return {
    no: slide.no,
    title: slide.title,
    section: slide.section,
    isDivider,
    notes: paragraphs(spokenNotes(slide)),
    citation: citationOf(slide),
    paragraphs: formatParagraphs(slide.paragraphs, plan.ui.listSeparator),
    chartTable: chart?.label,
    contents: isDivider
      ? plan.slides.filter(s => s.section === slide.section && s.no !== slide.no).map(s => ({ no: s.no, title: s.title }))
      : [],
  }
}

/**
 * The notes a presenter speaks. A chart slide's notes end with its data table as text (for the
 * presenter view); the handout prints that table as a real table in the appendix instead.
 */
export function spokenNotes(slide: PlannedSlide): string {
  const table = chartOf(slide)?.notesTable
  if (table && slide.notes.endsWith(table)) return slide.notes.slice(0, -table.length).trimEnd()
  return slide.notes.trim()
}

/** Plain text → paragraphs (split at blank lines) of lines; empty lines dropped. */
export function paragraphs(notes: string): string[][] {
  return notes
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(p => p.split('\n').map(line => line.trim()).filter(Boolean))
    .filter(p => p.length > 0)
}

function citationOf(slide: PlannedSlide): string {
  const footer = slide.props.footer as { citation?: unknown } | undefined
  return text(footer?.citation)
}

function chartOf(slide: PlannedSlide): ChartData | undefined {
  const chart = slide.props.chart as ChartData | undefined
  return slide.layout === 'dw-chart' && chart && typeof chart === 'object' ? chart : undefined
}

function chartTables(plan: DeckPlan): HandoutChart[] {
  const charts: HandoutChart[] = []
  for (const slide of plan.slides) {
    const chart = chartOf(slide)
    if (chart?.table) charts.push({ label: plan.ui.handout.table(charts.length + 1), slide: slide.no, table: chart.table })
  }
  return charts
}

/** Each section's slide range, for the cover's contents. */
function sectionRanges(slides: readonly PlannedSlide[]): HandoutModel['sections'] {
  const ranges: HandoutModel['sections'] = []
  for (const slide of slides) {
    const last = ranges[ranges.length - 1]
    if (slide.section && last?.title === slide.section) last.to = slide.no
    else if (slide.section) ranges.push({ title: slide.section, from: slide.no, to: slide.no })
  }
  return ranges
}

/** The closing slide labels its lines (`責任編輯：周茗一`); the handout sets its own labels. */
function unlabel(line: string, label: string): string {
  return line.startsWith(`${label}：`) ? line.slice(label.length + 1) : line
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
