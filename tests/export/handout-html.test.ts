import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cssString, pageCounterContent } from '../../scripts/export/handout-css.ts'
import { escapeHtml, MARK_URL, renderHandoutHtml, SLOT_URL } from '../../scripts/export/handout-html.ts'
import { handoutModel, type HandoutLayout } from '../../scripts/export/handout-model.ts'
import type { DeckPlan } from '../../scripts/deck/types.ts'
import { UI_STRINGS } from '../../scripts/render/ui-strings.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const fonts = { fontStylesheets: ['https://deckwright.invalid/fonts/noto-sans-tc/400.css'], fontFamily: '\'Noto Sans TC\', sans-serif' }
const render = (plan: DeckPlan, layout: HandoutLayout = 'notes') =>
  renderHandoutHtml(handoutModel(plan, { layout, date: new Date(Date.UTC(2025, 0, 2)), generator: 'Deckwright 0.0.0-test' }), fonts)
const minimalPlan = async () => (await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')).plan
const count = (text: string, part: string) => text.split(part).length - 1

const HOSTILE = '</style><script>alert(1)</script><img src=x onerror="alert(2)">&amp;\'"\\'

function hostilePlan(plan: DeckPlan): DeckPlan {
  return {
    ...plan,
    title: HOSTILE,
    authors: [{ name: HOSTILE, role: HOSTILE, organisation: HOSTILE }],
    editor: HOSTILE,
    source: HOSTILE,
    // A brand's words go into the cover and the running header's CSS.
    brand: { ...plan.brand, organisation: HOSTILE, footer: HOSTILE, classification: HOSTILE },
    slides: plan.slides.map(s => ({
      ...s,
      title: `${s.title}${HOSTILE}`,
      notes: `${s.notes}\n\n${HOSTILE}`,
      ...(s.section ? { section: { ...s.section, title: `${s.section.title}${HOSTILE}` } } : {}),
    })),
  }
}

describe('renderHandoutHtml', () => {
  it('escapes every data string, in the body and in the running header and footer, a brand\'s words too', async () => {
    const html = render(hostilePlan(await minimalPlan()))
    expect(html).toContain('@top-center { content: "\\00003c\\00002fstyle\\00003e')
    expect(html).not.toMatch(/<script|<img|onerror="/)
    expect(html).toContain('&#60;/style&#62;&#60;script&#62;')
    // The stylesheet is one <style> element: data cannot close it or start markup.
    const css = html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'))
    expect(css).not.toMatch(/[<>]/)
    expect(count(html, '<style>')).toBe(1)
    expect(count(html, '</style>')).toBe(1)
  })

  it('leaves one 16:9 slide box per slide, in order, in both layouts', async () => {
    const plan = await minimalPlan()
    for (const layout of ['notes', '3up'] as const) {
      const html = render(plan, layout)
      const slots = [...html.matchAll(new RegExp(`${SLOT_URL}(\\d+)`, 'g'))].map(m => Number(m[1]))
      expect(slots).toEqual(plan.slides.map(s => s.no))
    }
    expect(count(render(plan, 'notes'), '<section class="slide-page">')).toBe(plan.slides.length)
    expect(count(render(plan, '3up'), '<section class="trio">')).toBe(Math.ceil(plan.slides.length / 3))
  })

  it('prints the notes under their slide, and no notes in the 3-up layout', async () => {
    const plan = await minimalPlan()
    expect(render(plan, 'notes')).toContain('財政資金規模大，但風險偏好低。')
    expect(render(plan, '3up')).not.toContain('財政資金規模大，但風險偏好低。')
  })

  it('ends with the appendix headings the outline links to', async () => {
    const html = render(await minimalPlan())
    expect(html).toContain(`${MARK_URL}appendix`)
    expect(html).toContain(`${MARK_URL}sources`)
    expect(html.lastIndexOf(SLOT_URL)).toBeLessThan(html.indexOf(`${MARK_URL}appendix`))
  })

  it('loads only the fonts it is given (no remote font service)', async () => {
    const html = render(await minimalPlan())
    expect(html).not.toMatch(/fonts\.googleapis|fonts\.gstatic/)
    expect(html).toContain('<link rel="stylesheet" href="https://deckwright.invalid/fonts/noto-sans-tc/400.css">')
  })
})

describe('escapeHtml', () => {
  it('encodes the five HTML-significant characters', () => {
    expect(escapeHtml('<a href="x">\'&\'</a>')).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
  })
})

describe('cssString', () => {
  it('keeps CJK text and hex-escapes ASCII punctuation and line breaks', () => {
    expect(cssString('出處：A "b" \\ </style>\n')).toBe(
      '"出處：A \\000022b\\000022 \\00005c \\00003c\\00002fstyle\\00003e\\00000a"',
    )
  })
})

describe('pageCounterContent', () => {
  it('puts the page counters inside each locale\'s own words', () => {
    expect(pageCounterContent(UI_STRINGS['zh-Hans-CN'])).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"')
    expect(pageCounterContent(UI_STRINGS['zh-Hant-HK'])).toBe('"第 " counter(page) " 頁，共 " counter(pages) " 頁"')
  })
})
