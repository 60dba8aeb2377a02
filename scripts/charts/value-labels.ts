/**
 * A tiny chart.js plugin that writes each value next to its point or bar, so a reader never has
 * to estimate a value from gridlines or match colours to a legend. Placement is in label-layout.ts.
 */
import type { Chart, ChartType, Plugin, PointElement, RadialLinearScale } from 'chart.js'
import { layoutLabels, type Box, type LabelRequest } from './label-layout.ts'

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

/** Radius around a point that its label keeps clear of. */
const POINT_CLEARANCE = 6

export const valueLabelPlugin: Plugin<ChartType, ValueLabelOptions> = {
  id: 'dwValueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart
    const format = new Intl.NumberFormat(options.locale, { maximumFractionDigits: options.decimals })
    const { requests, obstacles } = collectMarks(chart, options, v => format.format(v))
    ctx.save()
    ctx.font = `${options.fontWeight} ${options.fontSize}px ${options.fontFamily}`
    const height = options.fontSize * 1.15
    const area = chart.chartArea
    const labels = layoutLabels(requests, {
      measure: text => ({ width: ctx.measureText(text).width, height }),
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
  },
}

/** Every visible value with its mark's position and preferred label direction. */
function collectMarks(chart: Chart, options: ValueLabelOptions, format: (v: number) => string): { requests: LabelRequest[]; obstacles: Box[] } {
  const requests: LabelRequest[] = []
  const obstacles: Box[] = []
  const radial = chart.scales.r as RadialLinearScale | undefined
  chart.data.datasets.forEach((dataset, i) => {
    if (!chart.isDatasetVisible(i)) return
    const meta = chart.getDatasetMeta(i)
    meta.data.forEach((element, j) => {
      const value = dataset.data[j]
      if (typeof value !== 'number') return
      const color = options.colors[i] ?? options.sharedColor
      if (meta.type === 'bar') {
        const { x, y, base, width } = element as unknown as BarGeometry
        obstacles.push({ left: x - width / 2, right: x + width / 2, top: Math.min(y, base), bottom: Math.max(y, base) })
        requests.push({ x, y, dirX: 0, dirY: value < 0 ? 1 : -1, text: format(value), color })
        return
      }
      const { x, y } = element as PointElement
      obstacles.push({ left: x - POINT_CLEARANCE, right: x + POINT_CLEARANCE, top: y - POINT_CLEARANCE, bottom: y + POINT_CLEARANCE })
      // On a radar, labels point outwards along their spoke; elsewhere, up.
      const angle = radial ? radial.getPointPosition(j, 0).angle : -Math.PI / 2
      requests.push({ x, y, dirX: Math.cos(angle), dirY: Math.sin(angle), text: format(value), color })
    })
  })
  return { requests, obstacles }
}
