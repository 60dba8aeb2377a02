/**
 * ChartData: everything one chart slide needs, resolved once from the localised article.
 * It is plain JSON (no functions, no undefined values), because it travels to the deck as a
 * layout prop in the slide's frontmatter; components and handouts read it and never the article.
 */
import type { Article, ChartSlide, DataChart, RatingChart } from '../load/schema.ts'
import type { Locale } from '../core/locales.ts'
import { fail } from '../core/errors.ts'
import { CHART_STRINGS } from './chart-strings.ts'
import { chartTable, describeChart, fractionDigits, notesTable } from './chart-text.ts'

export type ChartKind = 'radar' | 'heatmap' | 'bar' | 'line'
/** Kinds drawn by chart.js on a canvas; the heatmap is HTML. */
export type CanvasChartKind = Exclude<ChartKind, 'heatmap'>

/** One line, profile or bar group: a channel in rating charts, a series in data charts. */
export interface ChartSeries {
  /** Stable id: the channel id, or `series-1`, `series-2`… for data charts. */
  id: string
  /** Legend and table label. */
  label: string
  /** Heading in narrow places (heat-map columns): the channel's `short`, else the label. */
  heading: string
  /** One value per category, in category order; `null` means not rated (never drawn as 0). */
  values: (number | null)[]
}

/** The rating scale of a comparison: whole numbers from min to max. */
export interface ChartScale {
  min: number
  max: number
  /** What `min` means, for example 低. */
  low: string
  /** What `max` means, for example 高. */
  high: string
}

/** The chart's numbers as a table: categories down, series across. */
export interface ChartTable {
  /** Title and subtitle, so the table stands on its own. */
  caption: string
  /** Header row: the category heading, then one column per series. */
  columns: string[]
  /** One row per category: its label, then each series' formatted value or the not-rated text. */
  rows: string[][]
}

/** The article's words behind one rating, for notes and handouts. */
export interface ChartQuote {
  channelId: string
  dimensionId: string
  /** Channel label. */
  channel: string
  /** Dimension label. */
  dimension: string
  value: number
  /** The quoted words, as in the source (after errata). */
  text: string
  /** Source paragraph number. */
  paragraph: number
}

interface ChartDataBase {
  kind: ChartKind
  /** Locale every string below is written in. */
  locale: Locale
  /** Caption title: the comparison's title, or the data chart's title. */
  title: string
  /** What the numbers are: editorial ratings and the scale, or the unit and cited source. */
  subtitle: string
  /** Category labels: radar spokes, heatmap rows, x-axis labels. */
  categories: string[]
  series: ChartSeries[]
  /** The most fraction digits a value is shown with (0 for ratings); none are padded. */
  decimals: number
  /** Shown where a value is null. */
  notRated: string
  /** One-paragraph text description for assistive technology (aria-describedby). */
  description: string
  table: ChartTable
  /** The table as plain text for speaker notes: a caption line, then one line per category. */
  notesTable: string
  /**
   * The series' colours, one per series position, when a brand's colours passed the palette's
   * checks (chart-palette.ts); absent means Okabe–Ito.
   */
  palette?: string[]
}

/** Radar or heatmap of editorial ratings from the article's `comparison` block. */
export interface RatingChartData extends ChartDataBase {
  kind: 'radar' | 'heatmap'
  scale: ChartScale
  /** Ids of `categories`: the dimension ids, in order. */
  categoryIds: string[]
  /** Basis quotes of every rating shown, in table order. */
  quotes: ChartQuote[]
}

/** Bar or line chart of real figures that the article gives. */
export interface FigureChartData extends ChartDataBase {
  kind: 'bar' | 'line'
  /** Unit of every value, for example 億元 or %. */
  unit: string
  /** Where the figures come from, cited in the subtitle. */
  source: string
}

export type ChartData = RatingChartData | FigureChartData
/** Chart data that chart.js draws (everything but the heatmap). */
export type CanvasChartData = ChartData & { kind: CanvasChartKind }

export interface ResolveChartOptions {
  /** Caption title; defaults to the comparison title, or the series labels for data charts. */
  title?: string
}

export function resolveChart(article: Article, chart: ChartSlide['chart'], locale: Locale, options: ResolveChartOptions = {}): ChartData {
  return isDataChart(chart) ? resolveFigureChart(chart, locale, options) : resolveRatingChart(article, chart, locale, options)
}

export function isRatingChart(data: ChartData): data is RatingChartData {
  return data.kind === 'radar' || data.kind === 'heatmap'
}

export function isFigureChart(data: ChartData): data is FigureChartData {
  return data.kind === 'bar' || data.kind === 'line'
}

function isDataChart(chart: ChartSlide['chart']): chart is DataChart {
  return chart.type === 'bar' || chart.type === 'line'
}

function resolveRatingChart(article: Article, chart: RatingChart, locale: Locale, options: ResolveChartOptions): RatingChartData {
  const comparison = article.comparison ?? fail('E_SCHEMA', `a ${chart.type} chart needs a "comparison" block in the article`)
  const strings = CHART_STRINGS[locale]
  const channels = pick(comparison.channels, chart.channels, 'channel')
  const dimensions = pick(comparison.dimensions, chart.dimensions, 'dimension')
  const rating = (channel: string, dimension: string) =>
    comparison.ratings.find(r => r.channel === channel && r.dimension === dimension)

  const series = channels.map(c => ({ id: c.id, label: c.label, heading: c.short ?? c.label, values: dimensions.map(d => rating(c.id, d.id)?.value ?? null) }))
  const quotes = dimensions.flatMap(d => channels.flatMap(c => {
    const r = rating(c.id, d.id)
    return r ? [{ channelId: c.id, dimensionId: d.id, channel: c.label, dimension: d.label, value: r.value, text: r.basis.text, paragraph: r.basis.paragraph }] : []
  }))
  const scale = { ...comparison.scale }
  const core = {
    kind: chart.type,
    locale,
    title: options.title ?? comparison.title,
    subtitle: `${strings.editorialNote}${strings.clauseSeparator}${strings.scaleRange(scale)}`,
    categories: dimensions.map(d => d.label),
    categoryIds: dimensions.map(d => d.id),
    series,
    decimals: 0,
    notRated: strings.notRated,
    scale,
    quotes,
  }
  const table = chartTable(core, strings.dimension)
  return { ...core, description: describeChart(core), table, notesTable: notesTable(core, table) }
}

function resolveFigureChart(chart: DataChart, locale: Locale, options: ResolveChartOptions): FigureChartData {
  const strings = CHART_STRINGS[locale]
  const series = chart.series.map((s, i) => ({ id: `series-${i + 1}`, label: s.label, heading: s.label, values: [...s.values] }))
  const core = {
    kind: chart.type,
    locale,
    title: options.title ?? series.map(s => s.label).join(strings.listSeparator),
    subtitle: `${strings.unit(chart.unit)}${strings.clauseSeparator}${strings.source(chart.source)}`,
    categories: [...chart.labels],
    series,
    decimals: fractionDigits(series.flatMap(s => s.values)),
    notRated: strings.notRated,
    unit: chart.unit,
    source: chart.source,
  }
  const table = chartTable(core, strings.category)
  return { ...core, description: describeChart(core), table, notesTable: notesTable(core, table) }
}

/** The chosen items in the chosen order, or all of them; an unknown id is a data error. */
function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[] | undefined, what: string): T[] {
  if (!ids) return [...items]
  return ids.map(id => items.find(item => item.id === id) ?? fail('E_SCHEMA', `unknown ${what} "${id}": expected one of ${items.map(i => i.id).join(', ')}`))
}
