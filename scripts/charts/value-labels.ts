/**
 * A tiny chart.js plugin that writes each value next to its point or bar, so a reader never has
 * to estimate a value from gridlines or match colours to a legend. Placement is in label-layout.ts.
 */
import type { Chart, ChartType, FontSpec, Plugin, PointElement, RadialLinearScale } from 'chart.js'
import { toFont, toPadding } from 'chart.js/helpers'
import { layoutLabels, POINT_CLEARANCE, pointBox, radarMarks, type Box, type LabelRequest, type Obstacle, type PlacedLabel, type RadarGeometry, type RadarSeries } from './label-layout.ts'

export interface ValueLabelOptions {
  /** Text colour of each dataset's labels (readable on white). */
  colors: string[]
  /** Colour of one label standing for several datasets with the same value at the same spot. */
  sharedColor: string
  /** Halo drawn behind the text so it reads over lines and gridlines. */
  haloColor: string
  fontFamily: string
  fontSize: number
  fontWeight: number
  /** BCP 47 locale and the most fraction digits a value is shown with (as in the table). */
  locale: string
  decimals: number
}

declare module 'chart.js' {
  // TType is unused here but must match chart.js's declaration to merge with it.
  interface PluginOptionsByType<TType extends ChartType> {
    dwValueLabels?: ValueLabelOptions
  }
}

/** What the plugin reads of a drawn bar (chart.js types its props as possibly null). */
interface BarGeometry {
  x: number
  y: number
  base: number
  width: number
}

export const valueLabelPlugin: Plugin<ChartType, ValueLabelOptions> = {
  id: 'dwValueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart
    const format = new Intl.NumberFormat(options.locale, { maximumFractionDigits: options.decimals })
    ctx.save()
    ctx.font = `${options.fontWeight} ${options.fontSize}px ${options.fontFamily}`
    const height = options.fontSize * 1.15
    const measure = (text: string) => ({ width: ctx.measureText(text).width, height })
    const { requests, obstacles } = collectMarks(chart, options, v => format.format(v))
    const area = chart.chartArea
    const labels = layoutLabels(requests, {
      measure,
      obstacles,
      bounds: { left: area.left, top: area.top - height, right: area.right, bottom: area.bottom },
      sharedColor: options.sharedColor,
      gap: POINT_CLEARANCE + 2,
    })
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    ctx.lineJoin = 'round'
    ctx.lineWidth = 4
    ctx.strokeStyle = options.haloColor
    for (const label of labels) {
      ctx.strokeText(label.text, label.x, label.y)
      ctx.fillStyle = label.color
      ctx.fillText(label.text, label.x, label.y)
    }
    ctx.restore()
    recordLabels(chart, labels, obstacles)
  },
}

/**
 * Writes where the labels went onto the canvas (`data-dw-value-labels`, CSS pixels), so the
 * export's layout check and the tests can see that none covers another or a tick number.
 */
function recordLabels(chart: Chart, labels: readonly PlacedLabel[], obstacles: readonly Obstacle[]): void {
  const canvas = chart.canvas as HTMLCanvasElement | undefined
  if (!canvas?.setAttribute) return
  const round = (box: Box) => ({ left: +box.left.toFixed(1), top: +box.top.toFixed(1), right: +box.right.toFixed(1), bottom: +box.bottom.toFixed(1) })
  canvas.setAttribute('data-dw-value-labels', JSON.stringify({
    labels: labels.map(label => ({ text: label.text, box: round(label.box) })),
    obstacles: obstacles.map(obstacle => ({ kind: obstacle.kind, box: round(obstacle) })),
  }))
}

/** Every visible value with its mark's position and preferred label direction. */
function collectMarks(chart: Chart, options: ValueLabelOptions, format: (v: number) => string): { requests: LabelRequest[]; obstacles: Obstacle[] } {
  const radial = chart.scales.r as RadialLinearScale | undefined
  if (radial) return radarMarks(radarGeometry(chart, radial), visibleSeries(chart, options), format)
  const requests: LabelRequest[] = []
  const obstacles: Obstacle[] = []
  chart.data.datasets.forEach((dataset, i) => {
    if (!chart.isDatasetVisible(i)) return
    const meta = chart.getDatasetMeta(i)
    meta.data.forEach((element, j) => {
      const value = dataset.data[j]
      if (typeof value !== 'number') return
      const color = options.colors[i] ?? options.sharedColor
      if (meta.type === 'bar') {
        const { x, y, base, width } = element as unknown as BarGeometry
        obstacles.push({ kind: 'mark', left: x - width / 2, right: x + width / 2, top: Math.min(y, base), bottom: Math.max(y, base) })
        requests.push({ x, y, dirX: 0, dirY: value < 0 ? 1 : -1, text: format(value), color })
        return
      }
      const { x, y } = element as PointElement
      obstacles.push(pointBox(x, y))
      requests.push({ x, y, dirX: 0, dirY: -1, text: format(value), color })
    })
  })
  return { requests, obstacles }
}

function visibleSeries(chart: Chart, options: ValueLabelOptions): RadarSeries[] {
  return chart.data.datasets.flatMap((dataset, i) => chart.isDatasetVisible(i)
    ? [{ values: dataset.data.map(v => (typeof v === 'number' ? v : null)), color: options.colors[i] ?? options.sharedColor }]
    : [])
}

/** What chart.js drew of a radar's scale: spokes, the tick numbers and the category labels. */
function radarGeometry(chart: Chart, scale: RadialLinearScale): RadarGeometry {
  const { ctx } = chart
  const ticks = scale.options.ticks
  const font = toFont(ticks.font as Partial<FontSpec>)
  const pad = toPadding(ticks.backdropPadding)
  ctx.save()
  ctx.font = font.string
  const tickBoxes = scale.ticks.flatMap((tick, index) => {
    // chart.js leaves out the innermost number on a scale that starts at 0 or above.
    if (index === 0 && scale.min >= 0 && !scale.options.reverse) return []
    const at = scale.getPointPositionForValue(0, tick.value)
    const width = ctx.measureText(String(tick.label)).width
    return [{ left: at.x - width / 2 - pad.left, right: at.x + width / 2 + pad.right, top: at.y - font.size / 2 - pad.top, bottom: at.y + font.size / 2 + pad.bottom }]
  })
  ctx.restore()
  const spokes = chart.data.labels?.length ?? 0
  return {
    angles: Array.from({ length: spokes }, (_, i) => scale.getPointPosition(i, 0).angle),
    point: (spoke, value) => scale.getPointPositionForValue(spoke, value),
    ticks: tickBoxes,
    categories: Array.from({ length: spokes }, (_, i) => scale.getPointLabelPosition(i)),
  }
}
