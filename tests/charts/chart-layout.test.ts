import { describe, expect, it } from 'vitest'
import { resolveChart, type RatingChartData } from '../../scripts/charts/chart-data.ts'
import { chartGlyphs } from '../../scripts/charts/chart-fonts.ts'
import { contrast, heatColor, wordUnits, wrapLabel } from '../../scripts/charts/chart-style.ts'
import { heatmapModel } from '../../scripts/charts/heatmap-model.ts'
import { layoutLabels, mergeCoincident, overlaps, radarMarks, type Box, type LabelRequest, type RadarGeometry } from '../../scripts/charts/label-layout.ts'
import { ArticleSchema } from '../../scripts/load/schema.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import { ROOT } from '../../scripts/core/paths.ts'
import { join } from 'node:path'
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
    expect(model.columns.map(c => c.text)).toEqual(['銀行信貸', '天使投資', '自有資金'])
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

describe('heat-map headings break only between words', () => {
  it.each([
    ['自有資金（DeepSeek）', ['自有資金', '（DeepSeek）']],
    ['天使投資與獨立風投', ['天使投資與', '獨立風投']],
    ['決策層級少／決策快', ['決策層級少／', '決策快']],
    ['Open Source Fund', ['Open ', 'Source ', 'Fund']],
    ['風險偏好', ['風險偏好']],
    ['雲市集（政府補助）與（試行）', ['雲市集', '（政府補助）', '與', '（試行）']],
  ])('%s → %j', (label, units) => {
    expect(wordUnits(label)).toEqual(units)
    expect(wordUnits(label).join('')).toBe(label)
  })

  it('uses the channel\'s short label for its column, and the full label everywhere else', () => {
    const article = ArticleSchema.parse({
      ...ARTICLE,
      comparison: { ...ARTICLE.comparison!, channels: [{ id: 'banks', label: '銀行信貸' }, { id: 'angel-vc', label: '天使投資與獨立風投', short: '天使與風投' }, { id: 'self-funding', label: '自有資金（DeepSeek）' }] },
    })
    const data = resolveChart(article, HEATMAP, 'zh-Hant-TW') as RatingChartData
    const columns = heatmapModel(data).columns
    expect(columns.map(c => c.text)).toEqual(['銀行信貸', '天使與風投', '自有資金（DeepSeek）'])
    expect(columns[2]!.units).toEqual(['自有資金', '（DeepSeek）'])
    expect(data.table.columns).toContain('天使投資與獨立風投')
    expect(data.series.map(s => s.label)).toContain('天使投資與獨立風投')
  })
})

describe('radar value labels', () => {
  const measure = (text: string) => ({ width: text.length * 9, height: 16 })
  /** chart.js's radial scale, reduced to its geometry: spokes from the top, clockwise. */
  function radarGeometry(data: RatingChartData, center: { x: number; y: number }, radius: number): RadarGeometry {
    const { min, max } = data.scale
    const angles = data.categories.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / data.categories.length)
    const point = (spoke: number, value: number) => {
      const r = (radius * (value - min)) / (max - min)
      return { x: center.x + r * Math.cos(angles[spoke]!), y: center.y + r * Math.sin(angles[spoke]!) }
    }
    const box = (x: number, y: number, width: number, height: number): Box => ({ left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 })
    // Tick numbers sit on the first spoke on a white backdrop, 2 px of padding round 14 px text.
    const ticks = Array.from({ length: max - min }, (_, i) => min + 1 + i).map(v => box(point(0, v).x, point(0, v).y, measure(String(v)).width + 4, 18))
    const categories = data.categories.map((label, i) => box(center.x + (radius + 40) * Math.cos(angles[i]!), center.y + (radius + 30) * Math.sin(angles[i]!), measure(label).width, 20))
    return { angles, point, ticks, categories }
  }

  it.each([90, 110, 140])('never cover each other, a point, a tick number or a category label, on the first deck\'s radar (radius %i)', async (radius) => {
    const deck = await readDeck(join(ROOT, 'data', 'deepseek-tech-finance'))
    const radars = deck.article.sections.flatMap(s => s.slides).flatMap(slide => slide.layout === 'chart' && slide.chart.type === 'radar' ? [slide.chart] : [])
    expect(radars.length).toBeGreaterThan(0)
    for (const chart of radars) {
      const data = resolveChart(deck.article, chart, 'zh-Hant-TW') as RatingChartData
      const geometry = radarGeometry(data, { x: 320, y: 180 }, radius)
      const { requests, obstacles } = radarMarks(geometry, data.series.map(s => ({ values: s.values, color: '#000' })), String)
      const labels = layoutLabels(requests, { measure, obstacles, bounds: { left: 0, top: 0, right: 640, bottom: 360 }, sharedColor: '#111', gap: 8 })
      // One label per rated spot: series rated the same on a spoke share a label.
      const spots = new Set(data.series.flatMap(s => s.values.flatMap((v, spoke) => (v === null ? [] : [`${spoke}:${v}`]))))
      expect(labels).toHaveLength(spots.size)
      expect(spots.size).toBeGreaterThan(5)
      for (const [i, label] of labels.entries()) {
        for (const other of labels.slice(i + 1)) expect(overlaps(label.box, other.box), `${label.text} and ${other.text}`).toBe(false)
        for (const obstacle of obstacles) expect(overlaps(label.box, obstacle), `${label.text} on a ${obstacle.kind}`).toBe(false)
      }
      // The tick numbers are obstacles: a label on the first spoke moves off them.
      expect(obstacles.filter(o => o.kind === 'tick')).toHaveLength(data.scale.max - data.scale.min)
    }
  })
})
