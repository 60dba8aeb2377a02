/**
 * The PPTX read back as a zip of XML (jszip, fast-xml-parser): every slide shows the words the
 * Slidev slides show, in the locale's language and fonts, with its notes; charts are native parts
 * holding their data; hostile text comes through literally and the file stays valid.
 */
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { presenterNotes, slideTitle } from '../../scripts/deck/labels.ts'
import type { DeckPlan, PlannedSlide } from '../../scripts/deck/types.ts'
import { renderPptx } from '../../scripts/export/pptx-export.ts'
import { visibleTexts } from '../../scripts/fuzz/expected.ts'
import type { LocaleTarget } from '../../scripts/pipeline/prepare.ts'
import { find, findAll, parseXml, readPptx } from '../helpers/pptx.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const FIRST_DECK = join(ROOT, 'data', 'deepseek-tech-finance')
const HOSTILE = join(ROOT, 'tests', 'fixtures', 'pptx', 'hostile')
const LANG: Record<Locale, string> = { 'zh-Hans-CN': 'zh-CN', 'zh-Hant-TW': 'zh-TW', 'zh-Hant-HK': 'zh-HK' }

async function pptxOf(target: LocaleTarget) {
  return readPptx(await renderPptx(target.plan, target.metadata, target.generatedFrom))
}

/**
 * The documented normalisation, and nothing more: line breaks of every kind are line breaks;
 * characters XML 1.0 cannot hold or a slide cannot show (C0 controls but tab and line feed, DEL,
 * C1 controls, unpaired surrogates, U+FFFE, U+FFFF) are U+FFFD.
 */
function asStored(text: string): string {
  return text
    .replace(/\r\n|\r|\v|\f/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

/** The heat-map's colour key as the slides print it: each step of the scale, then 未評分. */
function heatKey(chart: Extract<PlannedSlide, { kind: 'chart' }>['chart']): string[] {
  if (chart.kind !== 'heatmap' || !('scale' in chart)) return []
  const { min, max, low, high } = chart.scale
  const steps = Array.from({ length: max - min + 1 }, (_, i) => min + i).map(v => (v === min ? `${v}＝${low}` : v === max ? `${v}＝${high}` : `${v}`))
  return [`${steps.map(step => `■ ${step}　`).join('')}▨ ${chart.notRated}`]
}

/** What a slide must show: the layout's texts (a chart's caption after the title), then `n / m`. */
function expectedTexts(slide: PlannedSlide, plan: DeckPlan): string[] {
  const visible = visibleTexts(slide, plan.ui).filter(text => text !== '')
  const [title, ...rest] = visible
  const texts = slide.kind === 'chart' ? [title!, slide.chart.title, slide.chart.subtitle, ...heatKey(slide.chart), ...rest] : visible
  return [...texts, `${slide.no} / ${plan.slides.length}`].map(asStored)
}

/** The notes as their paragraphs, as a notes page shows them. */
function expectedNotes(slide: PlannedSlide, plan: DeckPlan): string {
  return asStored(presenterNotes(slide, plan.ui)).split(/\n\s*\n/).map(p => p.trim()).filter(Boolean).join('\n\n')
}

describe.each(LOCALES)('the first deck\'s PPTX in %s', locale => {
  it('has one slide per planned slide, each with the words the slides show, and its notes', async () => {
    const target = await renderDeckDir(FIRST_DECK, locale)
    const pptx = await pptxOf(target)
    expect(pptx.invalid).toEqual([])
    expect(pptx.slides).toHaveLength(target.plan.slides.length)
    target.plan.slides.forEach((slide, i) => {
      const read = pptx.slides[i]!
      expect(read.texts, `slide ${slide.no}`).toEqual(expectedTexts(slide, target.plan))
      expect(read.title, `slide ${slide.no}`).toBe(slideTitle(slide, target.plan.ui))
      expect(read.notes, `slide ${slide.no}`).toBe(expectedNotes(slide, target.plan))
    })
    expect(pptx.slides.every(s => s.notesPage)).toBe(true)
    expect(pptx.slides.filter(s => s.notes).length).toBe(target.plan.slides.filter(s => presenterNotes(s, target.plan.ui).trim()).length)
  })

  it('marks every run with the region\'s language and names its Noto Sans as the theme\'s East Asian font', async () => {
    const target = await renderDeckDir(FIRST_DECK, locale)
    const pptx = await pptxOf(target)
    expect(pptx.langs.length).toBeGreaterThan(500)
    expect(new Set(pptx.langs)).toEqual(new Set([LANG[locale]]))
    const theme = parseXml(pptx.parts.get('ppt/theme/theme1.xml')!)
    const family = { 'zh-Hans-CN': 'Noto Sans SC', 'zh-Hant-TW': 'Noto Sans TC', 'zh-Hant-HK': 'Noto Sans HK' }[locale]
    for (const collection of ['a:majorFont', 'a:minorFont']) {
      const fonts = find(theme, collection)!
      expect(attr(find([fonts], 'a:ea')!, 'typeface')).toBe(family)
      expect(attr(find([fonts], 'a:ea')!, 'charset')).toBe(locale === 'zh-Hans-CN' ? '-122' : '-120')
      const scripts = Object.fromEntries(findAll([fonts], 'a:font').map(f => [attr(f, 'script'), attr(f, 'typeface')]))
      expect(scripts).toEqual({ Hans: 'Microsoft YaHei', Hant: 'Microsoft JhengHei' })
    }
    // Runs take the theme's fonts, so the East Asian face is the theme's <a:ea>.
    expect(pptx.parts.get('ppt/slides/slide3.xml')).toContain('<a:ea typeface="+mn-ea"/>')
  })

  it('fills the document properties: title, authors, subject, keywords and language', async () => {
    const target = await renderDeckDir(FIRST_DECK, locale)
    const core = (await pptxOf(target)).parts.get('docProps/core.xml')!
    const value = (tag: string) => find(parseXml(core), tag) && text(find(parseXml(core), tag)!)
    expect(value('dc:title')).toBe(target.plan.title)
    expect(value('dc:creator')).toBe(target.plan.authors.map(a => a.name).join('、'))
    expect(value('dc:subject')).toBe(target.plan.subtitle)
    expect(value('cp:keywords')).toBe(target.plan.keywords.join(', '))
    expect(value('dc:language')).toBe(LANG[locale])
    expect(value('dc:description')).toMatch(/^Generated by Deckwright .* from data\/deepseek-tech-finance\/article\.yaml/)
  })

  it('starts a PowerPoint section at each part of the article, and keeps the cover, summary, agenda, errata and closing apart', async () => {
    const target = await renderDeckDir(FIRST_DECK, locale)
    const presentation = parseXml((await pptxOf(target)).parts.get('ppt/presentation.xml')!)
    const sections = findAll(presentation, 'p14:section')
    const { plan } = target
    const front = [plan.title, plan.ui.summary, plan.ui.agenda]
    const expected = [...front, ...new Set(plan.slides.flatMap(s => (s.section ? [s.section.title] : []))), plan.ui.errata, plan.slides.at(-1)!.title]
    expect(sections.map(s => attr(s, 'name'))).toEqual(expected)
    expect(sections.map(s => findAll([s], 'p14:sldId').length).reduce((a, b) => a + b, 0)).toBe(plan.slides.length)
  })
})

describe('charts in the PPTX', () => {
  it('are native radar and bar charts whose parts and workbooks hold the values, blank where not rated', async () => {
    const target = await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')
    const pptx = await pptxOf(target)
    const charts = target.plan.slides.flatMap(s => (s.kind === 'chart' && s.chart.kind !== 'heatmap' ? [s.chart] : []))
    expect(charts.map(c => c.kind)).toEqual(['radar', 'bar'])
    for (const [i, chart] of charts.entries()) {
      const xml = pptx.parts.get(`ppt/charts/chart${i + 1}.xml`)!
      expect(xml).toContain(chart.kind === 'radar' ? '<c:radarChart>' : '<c:barChart>')
      const series = findAll(parseXml(xml), 'c:ser')
      expect(series.map(s => text(find([find([s], 'c:tx')!], 'c:v')!))).toEqual(chart.series.map(s => s.label))
      series.forEach((s, k) => {
        const points = findAll([find([s], 'c:val')!], 'c:pt')
        const cached = Object.fromEntries(points.map(p => [Number(attr(p, 'idx')), Number(text(find([p], 'c:v')!))]))
        const values = chart.series[k]!.values
        expect(cached).toEqual(Object.fromEntries(values.flatMap((v, idx) => (v === null ? [] : [[idx, v]]))))
      })
      const workbook = await JSZip.loadAsync(pptx.binaries.get(`ppt/embeddings/Microsoft_Excel_Worksheet${i + 1}.xlsx`)!)
      const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string')
      const cells = Object.fromEntries([...sheet.matchAll(/<c r="([A-Z]+\d+)"><v>([^<]*)<\/v><\/c>/g)].map(m => [m[1], Number(m[2])]))
      const expected = Object.fromEntries(chart.series.flatMap((s, c) => s.values.flatMap((v, r) => (v === null ? [] : [[`${String.fromCharCode(66 + c)}${r + 2}`, v]]))))
      expect(cells).toEqual(expected)
    }
  })

  it('draw the heat-map as a table: values on their colours, 未評分 cells hatched', async () => {
    const target = await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')
    const pptx = await pptxOf(target)
    const slide = target.plan.slides.find(s => s.kind === 'chart' && s.chart.kind === 'heatmap')!
    if (slide.kind !== 'chart') throw new Error('no heat-map')
    const [table] = pptx.slides[slide.no - 1]!.tables
    expect(table).toEqual([['', ...slide.chart.table.columns.slice(1)], ...slide.chart.table.rows])
    const unrated = slide.chart.series.flatMap(s => s.values).filter(v => v === null).length
    expect(pptx.parts.get(`ppt/slides/slide${slide.no}.xml`)!.match(/<a:pattFill /g)).toHaveLength(unrated)
  })
})

describe('the PPTX file', () => {
  it('is 16:9 at 13.333 × 7.5 in, with one layout for each kind of slide', async () => {
    const target = await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')
    const pptx = await pptxOf(target)
    expect(pptx.parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>')
    const layoutName = (no: number) => {
      const rels = pptx.parts.get(`ppt/slides/_rels/slide${no}.xml.rels`)!
      const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]
      return attr(find(parseXml(pptx.parts.get(`ppt/slideLayouts/${layout}`)!), 'p:cSld')!, 'name')
    }
    expect(target.plan.slides.map(s => layoutName(s.no))).toEqual([
      // Two sections: an agenda after the cover.
      'Deckwright – cover', 'Deckwright – agenda', 'Deckwright – section divider', 'Deckwright – bullets', 'Deckwright – quote', 'Deckwright – section divider',
      'Deckwright – two columns', 'Deckwright – chart', 'Deckwright – chart', 'Deckwright – chart', 'Deckwright – closing',
    ])
  })

  it('gives the same bytes for the same plan', async () => {
    const target = await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hans-CN')
    const first = await renderPptx(target.plan, target.metadata, target.generatedFrom)
    const second = await renderPptx(target.plan, target.metadata, target.generatedFrom)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('carries hostile text literally, in slides, notes, charts and properties, and stays valid XML', async () => {
    const target = await renderDeckDir(HOSTILE, 'zh-Hant-TW')
    const pptx = await pptxOf(target)
    expect(pptx.invalid).toEqual([])
    target.plan.slides.forEach((slide, i) => {
      expect(pptx.slides[i]!.texts, `slide ${slide.no}`).toEqual(expectedTexts(slide, target.plan))
      expect(pptx.slides[i]!.notes, `slide ${slide.no}`).toBe(expectedNotes(slide, target.plan))
    })
    const all = pptx.slides.flatMap(s => s.texts).join('\n')
    for (const literal of ['US$2.5B to $3B', '{{ total }}', '<img src=x onerror=alert(1)>', 'line one\nline two', 'tab\there', '$& {{ x }} <y>', ']]>'])
      expect(all).toContain(literal)
    expect(all).toContain('a bell\ufffd and a NUL\ufffd end')
    const chart = pptx.parts.get('ppt/charts/chart1.xml')!
    expect(text(find([findAll(parseXml(chart), 'c:ser')[0]!], 'c:v')!)).toBe('S&P <500>')
    const core = parseXml(pptx.parts.get('docProps/core.xml')!)
    expect(text(find(core, 'dc:title')!)).toBe(target.plan.title)
    expect(text(find(core, 'dc:subject')!)).toBe(asStored(target.plan.subtitle))
  })
})

function attr(node: Record<string, unknown>, name: string): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.[name]
}

function text(node: Record<string, unknown>): string {
  const tag = Object.keys(node).find(k => k !== ':@')!
  return (node[tag] as { '#text'?: string }[]).map(c => c['#text'] ?? '').join('')
}
