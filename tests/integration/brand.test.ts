/**
 * An organisation's look on every output, and PDFs a screen reader can follow. One real build of
 * the branded fixture deck (tests/fixtures/brand/data: the sample brand, and the deck's own marking
 * per locale) in three locales, read back as a reader gets it: the PDFs with pdf.js and pdf-lib
 * (and poppler's pdfinfo where it is installed), the live deck in Chromium, the PPTX's XML.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { EXIT, formatError } from '../../scripts/core/errors.ts'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { projectPaths, ROOT, type ProjectPaths } from '../../scripts/core/paths.ts'
import type { Progress } from '../../scripts/core/progress.ts'
import { slideTitle } from '../../scripts/deck/labels.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { serveStatic } from '../../scripts/export/static-server.ts'
import { runDecks } from '../../scripts/pipeline/run-decks.ts'
import { captureStderr } from '../helpers/outputs.ts'
import { readPdfPages, readStructure, squash } from '../helpers/pdf.ts'
import { readPptx } from '../helpers/pptx.ts'
import { renderDeckDir } from '../helpers/render.ts'

const SAMPLE = join(ROOT, 'tests', 'fixtures', 'brand', 'data')
const DECK = 'open-data'

/** The sample's words as each locale must print them (written here, not computed). */
const MARKING: Record<Locale, string> = { 'zh-Hans-CN': '内部资料（限阅）', 'zh-Hant-TW': '內部資料（限閱）', 'zh-Hant-HK': '內部資料（限閱）' }
const FOOTER: Record<Locale, string> = {
  'zh-Hans-CN': '仅供内部讨论 <b>{{ 勿外传 }}</b> & "引号"',
  'zh-Hant-TW': '僅供內部討論 <b>{{ 勿外傳 }}</b> & "引號"',
  'zh-Hant-HK': '僅供內部討論 <b>{{ 勿外傳 }}</b> & "引號"',
}
const ORGANISATION: Record<Locale, string> = { 'zh-Hans-CN': '数字治理研究中心', 'zh-Hant-TW': '數字治理研究中心', 'zh-Hant-HK': '數字治理研究中心' }
const PRIMARY = { hex: '8A1538', rgb: 'rgb(138, 21, 56)' }

let root: string
let paths: ProjectPaths
const file = (locale: Locale, ext: string) => join(paths.exports, `${DECK}.${locale}.${ext}`)

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-brand-'))
  paths = projectPaths(join(root, 'out'), SAMPLE)
  const run = await captureStderr(() => deckCommand([DECK], { quiet: true }, paths))
  expect(run.result, run.stderr).toBe(EXIT.ok)
}, 600_000)

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

/** pdf-lib's view of the document catalog and info. */
async function loadPdf(path: string) {
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
  const text = (key: string) => {
    const value = info.get(PDFName.of(key))
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
  }
  return { doc, text }
}

/** Whether poppler's pdfinfo says the file is tagged; undefined where pdfinfo is not installed. */
function pdfinfoTagged(path: string): boolean | undefined {
  try {
    return /^Tagged:\s+yes$/m.test(execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  }
  catch {
    return undefined
  }
}

describe.each(LOCALES)('the branded deck in %s', locale => {
  it('prints the marking and the brand\'s footer text on every slide, the marking on every handout page', async () => {
    const slides = (await readPdfPages(file(locale, 'pdf'))).map(squash)
    expect(slides.length).toBeGreaterThan(5)
    slides.forEach((page, i) => {
      expect(page, `slide ${i + 1}`).toContain(squash(MARKING[locale]))
      expect(page, `slide ${i + 1}`).toContain(squash(FOOTER[locale]))
    })
    const handout = (await readPdfPages(file(locale, 'handout.pdf'))).map(squash)
    handout.forEach((page, i) => expect(page, `handout page ${i + 1}`).toContain(squash(MARKING[locale])))
    expect(handout[0]).toContain(squash(ORGANISATION[locale]))
  })

  it('carries the logo in the slide PDF: the PNG, 480 × 160 pixels, on every page', async () => {
    const { doc } = await loadPdf(file(locale, 'pdf'))
    doc.getPages().forEach((page, i) => {
      const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
      const images = [...(xobjects?.entries() ?? [])].map(([, ref]) => doc.context.lookup(ref)).filter((o): o is PDFRawStream => o instanceof PDFRawStream)
        .filter(stream => stream.dict.get(PDFName.of('Subtype'))?.toString() === '/Image')
      expect(images.some(image => image.dict.get(PDFName.of('Width'))?.toString() === '480' && image.dict.get(PDFName.of('Height'))?.toString() === '160'), `page ${i + 1}`).toBe(true)
    })
  })

  it('names the marking and the organisation in both PDFs\' properties', async () => {
    for (const pdf of [file(locale, 'pdf'), file(locale, 'handout.pdf')]) {
      const { text } = await loadPdf(pdf)
      expect(text('Classification')).toBe(MARKING[locale])
      expect(text('Organisation')).toBe(ORGANISATION[locale])
      expect(text('Keywords')).toContain(MARKING[locale])
    }
  })

  it('tags the slide PDF: each slide a section with its title before its points, each chart a figure described by its text', async () => {
    const path = file(locale, 'pdf')
    const { doc } = await loadPdf(path)
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true')
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${locale})`)
    expect(pdfinfoTagged(path) ?? true).toBe(true)
    const { plan } = await renderDeckDir(join(SAMPLE, DECK), locale, ROOT, SAMPLE)
    const pages = await readStructure(path)
    expect(pages).toHaveLength(plan.slides.length)
    for (const slide of plan.slides) {
      const roles = pages[slide.no - 1]!
      expect(roles.slice(0, 2), `slide ${slide.no}`).toEqual(['Document', 'Sect'])
      const title = roles.indexOf('H1')
      expect(title, `slide ${slide.no} has its title as a heading`).toBeGreaterThan(0)
      if (slide.kind === 'bullets') expect(roles.indexOf('L'), `slide ${slide.no}: title, then the list`).toBeGreaterThan(title)
      if (slide.kind === 'chart') {
        const figure = roles.find(role => role.startsWith('Figure('))
        expect(figure, `slide ${slide.no}`).toBeDefined()
        expect(figure!.slice('Figure('.length)).toContain(slide.chart.description)
        expect(roles.indexOf(figure!)).toBeGreaterThan(title)
      }
    }
  })

  it('tags the handout: each slide a figure whose alternative text is the slide\'s title and text', async () => {
    const path = file(locale, 'handout.pdf')
    expect(pdfinfoTagged(path) ?? true).toBe(true)
    const { plan } = await renderDeckDir(join(SAMPLE, DECK), locale, ROOT, SAMPLE)
    const figures = (await readStructure(path)).flat().filter(role => role.startsWith('Figure('))
    expect(figures).toHaveLength(plan.slides.length)
    // The slide's text, title first (Chromium joins its lines with spaces).
    plan.slides.forEach((slide, i) => expect(figures[i]!.startsWith(`Figure(${slideTitle(slide, plan.ui)} `), `slide ${slide.no}: ${figures[i]}`).toBe(true))
  })

  it('draws the live deck\'s title rule and titles in the brand\'s primary colour, with the marking in the footer', async () => {
    const browser = new BrowserManager()
    const server = await serveStatic(join(paths.dist, `${DECK}.${locale}`))
    try {
      const { plan } = await renderDeckDir(join(SAMPLE, DECK), locale, ROOT, SAMPLE)
      const no = plan.slides.find(slide => slide.kind === 'bullets')!.no
      const page = await (await browser.get()).newPage()
      await page.goto(`${server.url}index.html#/${no}`)
      const title = page.locator(`.slidev-page-${no} .dw-title`)
      await title.waitFor()
      const style = await title.evaluate(el => ({ rule: getComputedStyle(el).borderBottomColor, text: getComputedStyle(el).color }))
      expect(style).toEqual({ rule: PRIMARY.rgb, text: PRIMARY.rgb })
      expect(await page.locator(`.slidev-page-${no} .dw-footer-classification`).textContent()).toBe(MARKING[locale])
      expect(await page.locator(`.slidev-page-${no} .dw-footer-brand`).textContent()).toBe(FOOTER[locale])
    }
    finally {
      await server.close()
      await browser.close()
    }
  })

  it('gives the PPTX the logo, the colours, the marking and the organisation', async () => {
    const pptx = await readPptx(file(locale, 'pptx'))
    expect(pptx.invalid).toEqual([])
    const media = [...pptx.binaries.keys()].filter(name => /^ppt\/media\/.+\.png$/.test(name))
    expect(media.length).toBeGreaterThan(0)
    // The logo on the cover, and in every layout's footer.
    expect(pptx.parts.get('ppt/slides/_rels/slide1.xml.rels')).toMatch(/relationships\/image"[^>]*Target="\.\.\/media\/[^"]+\.png"/)
    // Deckwright's eleven layouts, one per kind of slide and one for a continued list (pptxgenjs adds a default one of its own).
    const layouts = [...pptx.parts.keys()].filter(name => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name) && pptx.parts.get(name)!.includes('name="Deckwright –'))
    expect(layouts).toHaveLength(11)
    for (const name of layouts) {
      expect(pptx.parts.get(name.replace('slideLayouts/', 'slideLayouts/_rels/').replace('.xml', '.xml.rels')), name).toMatch(/relationships\/image"/)
      expect(pptx.parts.get(name), name).toContain(`<a:t>${MARKING[locale]}</a:t>`)
    }
    expect(pptx.parts.get('ppt/theme/theme1.xml')).toContain(`<a:dk2><a:srgbClr val="${PRIMARY.hex}"/></a:dk2>`)
    expect(pptx.slides[2]!.title).toBeTruthy()
    expect(pptx.parts.get('ppt/slides/slide3.xml')).toContain(`<a:srgbClr val="${PRIMARY.hex}"/>`)
    expect(pptx.parts.get('docProps/custom.xml')).toContain(`name="Classification"><vt:lpwstr>${MARKING[locale]}</vt:lpwstr>`)
    expect(pptx.parts.get('docProps/app.xml')).toContain(`<Company>${ORGANISATION[locale]}</Company>`)
    expect(pptx.slides[0]!.texts).toContain(ORGANISATION[locale])
  })
})

describe('the brand in incremental builds', () => {
  it('writes an output again when only the brand file changes, and says so', async () => {
    const data = join(root, 'data')
    await cp(SAMPLE, data, { recursive: true })
    const copy = projectPaths(join(root, 'incremental'), data)
    const stages: string[] = []
    const progress: Progress = { stage: (_, message) => stages.push(message), done: () => undefined, finish: () => undefined, warn: () => undefined, end: () => undefined }
    const build = async () => {
      const result = await runDecks({ deckDirs: [join(data, DECK)], paths: copy, locale: 'zh-Hant-TW', outputs: ['slides', 'pptx'], progress, builder: { scripts: 'pinned' } })
      expect(result.failed.map(f => formatError(f.error))).toEqual([])
      return result
    }
    await build()
    expect((await build()).upToDate).toEqual([`${DECK}.zh-Hant-TW`])
    const brand = join(data, 'brand.yaml')
    await writeFile(brand, (await readFile(brand, 'utf8')).replace('"#00607a"', '"#0b6e4f"'))
    stages.length = 0
    expect((await build()).built).toEqual([`${DECK}.zh-Hant-TW`])
    expect(stages).toContain('pptx out of date: brand, plan')
  })
})
