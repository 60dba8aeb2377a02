import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { handoutModel, paragraphs } from '../../scripts/export/handout-model.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const options = { layout: 'notes' as const, date: new Date(Date.UTC(2025, 2, 14)), generator: 'Deckwright 0.0.0-test' }
const minimal = () => renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')
const firstDeck = () => renderDeckDir(join(ROOT, 'data', 'deepseek-tech-finance'), 'zh-Hant-TW')

describe('handoutModel', () => {
  it('prints every slide once, in order, with the notes a presenter speaks', async () => {
    const { plan } = await minimal()
    const model = handoutModel(plan, options)
    expect(model.slides.map(s => s.no)).toEqual(plan.slides.map(s => s.no))
    const bullets = model.slides.find(s => s.title === '財政與天使投資')!
    expect(bullets.notes).toEqual([['財政資金規模大，但風險偏好低。']])
    expect(bullets.citation).toBe('原文第 3 段')
    expect(bullets.paragraphs).toBe('3')
  })

  it('fills the cover from the deck without repeating the slide labels', async () => {
    const { plan } = await minimal()
    const model = handoutModel(plan, options)
    expect(model).toMatchObject({
      title: '小型測試簡報',
      subtitle: '用於測試的最小文章',
      authors: ['王小明（測試研究院研究員）'],
      editor: '李四',
      citation: '王小明〈小型測試簡報〉',
      date: '2025年3月14日',
      locale: 'zh-Hant-TW',
    })
  })

  it('lists each section with its slide range, and what a divider holds', async () => {
    const { plan } = await minimal()
    const model = handoutModel(plan, options)
    const inSection = (title: string) => plan.slides.filter(s => s.section?.title === title).map(s => s.no)
    expect(model.sections.map(s => s.title)).toEqual(['第一節標題', '第二節標題'])
    for (const section of model.sections) {
      expect(section.from).toBe(Math.min(...inSection(section.title)))
      expect(section.to).toBe(Math.max(...inSection(section.title)))
    }
    // Cover, agenda, then the first section's divider and its two slides.
    expect(model.sections[0]).toEqual({ title: '第一節標題', from: 3, to: 5 })
    const divider = model.slides.find(s => s.isDivider)!
    expect(divider.contents.map(c => c.title)).toEqual(['財政與天使投資', '原文引述'])
  })

  it('moves each chart\'s data table from the notes to a numbered appendix table', async () => {
    const { plan } = await firstDeck()
    const model = handoutModel(plan, options)
    const chartSlides = plan.slides.filter(s => s.kind === 'chart')
    expect(chartSlides.length).toBeGreaterThan(0)
    expect(model.charts.map(c => c.slide)).toEqual(chartSlides.map(s => s.no))
    chartSlides.forEach((slide, i) => {
      const printed = model.slides[slide.no - 1]!
      expect(model.charts[i]!.table).toEqual(slide.chart.table)
      expect(printed.chartTable).toBe(`表 ${i + 1}`)
      expect(printed.notes.flat().join('\n')).not.toContain(slide.chart.notesTable.split('\n')[0])
      expect(printed.notes).toEqual(paragraphs(slide.notes))
    })
    expect(model.errata.length).toBeGreaterThan(0)
  })
})

describe('paragraphs', () => {
  it('splits notes at blank lines and keeps line breaks inside a paragraph', () => {
    expect(paragraphs('一\n二\n\n  \n三\r\n\r\n\n')).toEqual([['一', '二'], ['三']])
    expect(paragraphs('   ')).toEqual([])
  })
})
