/**
 * A small article with a comparison block, for the chart tests. Typed as the schema's input and
 * parsed by the schema itself, so it cannot drift from what a real article may contain.
 */
import type { z } from 'zod'
import { ArticleSchema, type Article, type ChartSlide } from '../../scripts/load/schema.ts'

type ArticleInput = z.input<typeof ArticleSchema>

const input: ArticleInput = {
  meta: {
    title: '科技金融的啟示',
    authors: [{ name: '王某', role: '首席經濟學家', organisation: '某研究院' }],
    source: { language: 'zh', script: 'Hant', region: 'CN' },
  },
  sections: [{
    id: 'channels',
    title: '融資渠道',
    slides: [{
      layout: 'chart',
      title: '各渠道比較',
      notes: '這是編者評分。',
      paragraphs: [3],
      chart: { type: 'radar', channels: ['banks', 'angel-vc'] },
    }],
  }],
  comparison: {
    title: '各類融資渠道的特點',
    scale: { min: 1, max: 5, low: '低', high: '高' },
    channels: [
      { id: 'banks', label: '銀行信貸' },
      { id: 'angel-vc', label: '天使投資' },
      { id: 'self-funding', label: '自有資金' },
    ],
    dimensions: [
      { id: 'risk-appetite', label: '風險偏好', description: '高＝願意承擔風險' },
      { id: 'decision-speed', label: '決策層級少／決策快', description: '高＝決策快' },
      { id: 'patience', label: '不受短期回報壓力', description: '高＝能容忍長期投入' },
    ],
    ratings: [
      { channel: 'banks', dimension: 'risk-appetite', value: 2, basis: { text: '可估價、風險可解釋', paragraph: 4 } },
      { channel: 'banks', dimension: 'decision-speed', value: 1, basis: { text: '自上而下的特征明顯', paragraph: 11 } },
      { channel: 'angel-vc', dimension: 'risk-appetite', value: 5, basis: { text: '風險偏好高', paragraph: 11 } },
      { channel: 'angel-vc', dimension: 'decision-speed', value: 5, basis: { text: '決策層級少', paragraph: 11 } },
      { channel: 'self-funding', dimension: 'patience', value: 5, basis: { text: '避免了短期回報壓力', paragraph: 10 } },
    ],
  },
  closing: { title: '謝謝', notes: '完。' },
}

export const ARTICLE: Article = ArticleSchema.parse(input)

export const RADAR: ChartSlide['chart'] = { type: 'radar', channels: ['banks', 'angel-vc'] }
export const HEATMAP: ChartSlide['chart'] = { type: 'heatmap' }
export const BARS: ChartSlide['chart'] = {
  type: 'bar',
  unit: '億元',
  source: '國家統計局',
  labels: ['2022', '2023', '2024'],
  series: [
    { label: '研發投入', values: [120, 135.5, 150] },
    { label: '風險投資', values: [80, 60, 95.25] },
  ],
}
export const LINE: ChartSlide['chart'] = { ...BARS, type: 'line' } as ChartSlide['chart']
