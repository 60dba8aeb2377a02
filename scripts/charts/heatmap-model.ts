/**
 * The heatmap as rows of coloured cells: dimensions down, channels across, the value printed in
 * every cell. HTML cells print as crisp vector text, so the heatmap needs no canvas.
 */
import type { RatingChartData } from './chart-data.ts'
import { heatColor } from './chart-style.ts'
import { formatValue } from './chart-text.ts'

export interface HeatmapCell {
  value: number | null
  /** The value, or the not-rated text. */
  text: string
  /** Empty for unrated cells, which are hatched by the component instead. */
  background: string
  color: string
}

export interface HeatmapRow {
  label: string
  cells: HeatmapCell[]
}

/** One swatch of the colour key. */
export interface HeatmapKeyItem {
  text: string
  background: string
  color: string
}

export interface HeatmapModel {
  /** Column headings: the channels. */
  columns: string[]
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
    columns: data.series.map(s => s.label),
    rows: data.categories.map((label, r) => ({ label, cells: data.series.map(s => cell(s.values[r] ?? null)) })),
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
