/** The deck plan as the renderers read it: kinds in order, typed values, no labels, spoken notes only. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { footerCitation, slideTitle } from '../../scripts/deck/labels.ts'
import type { PlannedSlide } from '../../scripts/deck/types.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const minimal = async () => (await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')).plan

describe('planDeck', () => {
  it('gives each slide its kind, in deck order, numbered from 1', async () => {
    const plan = await minimal()
    // Two sections: an agenda after the cover (the fixture has no summary).
    expect(plan.slides.map(s => s.kind)).toEqual(['cover', 'agenda', 'section', 'bullets', 'quote', 'section', 'compare', 'chart', 'chart', 'chart', 'closing'])
    expect(plan.slides.map(s => s.no)).toEqual(plan.slides.map((_, i) => i + 1))
  })

  it('carries values without the words a renderer adds', async () => {
    const plan = await minimal()
    const closing = plan.slides.at(-1) as Extract<PlannedSlide, { kind: 'closing' }>
    expect(closing).toMatchObject({ editor: '李四', source: '', authors: [{ name: '王小明', role: '研究員', organisation: '測試研究院' }] })
    expect(plan).toMatchObject({ editor: '李四', subtitle: '用於測試的最小文章', keywords: ['測試'] })
    const divider = plan.slides[5]!
    expect(divider).toMatchObject({ kind: 'section', title: '第二節標題', section: { id: 'second', title: '第二節標題', index: 2 }, paragraphs: [4] })
    expect(divider.kind === 'section' && divider.sections.map(s => s.id)).toEqual(['first', 'second'])
    const quote = plan.slides[4]!
    expect(quote).toMatchObject({ kind: 'quote', quote: { text: '天使投資人風險偏好高、決策層級少', paragraph: 3 }, bullets: [] })
    expect(footerCitation(quote, plan.ui)).toBe('原文第 3 段')
  })

  it('keeps a chart\'s data table out of its spoken notes', async () => {
    const plan = await minimal()
    const charts = plan.slides.filter(s => s.kind === 'chart')
    expect(charts).toHaveLength(3)
    for (const slide of charts) {
      // The data's notes are one sentence each; the table (a caption, then a line per row) is the chart's.
      expect(slide.notes).toMatch(/^[^\n]+。$/)
      expect(slide.notes).not.toContain(slide.chart.table.caption)
      expect(slide.chart.notesTable).toContain(slide.chart.table.caption)
    }
  })

  it('marks the follow-up slides of a long list as continued, without notes of their own', async () => {
    const { plan } = await renderDeckDir(join(ARTICLE_FIXTURES, 'overflow-bullets'), 'zh-Hant-TW')
    const parts = plan.slides.filter(s => s.kind === 'bullets' && s.title === plan.slides[2]!.title)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.map(s => s.kind === 'bullets' && s.continued)).toEqual(parts.map((_, i) => i > 0))
    expect(parts.slice(1).map(s => s.notes)).toEqual(parts.slice(1).map(() => ''))
    expect(parts.map(s => slideTitle(s, plan.ui))).toEqual(parts.map((s, i) => (i > 0 ? `${s.title}（續）` : s.title)))
  })

  it('lists the errata as values on the errata slide, and reads them out in its notes', async () => {
    const { plan } = await renderDeckDir(join(ROOT, 'data', 'deepseek-tech-finance'), 'zh-Hans-CN')
    const errata = plan.slides.find(s => s.kind === 'errata')!
    expect(errata.kind === 'errata' && errata.errata[0]).toEqual({ paragraph: 1, original: 'Al基础设施', corrected: 'AI基础设施' })
    expect(errata.notes.split('\n')[0]).toBe('第 1 段：“Al基础设施”更正为“AI基础设施”')
    expect(footerCitation(errata, plan.ui)).toBe('本演示文稿依原文整理；段落编号指原文的非空行。')
  })
})
