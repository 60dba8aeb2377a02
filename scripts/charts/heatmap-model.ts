/**
 * The heatmap as rows of coloured cells: dimensions down, channels across, the value printed in
 * every cell. HTML cells print as crisp vector text, so the heatmap needs no canvas.
 */
import type { RatingChartData } from './chart-data.ts'
import { heatColor, wordUnits } from './chart-style.ts'
import { formatValue } from './chart-text.ts'

export interface HeatmapCell {
  value: number | null
  /** The value, or the not-rated text. */
  text: string
  /** Empty for unrated cells, which are hatched by the component instead. */
  background: string
  color: string
}

/**
 * A heading as units that never break inside (a word, or 自有資金 and （DeepSeek）): the
 * component sets each on one line and lets the line break only between them.
 */
export interface HeatmapHeading {
  text: string
  units: string[]
}

export interface HeatmapRow {
  label: HeatmapHeading
  cells: HeatmapCell[]
}

/** One swatch of the colour key. */
export interface HeatmapKeyItem {
  text: string
  background: string
  color: string
}

export interface HeatmapModel {
  /** Column headings: the channels, by their short labels where the data gives them. */
  columns: HeatmapHeading[]
  rows: HeatmapRow[]
  /** Colour key: each step of the scale from low to high. */
  key: HeatmapKeyItem[]
}

export function heatmapModel(data: RatingChartData): HeatmapModel {
  const { min, max } = data.scale
  const cell = (value: number | null): HeatmapCell => ({
    value,
    text: formatValue(value, data.locale, data.decimals),
    ...(value === null ? { background: '', color: '' } : heatColor(value, min, max)),
  })
  return {
    columns: data.series.map(s => heading(s.heading)),
    rows: data.categories.map((label, r) => ({ label: heading(label), cells: data.series.map(s => cell(s.values[r] ?? null)) })),
    key: scaleSteps(min, max).map(value => ({ text: keyText(value, data), ...heatColor(value, min, max) })),
  }
}

function scaleSteps(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i)
}

/** `1＝低`, `2`, … `5＝高`: the ends of the key say what they mean. */
function keyText(value: number, data: RatingChartData): string {
  const text = formatValue(value, data.locale, data.decimals)
  if (value === data.scale.min) return `${text}＝${data.scale.low}`
  if (value === data.scale.max) return `${text}＝${data.scale.high}`
  return text
}

function heading(text: string): HeatmapHeading {
  return { text, units: wordUnits(text) }
}
