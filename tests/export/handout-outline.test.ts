import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { handoutOutline } from '../../scripts/export/handout-outline.ts'
import { planOutline } from '../../scripts/export/outline.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

describe('handoutOutline', () => {
  it('opens with the contents, follows the slide outline to the handout pages, and ends with the appendix', async () => {
    const { plan } = await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')
    // As if slide n were drawn on handout page n + 1 (after the cover), and the bullets slide's notes ran on.
    const bullets = plan.slides.find(s => s.title === '財政與天使投資')!.no
    const slidePages = new Map(plan.slides.map(s => [s.no, s.no + (s.no > bullets ? 1 : 0)]))
    const last = plan.slides.length + 2
    const outline = handoutOutline(plan, { slidePages, markPages: new Map([['appendix', last], ['sources', last]]) })
    const slideEntries = planOutline(plan)
    expect(outline.map(e => e.title)).toEqual(['目錄', ...slideEntries.map(e => e.title), '附錄'])
    expect(outline[0]!.page).toBe(0)
    const section = outline.find(e => e.title === '第一節標題')!
    expect(section.children!.map(c => [c.title, c.page])).toEqual([['財政與天使投資', bullets], ['原文引述', bullets + 2]])
    expect(outline.at(-1)).toEqual({ title: '附錄', page: last, children: [{ title: '資料來源', page: last }] })
  })
})
