/**
 * What every chart component does around its drawing: find the deck's font, load its glyphs,
 * and say when the chart is finished (`data-dw-chart-ready`), for the PDF exporter to wait on.
 */
import { computed, nextTick, onMounted, ref, type ComputedRef, type Ref } from 'vue'
import type { ChartSettings } from './chart-config.ts'
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

export interface CanvasChart extends ChartSurface {
  /** How chart.js draws now: print mode, the deck's font, the pixel ratio. */
  settings: ComputedRef<ChartSettings>
}

/**
 * The surface of a chart drawn by chart.js, with its drawing settings. `printing` says whether
 * the deck is being printed or exported (components ask Slidev's `useNav`, which is client code
 * and stays out of this module so that it type-checks and tests without Slidev's client).
 */
export function useCanvasChart(chart: () => ChartData, printing: () => boolean): CanvasChart {
  const surface = useChartSurface(chart, { drawsOnCanvas: true })
  const settings = computed<ChartSettings>(() => ({
    print: printing(),
    fontFamily: surface.fontFamily.value,
    // Slidev scales the 960 px slide up to the screen; draw at 2× at least so text stays sharp.
    // In print, chart-config uses its own print resolution.
    pixelRatio: printing() ? undefined : Math.max(window.devicePixelRatio || 1, 2),
  }))
  return { ...surface, settings }
}
