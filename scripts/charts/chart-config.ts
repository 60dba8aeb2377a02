/**
 * ChartData → chart.js configuration. Pure: the same data and settings always give the same
 * configuration, so tests check scales, colours and labels without a browser.
 */
import type { ChartConfiguration, ChartDataset, ChartOptions, FontSpec, Plugin } from 'chart.js'
import type { CanvasChartData, ChartData, FigureChartData, RatingChartData } from './chart-data.ts'
import { hatchFill } from './bar-patterns.ts'
import { GRID, INK, MUTED, seriesStyle, type SeriesStyle, wrapLabel } from './chart-style.ts'
import { valueLabelPlugin, type ValueLabelOptions } from './value-labels.ts'

export interface ChartSettings {
  /** Printing or exporting: draw the final state at once, at print resolution. */
  print: boolean
  /** CSS font family of the deck, such as `'Noto Sans TC', sans-serif`. */
  fontFamily: string
  /** Canvas pixels per CSS pixel; defaults to 3 in print and the screen's own ratio otherwise. */
  pixelRatio?: number
}

/** Pixel ratio for print: sharp text and lines on a PDF page zoomed to 300%. */
export const PRINT_PIXEL_RATIO = 3

/** Font sizes in CSS px, chosen for a 960×540 slide seen from the back of a room. */
export const FONT_SIZES = { tick: 14, category: 16, legend: 15, value: 14, axisTitle: 14 } as const

type Label = string | string[]
type Values = (number | null)[]
export type RadarConfig = ChartConfiguration<'radar', Values, Label>
export type BarConfig = ChartConfiguration<'bar', Values, Label>
export type LineConfig = ChartConfiguration<'line', Values, Label>
export type DeckChartConfig = RadarConfig | BarConfig | LineConfig

export function chartConfig(data: CanvasChartData, settings: ChartSettings): DeckChartConfig {
  switch (data.kind) {
    case 'radar':
      return radarConfig(data, settings)
    case 'bar':
      return barConfig(data, settings)
    case 'line':
      return lineConfig(data, settings)
  }
}

export function radarConfig(data: RatingChartData, settings: ChartSettings): RadarConfig {
  const font = fonts(settings.fontFamily)
  const datasets: ChartDataset<'radar', Values>[] = data.series.map((s, i) => {
    const style = seriesStyle(i, data.palette)
    return {
      ...outlinedSeries(s, style),
      backgroundColor: style.fill,
      pointBorderColor: style.color,
      fill: true,
      // A missing rating is a gap in the outline, never a dip to the scale's minimum.
      spanGaps: false,
    }
  })
  return {
    type: 'radar',
    data: { labels: data.categories.map(c => wrapLabel(c, 6)), datasets },
    options: {
      ...common(settings),
      scales: {
        r: {
          min: data.scale.min,
          max: data.scale.max,
          beginAtZero: data.scale.min <= 0,
          ticks: { stepSize: 1, color: MUTED, font: font('tick'), backdropColor: 'rgba(255, 255, 255, 0.85)' },
          pointLabels: { color: INK, font: font('category'), padding: 6 },
          grid: { color: GRID },
          angleLines: { color: GRID },
        },
      },
      plugins: {
        // Below, not beside: a radar is as wide as it is tall and its slide is wide, so a
        // legend at the side would take the width the radar needs for its category labels.
        legend: legend(font, 'bottom', true),
        dwValueLabels: valueLabels(data, settings),
      },
    },
    plugins: [valueLabelPlugin as Plugin<'radar'>],
  }
}

export function barConfig(data: FigureChartData, settings: ChartSettings): BarConfig {
  const datasets: ChartDataset<'bar', Values>[] = data.series.map((s, i) => {
    const style = seriesStyle(i, data.palette)
    return {
      label: s.label,
      data: [...s.values],
      // Hatched fills are made on the chart's own canvas, so they are resolved when drawing.
      backgroundColor: context => hatchFill(context.chart, style.color, style.hatch),
      borderColor: style.color,
      borderWidth: 1.5,
      maxBarThickness: 64,
      categoryPercentage: 0.72,
      barPercentage: 0.92,
    }
  })
  return {
    type: 'bar',
    data: { labels: data.categories.map(c => wrapLabel(c, 8)), datasets },
    options: { ...common(settings), scales: cartesianScales(data, settings), plugins: figurePlugins(data, settings, false) },
    plugins: [valueLabelPlugin as Plugin<'bar'>],
  }
}

export function lineConfig(data: FigureChartData, settings: ChartSettings): LineConfig {
  const datasets: ChartDataset<'line', Values>[] = data.series.map((s, i) => {
    const style = seriesStyle(i, data.palette)
    return {
      ...outlinedSeries(s, style),
      backgroundColor: style.color,
      fill: false,
      tension: 0,
      spanGaps: false,
    }
  })
  return {
    type: 'line',
    data: { labels: data.categories.map(c => wrapLabel(c, 8)), datasets },
    options: { ...common(settings), scales: cartesianScales(data, settings), plugins: figurePlugins(data, settings, true) },
    plugins: [valueLabelPlugin as Plugin<'line'>],
  }
}

/** A series drawn as an outline with marked points (radar and line): colour, dash, point shape. */
function outlinedSeries(series: { label: string; values: readonly (number | null)[] }, style: SeriesStyle) {
  return {
    label: series.label,
    data: [...series.values],
    borderColor: style.color,
    borderWidth: 2.5,
    borderDash: style.dash,
    pointStyle: style.pointStyle,
    pointRadius: 5,
    pointHoverRadius: 6,
    pointBackgroundColor: style.color,
  }
}

/** Settings every kind shares: fill the box, no animation in print, print resolution. */
function common(settings: ChartSettings) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    resizeDelay: 0,
    animation: settings.print ? (false as const) : { duration: 500 },
    devicePixelRatio: settings.pixelRatio ?? (settings.print ? PRINT_PIXEL_RATIO : undefined),
    layout: { padding: { top: 4, right: 8, bottom: 4, left: 8 } },
  }
}

/**
 * Value axis from zero (or below, for negative figures), never from the lowest value, which
 * would exaggerate differences; `grace` leaves room for the value labels above the top bar.
 */
function cartesianScales(data: FigureChartData, settings: ChartSettings) {
  const font = fonts(settings.fontFamily)
  return {
    x: { grid: { display: false }, ticks: { color: INK, font: font('category'), maxRotation: 0, autoSkip: false } },
    y: {
      beginAtZero: true,
      grace: '12%',
      grid: { color: GRID },
      border: { display: false },
      ticks: { color: MUTED, font: font('tick') },
      title: { display: true, text: data.unit, color: MUTED, font: font('axisTitle') },
    },
  }
}

function figurePlugins(data: FigureChartData, settings: ChartSettings, pointStyles: boolean) {
  const font = fonts(settings.fontFamily)
  // One series needs no legend: the caption already names it.
  return { legend: { ...legend(font, 'top', pointStyles), display: data.series.length > 1 }, dwValueLabels: valueLabels(data, settings) }
}

function legend(font: FontOf, position: 'top' | 'bottom', pointStyles: boolean) {
  return {
    display: true,
    position,
    align: 'center' as const,
    labels: { color: INK, font: font('legend'), usePointStyle: pointStyles, boxWidth: 18, boxHeight: 12, padding: 12 },
  }
}

function valueLabels(data: ChartData, settings: ChartSettings): ValueLabelOptions {
  return {
    colors: data.series.map((_, i) => seriesStyle(i, data.palette).textColor),
    sharedColor: INK,
    haloColor: '#ffffff',
    fontFamily: settings.fontFamily,
    fontSize: FONT_SIZES.value,
    fontWeight: 700,
    locale: data.locale,
    decimals: data.decimals,
  }
}

type FontOf = (size: keyof typeof FONT_SIZES) => Partial<FontSpec>
function fonts(family: string): FontOf {
  return size => ({ family, size: FONT_SIZES[size], weight: 400 })
}
