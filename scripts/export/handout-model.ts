/**
 * What a handout prints, resolved once from the deck plan: the cover, one entry per slide with
 * the notes to print under it, and the appendix (sources, errata, chart tables). Pure: plan in,
 * model out; every string is still plain text (the HTML stage escapes it).
 */
import type { ChartTable } from '../charts/chart-data.ts'
import { authorLine, budgetLine, erratumLine, footerCitation, sectionPlace, slideText, slideTitle } from '../deck/labels.ts'
import type { Brand } from '../deck/brand.ts'
import type { DeckPlan, PlannedSlide } from '../deck/types.ts'
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
  /** What the slide shows, as text (title first): the alternative text of its picture. */
  text: string
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
  /** Divider only: its place in the deck (第 4 部分，共 6 部分); '' otherwise. */
  part: string
  /** The slide's time budget (時間：本頁約 1:10 · 累計 12:30／25:00); '' when the deck gives no duration. */
  time: string
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
  /** The organisation's look: logo and name on the cover, the marking on every page, the colours. */
  brand: Brand
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
  /** The talk's length and the pace of its time plan, for the cover; '' when the deck gives no duration. */
  duration: string
  slides: HandoutSlide[]
  sections: { title: string; from: number; to: number }[]
  errata: string[]
  charts: HandoutChart[]
}

export function handoutModel(plan: DeckPlan, options: HandoutOptions): HandoutModel {
  const { ui } = plan
  const charts = chartTables(plan)
  const errata = plan.slides.flatMap(s => (s.kind === 'errata' ? s.errata : []))
  return {
    layout: options.layout,
    locale: plan.locale,
    ui,
    brand: plan.brand,
    title: plan.title,
    subtitle: plan.subtitle,
    authors: plan.authors.map(authorLine),
    editor: plan.editor,
    source: plan.source,
    citation: ui.handout.cite(plan.authors.map(a => a.name).join(ui.listSeparator), plan.title),
    date: new Intl.DateTimeFormat(plan.locale, { dateStyle: 'long' }).format(options.date),
    generator: options.generator,
    duration: plan.time.duration ? ui.handout.durationValue(plan.time.duration / 60, plan.time.pace) : '',
    slides: plan.slides.map(slide => handoutSlide(plan, slide, charts)),
    sections: sectionRanges(plan.slides),
    errata: errata.map(e => erratumLine(e, ui)),
    charts,
  }
}

function handoutSlide(plan: DeckPlan, slide: PlannedSlide, charts: readonly HandoutChart[]): HandoutSlide {
  const { ui } = plan
  const isDivider = slide.kind === 'section'
  return {
    no: slide.no,
    title: slideTitle(slide, ui),
    text: slideText(slide, ui),
    section: slide.section?.title,
    isDivider,
    // The plan's notes are the spoken ones; a chart's table is printed in the appendix instead.
    notes: paragraphs(slide.notes),
    citation: footerCitation(slide, ui),
    paragraphs: formatParagraphs(slide.paragraphs, ui.listSeparator),
    chartTable: charts.find(c => c.slide === slide.no)?.label,
    contents: isDivider
      ? plan.slides.filter(s => s.section?.id === slide.section.id && s.no !== slide.no).map(s => ({ no: s.no, title: slideTitle(s, ui) }))
      : [],
    part: isDivider ? sectionPlace(slide, ui) : '',
    time: slide.budget ? budgetLine(slide.budget, ui) : '',
  }
}

/** Plain text → paragraphs (split at blank lines) of lines; empty lines dropped. */
export function paragraphs(notes: string): string[][] {
  return notes
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(p => p.split('\n').map(line => line.trim()).filter(Boolean))
    .filter(p => p.length > 0)
}

function chartTables(plan: DeckPlan): HandoutChart[] {
  const charts: HandoutChart[] = []
  for (const slide of plan.slides) {
    if (slide.kind === 'chart') charts.push({ label: plan.ui.handout.table(charts.length + 1), slide: slide.no, table: slide.chart.table })
  }
  return charts
}

/** Each section's slide range, for the cover's contents. */
function sectionRanges(slides: readonly PlannedSlide[]): HandoutModel['sections'] {
  const ranges: (HandoutModel['sections'][number] & { id: string })[] = []
  for (const slide of slides) {
    if (!slide.section) continue
    const last = ranges[ranges.length - 1]
    if (last?.id === slide.section.id) last.to = slide.no
    else ranges.push({ id: slide.section.id, title: slide.section.title, from: slide.no, to: slide.no })
  }
  return ranges.map(({ title, from, to }) => ({ title, from, to }))
}
