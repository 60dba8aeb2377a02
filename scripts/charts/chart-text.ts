/**
 * The chart as text: formatted values, the data table, the speaker-notes table and the
 * description read by assistive technology. Everyone who cannot see the canvas gets these.
 */
import type { Locale } from '../core/locales.ts'
import type { ChartTable, FigureChartData, RatingChartData } from './chart-data.ts'
import { CHART_STRINGS } from './chart-strings.ts'

type Derived = 'description' | 'table' | 'notesTable'
/** A chart before its text forms are derived from it. */
export type ChartCore = Omit<RatingChartData, Derived> | Omit<FigureChartData, Derived>

/** Values never get more fraction digits than this; the source's precision is kept up to it. */
const MAX_DECIMALS = 2

/** Fewest fraction digits (up to 2) that show every value exactly. */
export function fractionDigits(values: readonly (number | null)[]): number {
  let digits = 0
  for (const value of values) {
    if (value === null) continue
    while (digits < MAX_DECIMALS && !isWhole(value * 10 ** digits)) digits++
  }
  return digits
}

function isWhole(x: number): boolean {
  return Math.abs(x - Math.round(x)) < 1e-9
}

/**
 * A value as the locale writes it, with as many fraction digits as it has (up to `decimals`):
 * 120, 135.5, 95.25, never a padded 120.00; null is the not-rated text.
 */
export function formatValue(value: number | null, locale: Locale, decimals: number): string {
  if (value === null) return CHART_STRINGS[locale].notRated
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(value)
}

/** Categories down, series across; the caption carries title and subtitle. */
export function chartTable(chart: ChartCore, categoryHeading: string): ChartTable {
  return {
    // A full stop, not brackets: comparison titles often end in a bracketed note of their own.
    caption: `${chart.title}。${chart.subtitle}`,
    columns: [categoryHeading, ...chart.series.map(s => s.label)],
    rows: chart.categories.map((category, i) => [
      category,
      ...chart.series.map(s => formatValue(s.values[i] ?? null, chart.locale, chart.decimals)),
    ]),
  }
}

/**
 * One line per category, each cell named: `風險偏好：財政資金 未評分；銀行信貸 2。`
 * Notes are read in a proportional font, where aligned columns fall apart; named cells read
 * correctly aloud and still make sense if a notes viewer joins the lines.
 */
export function notesTable(chart: ChartCore, table: ChartTable): string {
  const strings = CHART_STRINGS[chart.locale]
  const series = table.columns.slice(1)
  const lines = table.rows.map(([category, ...cells]) =>
    `${category}：${cells.map((cell, i) => `${series[i]} ${cell}`).join(strings.clauseSeparator)}。`)
  return [`${strings.tableHeading}：${table.caption}`, ...lines].join('\n')
}

export function describeChart(chart: ChartCore): string {
  const strings = CHART_STRINGS[chart.locale]
  if ('scale' in chart) {
    return strings.describeRatings({
      kind: chart.kind,
      title: chart.title,
      channels: chart.series.map(s => s.label),
      dimensions: chart.categories.length,
      scale: strings.scaleRange(chart.scale),
      unrated: chart.series.reduce((n, s) => n + s.values.filter(v => v === null).length, 0),
    })
  }
  const values = chart.series.flatMap(s => s.values).filter((v): v is number => v !== null)
  const format = (v: number) => formatValue(v, chart.locale, chart.decimals)
  return strings.describeFigures({
    kind: chart.kind,
    title: chart.title,
    series: chart.series.map(s => s.label),
    categories: chart.categories.length,
    low: format(Math.min(...values)),
    high: format(Math.max(...values)),
    unit: chart.unit,
    source: chart.source,
  })
}
