import { describe, expect, it } from 'vitest'
import { resolveChart, type RatingChartData } from '../../scripts/charts/chart-data.ts'
import { chartGlyphs } from '../../scripts/charts/chart-fonts.ts'
import { contrast, heatColor, wrapLabel } from '../../scripts/charts/chart-style.ts'
import { heatmapModel } from '../../scripts/charts/heatmap-model.ts'
import { layoutLabels, mergeCoincident, overlaps, type LabelRequest } from '../../scripts/charts/label-layout.ts'
import { ARTICLE, HEATMAP } from './fixture.ts'

const measure = (text: string) => ({ width: text.length * 8, height: 16 })
const bounds = { left: 0, top: 0, right: 400, bottom: 300 }
const up = (x: number, y: number, text: string, color = '#000'): LabelRequest => ({ x, y, dirX: 0, dirY: -1, text, color })

describe('value label placement', () => {
  it('puts a label beside its mark, in the preferred direction', () => {
    const [label] = layoutLabels([up(100, 100, '3')], { measure, obstacles: [], bounds, sharedColor: '#111', gap: 4 })
    expect(label).toMatchObject({ x: 100, y: 100 - 4 - 8, text: '3' })
  })

  it('never lets labels cover each other or the marks', () => {
    const requests = [up(100, 100, '2', '#a'), up(104, 100, '5', '#b'), up(108, 100, '4', '#c')]
    const marks = requests.map(r => ({ left: r.x - 3, right: r.x + 3, top: r.y - 3, bottom: r.y + 3 }))
    const labels = layoutLabels(requests, { measure, obstacles: marks, bounds, sharedColor: '#111' })
    expect(labels.map(label => label.text)).toEqual(['2', '5', '4'])
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false)
      for (const m of marks) expect(overlaps(a.box, m)).toBe(false)
    }
  })

  it('stays inside the chart area when there is room', () => {
    const [label] = layoutLabels([up(100, 2, '5')], { measure, obstacles: [], bounds, sharedColor: '#111' })
    expect(label!.box.top).toBeGreaterThanOrEqual(0)
  })

  it('writes one shared label for series with the same value at the same spot', () => {
    expect(mergeCoincident([up(50, 50, '2', '#a'), up(51, 50, '2', '#b'), up(50, 50, '3', '#c')], '#111'))
      .toEqual([up(50, 50, '2', '#111'), up(50, 50, '3', '#c')])
  })
})

describe('heatmap', () => {
  const data = resolveChart(ARTICLE, HEATMAP, 'zh-Hant-HK') as RatingChartData
  const model = heatmapModel(data)

  it('prints every value in its cell and says 未評分 where there is none', () => {
    expect(model.columns).toEqual(['銀行信貸', '天使投資', '自有資金'])
    expect(model.rows.map(r => r.cells.map(c => c.text))).toEqual([['2', '5', '未評分'], ['1', '5', '未評分'], ['未評分', '未評分', '5']])
    expect(model.rows[0]!.cells[2]).toMatchObject({ value: null, background: '' })
  })

  it('keys the colours with both ends of the scale named', () => {
    expect(model.key.map(k => k.text)).toEqual(['1＝低', '2', '3', '4', '5＝高'])
  })

  it('darkens with the value and keeps the number readable on every cell', () => {
    const steps = [1, 2, 3, 4, 5].map(v => heatColor(v, 1, 5))
    expect(new Set(steps.map(s => s.background)).size).toBe(5)
    for (const { background, color } of steps) expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('labels and glyphs', () => {
  it('breaks long labels after punctuation or a conjunction', () => {
    expect(wrapLabel('決策層級少／決策快', 6)).toEqual(['決策層級少／', '決策快'])
    expect(wrapLabel('適配輕資產與早期企業', 6)).toEqual(['適配輕資產與', '早期企業'])
    expect(wrapLabel('風險偏好', 6)).toEqual(['風險偏好'])
  })

  it('lists every character the chart draws, once, for the font loader', () => {
    const glyphs = chartGlyphs(resolveChart(ARTICLE, HEATMAP, 'zh-Hant-TW'))
    for (const char of '銀行信貸風險偏好未評分0123456789') expect(glyphs).toContain(char)
    expect(new Set(glyphs).size).toBe([...glyphs].length)
  })
})
