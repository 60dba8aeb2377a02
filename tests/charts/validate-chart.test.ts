import { describe, expect, it, vi } from 'vitest'
import { resolveChart, type ChartData, type RatingChartData } from '../../scripts/charts/chart-data.ts'
import { chartPropValidator, validateChartData } from '../../scripts/charts/validate-chart.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { ARTICLE, BARS, HEATMAP, LINE, RADAR } from './fixture.ts'

const heatmap = resolveChart(ARTICLE, HEATMAP, 'zh-Hant-TW') as RatingChartData
const withSeries = (data: ChartData, series: ChartData['series']) => ({ ...data, series }) as ChartData

describe('chart data validation', () => {
  it('accepts every chart resolveChart makes, in every locale', () => {
    for (const locale of LOCALES) {
      for (const chart of [RADAR, HEATMAP, BARS, LINE]) expect(validateChartData(resolveChart(ARTICLE, chart, locale))).toEqual([])
    }
  })

  it('rejects a value outside the scale, naming where it is', () => {
    const bad = withSeries(heatmap, [{ ...heatmap.series[0]!, values: [7, 1, null] }, ...heatmap.series.slice(1)])
    expect(validateChartData(bad)).toEqual(['series[0].values[0]: 7 is not a whole number on the scale 1–5'])
  })

  it('rejects a series whose length does not match the categories', () => {
    const bad = withSeries(heatmap, [{ ...heatmap.series[0]!, values: [2, 1] }, ...heatmap.series.slice(1)])
    expect(validateChartData(bad)).toContain('series[0].values: expected 3 values (one per category), got 2')
  })

  it('rejects empty labels and titles', () => {
    const bad = { ...heatmap, title: ' ', categories: ['風險偏好', '', '不受短期回報壓力'] }
    expect(validateChartData(bad)).toEqual([
      'title: expected a non-empty string, got " "',
      'categories[1]: expected a non-empty label, got ""',
    ])
  })

  it('rejects 0 standing in for an unrated value only when 0 is off the scale', () => {
    const zero = withSeries(heatmap, [{ ...heatmap.series[0]!, values: [2, 1, 0] }, ...heatmap.series.slice(1)])
    expect(validateChartData(zero)).toEqual(['series[0].values[2]: 0 is not a whole number on the scale 1–5'])
  })

  it('keeps radars legible: at most four channels, at least three spokes', () => {
    const radar = { ...heatmap, kind: 'radar' } as RatingChartData
    const crowded = withSeries(radar, [...radar.series, ...radar.series.map(s => ({ ...s, id: `${s.id}-2` }))])
    expect(validateChartData(crowded)).toContainEqual(expect.stringMatching(/^series: a radar shows at most 4 channels at a time, got 6/))
    const twoSpokes = resolveChart(ARTICLE, { type: 'radar', dimensions: ['risk-appetite', 'patience'] }, 'zh-Hant-TW')
    expect(validateChartData(twoSpokes)).toEqual(['categories: a radar needs at least 3 dimensions, got 2; use a heatmap'])
  })

  it('reports data that is not chart data at all', () => {
    expect(validateChartData(null)).toEqual(['chart: expected an object, got null'])
    expect(validateChartData({ kind: 'pie' })).toContain('kind: expected one of radar, heatmap, bar, line, got "pie"')
  })

  it('serves as a Vue prop validator that explains what is wrong', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(chartPropValidator(['radar'])(heatmap)).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('kind: this component draws radar, got heatmap'))
    expect(chartPropValidator(['heatmap'])(heatmap)).toBe(true)
    warn.mockRestore()
  })
})
