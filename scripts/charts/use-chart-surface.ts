/**
 * What every chart component does around its drawing: find the deck's font, load its glyphs,
 * and say when the chart is finished (`data-dw-chart-ready`), for the PDF exporter to wait on.
 */
import { nextTick, onMounted, ref, type Ref } from 'vue'
import type { ChartData } from './chart-data.ts'
import { chartFontFamily, chartGlyphs, loadChartFonts } from './chart-fonts.ts'

export interface ChartSurface {
  /** Bind to the chart's root element (`ref="root"`), which carries `data-dw-chart`. */
  root: Ref<HTMLElement | null>
  /** The deck's CSS font family, known once mounted. */
  fontFamily: Ref<string>
  /** True once the glyphs are loaded: only then may the chart be drawn. */
  fontsReady: Ref<boolean>
  /** True once the chart's final state is on screen: the value of `data-dw-chart-ready`. */
  ready: Ref<boolean>
  /** For canvas charts: call when chart.js has drawn its final frame (see ready-plugin.ts). */
  markReady: () => void
}

/**
 * `drawsOnCanvas: false` is for HTML charts (the heatmap): they are ready as soon as the
 * browser has laid out and painted their cells in the loaded font.
 */
export function useChartSurface(chart: () => ChartData, options: { drawsOnCanvas: boolean }): ChartSurface {
  const root = ref<HTMLElement | null>(null)
  const fontFamily = ref('sans-serif')
  const fontsReady = ref(false)
  const ready = ref(false)
  const markReady = () => {
    ready.value = true
  }

  onMounted(async () => {
    fontFamily.value = chartFontFamily(root.value, chart())
    await loadChartFonts(fontFamily.value, chartGlyphs(chart()))
    fontsReady.value = true
    if (options.drawsOnCanvas) return
    await nextTick()
    requestAnimationFrame(markReady)
  })

  return { root, fontFamily, fontsReady, ready, markReady }
}
