import { describe, expect, it } from 'vitest'
import { resolveChart, type FigureChartData, type RatingChartData } from '../../scripts/charts/chart-data.ts'
import { DeckError } from '../../scripts/core/errors.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { ARTICLE, BARS, HEATMAP, LINE, RADAR } from './fixture.ts'

const rating = (chart = RADAR, locale: (typeof LOCALES)[number] = 'zh-Hant-TW') => resolveChart(ARTICLE, chart, locale) as RatingChartData
const figures = (chart = BARS, locale: (typeof LOCALES)[number] = 'zh-Hant-TW') => resolveChart(ARTICLE, chart, locale) as FigureChartData

describe('rating charts from the comparison block', () => {
  it('shows the chosen channels in the chosen order, over every dimension', () => {
    const chart = rating()
    expect(chart.kind).toBe('radar')
    expect(chart.series.map(s => s.id)).toEqual(['banks', 'angel-vc'])
    expect(chart.categories).toEqual(['風險偏好', '決策層級少／決策快', '不受短期回報壓力'])
    expect(chart.categoryIds).toEqual(['risk-appetite', 'decision-speed', 'patience'])
  })

  it('leaves an unrated channel and dimension null, never 0', () => {
    const chart = rating(HEATMAP)
    expect(chart.series.map(s => s.values)).toEqual([[2, 1, null], [5, 5, null], [null, null, 5]])
    expect(chart.table.rows[2]).toEqual(['不受短期回報壓力', '未評分', '未評分', '5'])
  })

  it('takes the scale from the comparison, not from the ratings', () => {
    expect(rating().scale).toEqual({ min: 1, max: 5, low: '低', high: '高' })
  })

  it.each([
    ['zh-Hans-CN', '编者依原文文字评分，非测量数据；1＝低 … 5＝高', '未评分'],
    ['zh-Hant-TW', '編者依原文文字評分，非量測資料；1＝低 … 5＝高', '未評分'],
    ['zh-Hant-HK', '編者依原文文字評分，並非量度數據；1＝低 … 5＝高', '未評分'],
  ] as const)('says in %s that the values are editorial ratings, not measurements', (locale, subtitle, notRated) => {
    const chart = rating(HEATMAP, locale)
    expect(chart.subtitle).toBe(subtitle)
    expect(chart.notRated).toBe(notRated)
    expect(chart.description).toContain(locale === 'zh-Hans-CN' ? '编者评分' : '編者評分')
  })

  it('keeps the article words behind every rating shown', () => {
    expect(rating().quotes).toEqual([
      { channelId: 'banks', dimensionId: 'risk-appetite', channel: '銀行信貸', dimension: '風險偏好', value: 2, text: '可估價、風險可解釋', paragraph: 4 },
      { channelId: 'angel-vc', dimensionId: 'risk-appetite', channel: '天使投資', dimension: '風險偏好', value: 5, text: '風險偏好高', paragraph: 11 },
      { channelId: 'banks', dimensionId: 'decision-speed', channel: '銀行信貸', dimension: '決策層級少／決策快', value: 1, text: '自上而下的特征明顯', paragraph: 11 },
      { channelId: 'angel-vc', dimensionId: 'decision-speed', channel: '天使投資', dimension: '決策層級少／決策快', value: 5, text: '決策層級少', paragraph: 11 },
    ])
  })

  it('counts the unrated cells in the description', () => {
    expect(rating(HEATMAP, 'zh-Hant-TW').description).toBe(
      '熱度圖：各類融資渠道的特點。依 3 個維度比較銀行信貸、天使投資、自有資金的編者評分（1＝低 … 5＝高），' +
      '評分依據原文文字，並非量測資料；其中 4 項原文未提及，未評分。各項數值見圖表資料表。',
    )
  })

  it('writes speaker notes as one named line per dimension', () => {
    expect(rating(HEATMAP, 'zh-Hans-CN').notesTable).toMatchInlineSnapshot(`
      "图表数据：各類融資渠道的特點。编者依原文文字评分，非测量数据；1＝低 … 5＝高
      風險偏好：銀行信貸 2；天使投資 5；自有資金 未评分。
      決策層級少／決策快：銀行信貸 1；天使投資 5；自有資金 未评分。
      不受短期回報壓力：銀行信貸 未评分；天使投資 未评分；自有資金 5。"
    `)
  })

  it('fails with E_SCHEMA on a channel the comparison does not have', () => {
    expect(() => resolveChart(ARTICLE, { type: 'radar', channels: ['nobody'] }, 'zh-Hant-TW')).toThrow(DeckError)
    const { comparison: _, ...bare } = ARTICLE
    expect(() => resolveChart(bare, HEATMAP, 'zh-Hant-TW')).toThrow(/comparison/)
  })

  it('is plain JSON: it survives the trip through slide frontmatter unchanged', () => {
    for (const chart of [rating(), rating(HEATMAP), figures(), figures(LINE)])
      expect(JSON.parse(JSON.stringify(chart))).toEqual(chart)
  })
})

describe('data charts from real figures', () => {
  it('cites the unit and the source in every locale', () => {
    expect(figures(BARS, 'zh-Hans-CN').subtitle).toBe('单位：億元；数据来源：國家統計局')
    expect(figures(BARS, 'zh-Hant-TW').subtitle).toBe('單位：億元；資料來源：國家統計局')
    expect(figures(BARS, 'zh-Hant-HK').subtitle).toBe('單位：億元；資料來源：國家統計局')
  })

  it('shows every value with the precision the data needs', () => {
    const chart = figures()
    expect(chart.decimals).toBe(2)
    expect(chart.table.columns).toEqual(['項目', '研發投入', '風險投資'])
    expect(chart.table.rows).toEqual([['2022', '120', '80'], ['2023', '135.5', '60'], ['2024', '150', '95.25']])
  })

  it('titles the chart by its series unless the slide gives a title', () => {
    expect(figures().title).toBe('研發投入、風險投資')
    expect(resolveChart(ARTICLE, BARS, 'zh-Hant-TW', { title: '投入' }).title).toBe('投入')
  })

  it('names the chart kind as each region does', () => {
    expect(figures(BARS, 'zh-Hans-CN').description).toMatch(/^柱状图：/)
    expect(figures(BARS, 'zh-Hant-TW').description).toMatch(/^長條圖：/)
    expect(figures(BARS, 'zh-Hant-HK').description).toMatch(/^棒形圖：/)
    expect(figures(LINE, 'zh-Hant-HK').description).toContain('數值介乎 60 至 150，單位：億元')
  })
})
