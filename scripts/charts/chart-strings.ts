/**
 * The chart components' own words, written for each locale directly (not converted by OpenCC),
 * so each reads as written for its region: 数据/資料/數據, 柱状图/長條圖/棒形圖, 测量/量測/量度.
 */
import type { Locale } from '../core/locales.ts'
import type { ChartKind, ChartScale } from './chart-data.ts'

/** What a rating chart's description says, filled in from the data. */
export interface RatingSummary {
  kind: ChartKind
  title: string
  channels: string[]
  dimensions: number
  scale: string
  unrated: number
}

/** What a data chart's description says, filled in from the data. */
export interface FigureSummary {
  kind: ChartKind
  title: string
  series: string[]
  categories: number
  /** Smallest and largest value, already formatted. */
  low: string
  high: string
  unit: string
  source: string
}

export interface ChartStrings {
  /** Says the numbers are editorial ratings drawn from the article's words, not measurements. */
  editorialNote: string
  /** `1＝低 … 5＝高` */
  scaleRange: (scale: ChartScale) => string
  /** Shown where a channel is not rated on a dimension. */
  notRated: string
  /** First column heading of a rating table. */
  dimension: string
  /** First column heading of a data table. */
  category: string
  /** Subtitle clause naming the unit. */
  unit: (unit: string) => string
  /** Subtitle clause citing the source of the figures. */
  source: (source: string) => string
  /** Heading of the chart's table in speaker notes. */
  tableHeading: string
  /** Joins list items: 甲、乙 */
  listSeparator: string
  /** Joins clauses: 甲；乙 */
  clauseSeparator: string
  describeRatings: (s: RatingSummary) => string
  describeFigures: (s: FigureSummary) => string
}

const list = (items: readonly string[]) => items.join('、')
const scaleRange = ({ min, max, low, high }: ChartScale) => `${min}＝${low} … ${max}＝${high}`

const zhHant = {
  scaleRange,
  notRated: '未評分',
  dimension: '維度',
  category: '項目',
  listSeparator: '、',
  clauseSeparator: '；',
} as const

export const CHART_STRINGS: Record<Locale, ChartStrings> = {
  'zh-Hans-CN': {
    editorialNote: '编者依原文文字评分，非测量数据',
    scaleRange,
    notRated: '未评分',
    dimension: '维度',
    category: '项目',
    unit: unit => `单位：${unit}`,
    source: source => `数据来源：${source}`,
    tableHeading: '图表数据',
    listSeparator: '、',
    clauseSeparator: '；',
    describeRatings: s =>
      `${KIND_NAMES['zh-Hans-CN'][s.kind]}：${s.title}。按 ${s.dimensions} 个维度比较${list(s.channels)}的编者评分（${s.scale}），` +
      `评分依据原文文字，并非测量数据${s.unrated ? `；其中 ${s.unrated} 项原文未涉及，未评分` : ''}。各项数值见图表数据表。`,
    describeFigures: s =>
      `${KIND_NAMES['zh-Hans-CN'][s.kind]}：${s.title}。${s.categories} 个项目，系列为${list(s.series)}；` +
      `数值介于 ${s.low} 至 ${s.high}，单位：${s.unit}；数据来源：${s.source}。各项数值见图表数据表。`,
  },
  'zh-Hant-TW': {
    ...zhHant,
    editorialNote: '編者依原文文字評分，非量測資料',
    unit: unit => `單位：${unit}`,
    source: source => `資料來源：${source}`,
    tableHeading: '圖表資料',
    describeRatings: s =>
      `${KIND_NAMES['zh-Hant-TW'][s.kind]}：${s.title}。依 ${s.dimensions} 個維度比較${list(s.channels)}的編者評分（${s.scale}），` +
      `評分依據原文文字，並非量測資料${s.unrated ? `；其中 ${s.unrated} 項原文未提及，未評分` : ''}。各項數值見圖表資料表。`,
    describeFigures: s =>
      `${KIND_NAMES['zh-Hant-TW'][s.kind]}：${s.title}。共 ${s.categories} 個項目，數列為${list(s.series)}；` +
      `數值介於 ${s.low} 至 ${s.high}，單位：${s.unit}；資料來源：${s.source}。各項數值見圖表資料表。`,
  },
  'zh-Hant-HK': {
    ...zhHant,
    editorialNote: '編者依原文文字評分，並非量度數據',
    unit: unit => `單位：${unit}`,
    source: source => `資料來源：${source}`,
    tableHeading: '圖表數據',
    describeRatings: s =>
      `${KIND_NAMES['zh-Hant-HK'][s.kind]}：${s.title}。按 ${s.dimensions} 個維度比較${list(s.channels)}的編者評分（${s.scale}），` +
      `評分依據原文文字，並非量度數據${s.unrated ? `；其中 ${s.unrated} 項原文未有提及，未評分` : ''}。各項數值見圖表數據表。`,
    describeFigures: s =>
      `${KIND_NAMES['zh-Hant-HK'][s.kind]}：${s.title}。共 ${s.categories} 個項目，數列為${list(s.series)}；` +
      `數值介乎 ${s.low} 至 ${s.high}，單位：${s.unit}；資料來源：${s.source}。各項數值見圖表數據表。`,
  },
}

/** Names of the chart kinds as each region calls them. */
export const KIND_NAMES: Record<Locale, Record<ChartKind, string>> = {
  'zh-Hans-CN': { radar: '雷达图', heatmap: '热力图', bar: '柱状图', line: '折线图' },
  'zh-Hant-TW': { radar: '雷達圖', heatmap: '熱度圖', bar: '長條圖', line: '折線圖' },
  'zh-Hant-HK': { radar: '雷達圖', heatmap: '熱圖', bar: '棒形圖', line: '折線圖' },
}
