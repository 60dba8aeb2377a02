import { describe, expect, it } from 'vitest'
import { barConfig, chartConfig, lineConfig, radarConfig, type ChartSettings } from '../../scripts/charts/chart-config.ts'
import { resolveChart, type CanvasChartData, type FigureChartData, type RatingChartData } from '../../scripts/charts/chart-data.ts'
import { contrast, MAX_SERIES, PALETTE, seriesStyle } from '../../scripts/charts/chart-style.ts'
import type { Locale } from '../../scripts/core/locales.ts'
import { valueLabelPlugin } from '../../scripts/charts/value-labels.ts'
import { ARTICLE, BARS, HEATMAP, LINE } from './fixture.ts'

const SCREEN: ChartSettings = { print: false, fontFamily: "'Noto Sans TC', sans-serif" }
const PRINT: ChartSettings = { ...SCREEN, print: true }
const radarData = (locale: Locale = 'zh-Hant-TW') =>
  ({ ...resolveChart(ARTICLE, HEATMAP, locale), kind: 'radar' }) as RatingChartData
const bars = resolveChart(ARTICLE, BARS, 'zh-Hant-TW') as FigureChartData
const line = resolveChart(ARTICLE, LINE, 'zh-Hant-TW') as FigureChartData

describe('radar configuration', () => {
  it('spans the whole rating scale, not just the values rated', () => {
    const r = radarConfig(radarData(), SCREEN).options!.scales!.r!
    expect(r).toMatchObject({ min: 1, max: 5, beginAtZero: false, ticks: { stepSize: 1 } })
  })

  it('starts at zero when the scale does', () => {
    const data = radarData()
    const r = radarConfig({ ...data, scale: { ...data.scale, min: 0 } }, SCREEN).options!.scales!.r!
    expect(r).toMatchObject({ min: 0, max: 5, beginAtZero: true })
  })

  it('keeps unrated values null, drawn as gaps', () => {
    const { datasets } = radarConfig(radarData(), SCREEN).data
    expect(datasets.map(d => d.data)).toEqual([[2, 1, null], [5, 5, null], [null, null, 5]])
    expect(datasets.every(d => d.spanGaps === false)).toBe(true)
  })

  it('tells series apart by colour, dash and point shape', () => {
    const { datasets } = radarConfig(radarData(), SCREEN).data
    for (const key of ['borderColor', 'borderDash', 'pointStyle'] as const)
      expect(new Set(datasets.map(d => JSON.stringify(d[key]))).size).toBe(datasets.length)
  })

  it('wraps long dimension labels onto two lines', () => {
    expect(radarConfig(radarData(), SCREEN).data.labels).toEqual([['風險偏好'], ['決策層級少／', '決策快'], ['不受短期', '回報壓力']])
  })

  it('labels the legend with the localised channel names, in the deck font', () => {
    const config = radarConfig(radarData('zh-Hans-CN'), SCREEN)
    expect(config.data.datasets.map(d => d.label)).toEqual(['銀行信貸', '天使投資', '自有資金'])
    expect(config.options!.plugins!.legend!.labels!.font).toMatchObject({ family: SCREEN.fontFamily, size: 15 })
  })
})

describe('printing', () => {
  it('draws the final state at once, at the 3× resolution the README promises', () => {
    for (const data of [radarData() as CanvasChartData, bars, line]) {
      const options = chartConfig(data, PRINT).options!
      expect(options.animation).toBe(false)
      expect(options.devicePixelRatio).toBe(3)
    }
  })

  it('animates on screen, at the pixel ratio the component asks for', () => {
    const options = chartConfig(bars, { ...SCREEN, pixelRatio: 2 }).options!
    expect(options.animation).toEqual({ duration: 500 })
    expect(options.devicePixelRatio).toBe(2)
  })
})

describe('bar and line configuration', () => {
  it('starts the value axis at zero, names the unit and leaves room for labels', () => {
    for (const config of [barConfig(bars, SCREEN), lineConfig(line, SCREEN)]) {
      expect(config.options!.scales!.y).toMatchObject({ beginAtZero: true, grace: '12%', title: { display: true, text: '億元' } })
      expect(config.options!.scales!.y).not.toHaveProperty('min')
    }
  })

  it('hatches bars after the first, so they differ by more than colour', () => {
    const [first, second] = barConfig(bars, SCREEN).data.datasets
    expect(typeof first!.backgroundColor).toBe('function')
    expect(seriesStyle(0).hatch).toBe('none')
    expect(seriesStyle(1).hatch).not.toBe('none')
    expect(second!.borderColor).toBe(PALETTE[1])
  })

  it('hides the legend of a single series, which the caption already names', () => {
    const one = { ...bars, series: bars.series.slice(0, 1) }
    expect(barConfig(one, SCREEN).options!.plugins!.legend!.display).toBe(false)
    expect(barConfig(bars, SCREEN).options!.plugins!.legend!.display).toBe(true)
  })
})

describe('direct value labels', () => {
  it('are drawn by the inline plugin, formatted as the table is', () => {
    const config = barConfig(bars, SCREEN)
    expect(config.plugins).toContain(valueLabelPlugin)
    expect(config.options!.plugins!.dwValueLabels).toMatchObject({ locale: 'zh-Hant-TW', decimals: 2, fontFamily: SCREEN.fontFamily })
  })

  it('use text colours that read on white', () => {
    const labels = radarConfig(radarData(), SCREEN).options!.plugins!.dwValueLabels
    if (!labels?.colors) throw new Error('no value labels')
    expect(labels.colors).toHaveLength(3)
    for (const color of labels.colors as string[]) expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })
})

describe('palette', () => {
  it('has as many distinct colour-blind-safe colours as charts may have series', () => {
    expect(PALETTE).toHaveLength(MAX_SERIES)
    expect(new Set(PALETTE).size).toBe(PALETTE.length)
    expect(PALETTE).toContain('#0072B2') // Okabe–Ito blue
  })

  it('gives every series slot its own point shape, dash and hatch', () => {
    const styles = Array.from({ length: MAX_SERIES }, (_, i) => seriesStyle(i))
    for (const key of ['pointStyle', 'hatch'] as const) expect(new Set(styles.map(s => s[key])).size).toBe(MAX_SERIES)
    expect(new Set(styles.map(s => s.dash.join(','))).size).toBe(MAX_SERIES)
  })
})
