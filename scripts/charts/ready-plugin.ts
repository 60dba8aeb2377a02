/**
 * Tells a component when its chart is really on the canvas, so the PDF exporter can wait for
 * `[data-dw-chart]:not([data-dw-chart-ready="true"])` to be empty instead of sleeping.
 */
import type { ChartType, Plugin } from 'chart.js'

/**
 * chart.js fires `afterRender` once the final frame is drawn: straight after the draw when
 * animation is off (print), or when the last animation completes (screen). A chart laid out at
 * zero size has drawn nothing yet; it renders again when it gets a size.
 */
export function readyPlugin(onReady: () => void): Plugin<ChartType> {
  let ready = false
  return {
    id: 'dwReady',
    afterRender(chart) {
      if (ready || chart.width <= 0 || chart.height <= 0) return
      ready = true
      onReady()
    },
  }
}
