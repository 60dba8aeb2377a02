/**
 * The briefing in the PPTX, read back from its XML: the summary and the agenda open the deck, a
 * click on an agenda entry goes to the slide where its section starts, and each divider marks its
 * section among all of them (bold in the route, the strip filled up to it).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { ROOT } from '../../scripts/core/paths.ts'
import { renderPptx } from '../../scripts/export/pptx-export.ts'
import { readPptx, type ReadPptx } from '../helpers/pptx.ts'
import { renderDeckDir } from '../helpers/render.ts'

const FIRST_DECK = join(ROOT, 'data', 'deepseek-tech-finance')

/** The builder's own words, as each locale's readers expect them (not read from ui-strings.ts). */
const WORDS: Record<Locale, { summary: string; agenda: string; partOf: (n: number, total: number) => string }> = {
  'zh-Hans-CN': { summary: '要点', agenda: '议程', partOf: (n, total) => `第 ${n} 部分，共 ${total} 部分` },
  'zh-Hant-TW': { summary: '要點', agenda: '簡報大綱', partOf: (n, total) => `第 ${n} 部分，共 ${total} 部分` },
  'zh-Hant-HK': { summary: '要點', agenda: '議程', partOf: (n, total) => `第 ${n} 部分，共 ${total} 部分` },
}

/** A slide's text shapes: their text (paragraphs joined), the slide a click goes to, whether every run is bold. */
function shapes(pptx: ReadPptx, no: number): { text: string; link?: number; bold: boolean }[] {
  const xml = pptx.parts.get(`ppt/slides/slide${no}.xml`)!
  const rels = pptx.parts.get(`ppt/slides/_rels/slide${no}.xml.rels`)!
  const target = (id: string) => Number(new RegExp(`Id="${id}"[^>]*Target="slide(\\d+)\\.xml"`).exec(rels)?.[1])
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([block]) => {
    const link = /<a:hlinkClick r:id="(rId\d+)" action="ppaction:\/\/hlinksldjump"\/>/.exec(block)?.[1]
    const runs = [...block.matchAll(/<a:rPr [^>]*\bb="(\d)"/g)].map(m => m[1])
    const text = [...block.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1]).join('')
    return { text, ...(link ? { link: target(link) } : {}), bold: runs.length > 0 && runs.every(b => b === '1') }
  }).filter(shape => shape.text !== '')
}

describe.each(LOCALES)('the first deck\'s briefing in the PPTX, %s', locale => {
  const words = WORDS[locale]

  it('opens with the summary and the agenda; each agenda entry goes to the slide its section starts on', async () => {
    const target = await renderDeckDir(FIRST_DECK, locale)
    const pptx = await readPptx(await renderPptx(target.plan, target.metadata, 'test'))
    expect(pptx.invalid).toEqual([])
    expect(pptx.slides[1]!.title).toBe(words.summary)
    expect(pptx.slides[2]!.title).toBe(words.agenda)
    const linked = shapes(pptx, 3).filter(shape => shape.link !== undefined)
    // Each entry is three linked boxes: its number, its title, the slide number it names.
    expect(linked).toHaveLength(18)
    for (let i = 0; i < linked.length; i += 3) {
      const [no, title, slide] = linked.slice(i, i + 3) as [typeof linked[0], typeof linked[0], typeof linked[0]]
      expect(no.text).toBe(String(i / 3 + 1))
      expect([no.link, title.link]).toEqual([slide.link, slide.link])
      expect(slide.text).toBe(String(slide.link))
      // The slide it goes to is that section's divider: the part of six, then the section's title.
      const divider = pptx.slides[slide.link! - 1]!
      expect(divider.title).toBe(title.text)
      expect(divider.texts[0]).toBe(words.partOf(i / 3 + 1, 6))
    }
  })

  it('marks section 4 of 6 on its divider: bold in the route, the strip filled up to it', async () => {
    const target = await renderDeckDir(FIRST_DECK, locale)
    const pptx = await readPptx(await renderPptx(target.plan, target.metadata, 'test'))
    const titles = shapes(pptx, 3).filter(shape => shape.link !== undefined).filter((_, i) => i % 3 === 1).map(shape => shape.text)
    const no = pptx.slides.findIndex(slide => slide.texts[0] === words.partOf(4, 6)) + 1
    expect(no).toBeGreaterThan(3)
    const route = shapes(pptx, no).filter(shape => titles.includes(shape.text))
    // The slide's own title (the fourth section's) and the route's six entries.
    expect(route.map(shape => shape.text)).toEqual([titles[3], ...titles])
    expect(route.slice(1).map(shape => shape.bold)).toEqual([false, false, false, true, false, false])
    const xml = pptx.parts.get(`ppt/slides/slide${no}.xml`)!
    expect(xml.match(/<a:srgbClr val="8FA9C4"\/>/g)).toHaveLength(3)
  })
})
