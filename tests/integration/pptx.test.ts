/**
 * The PPTX as a user gets it: `deck` writes one per locale beside the PDFs, and LibreOffice Impress
 * opens it: one page per slide, every title as text, the charts drawn from their data, the decks'
 * fonts. One real build of the first deck (slide PDFs and PPTX), then LibreOffice on the PPTX.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { projectPaths, ROOT, type ProjectPaths } from '../../scripts/core/paths.ts'
import { slideTitle } from '../../scripts/deck/labels.ts'
import { captureStderr } from '../helpers/outputs.ts'
import { convertToPdf, officeMissing } from '../helpers/office.ts'
import { readPdfFonts, readPdfInfo, readPdfPages, squash } from '../helpers/pdf.ts'
import { readPptx } from '../helpers/pptx.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const DECK = 'deepseek-tech-finance'
const missingOffice = officeMissing()
let root: string
let paths: ProjectPaths
let stderr = ''
const rendered = new Map<Locale, string>()

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-pptx-'))
  paths = projectPaths(join(root, 'out'))
  const run = await captureStderr(() => deckCommand([DECK], { only: 'pdf,pptx' }, paths))
  stderr = run.stderr
  expect(run.result, stderr).toBe(EXIT.ok)
  if (missingOffice) {
    console.warn(`Skipping the LibreOffice rendering of the PPTX: ${missingOffice}`)
    return
  }
  const files = LOCALES.map(locale => join(paths.exports, `${DECK}.${locale}.pptx`))
  const pdfs = await convertToPdf(files, join(root, 'office'))
  LOCALES.forEach((locale, i) => rendered.set(locale, pdfs[i]!))
}, 600_000)

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

describe.each(LOCALES)('the first deck\'s PPTX in %s', locale => {
  const pptxFile = () => join(paths.exports, `${DECK}.${locale}.pptx`)

  it('is written beside the slide PDF, with one slide per PDF page, and a progress line', async () => {
    const pdf = await readPdfInfo(join(paths.exports, `${DECK}.${locale}.pdf`))
    const pptx = await readPptx(pptxFile())
    expect(pptx.invalid).toEqual([])
    expect(pptx.slides).toHaveLength(pdf.pages)
    expect(stderr).toMatch(new RegExp(`${DECK}\\.${locale}  pptx    \\S+${DECK}\\.${locale}\\.pptx \\(${pdf.pages} slides, \\d+ KB, \\d+\\.\\ds\\)`))
  })

  it.skipIf(missingOffice)('opens in LibreOffice Impress: a page per slide, every title as text, in the deck\'s fonts', async () => {
    const target = await renderDeckDir(join(ROOT, 'data', DECK), locale)
    const pages = (await readPdfPages(rendered.get(locale)!)).map(squash)
    expect(pages).toHaveLength(target.plan.slides.length)
    target.plan.slides.forEach((slide, i) => expect(pages[i], `slide ${slide.no}`).toContain(squash(slideTitle(slide, target.plan.ui))))
    // The radar is drawn by LibreOffice from the chart's data: its spokes and values are text.
    const radar = target.plan.slides.find(s => s.kind === 'chart' && s.chart.kind === 'radar')!
    if (radar.kind !== 'chart') throw new Error('no radar')
    for (const series of radar.chart.series) expect(pages[radar.no - 1]).toContain(squash(series.label))
    const fonts = await readPdfFonts(rendered.get(locale)!)
    expect(fonts.some(f => /NotoSansCJK/.test(f.name) && f.embedded), JSON.stringify(fonts)).toBe(true)
  })
})

describe('--only pptx', () => {
  it('writes the PPTX without building the SPA, and is up to date on the next run', async () => {
    const only = projectPaths(join(root, 'only'), ARTICLE_FIXTURES)
    const first = await captureStderr(() => deckCommand(['minimal'], { only: 'pptx' }, only))
    expect(first.result, first.stderr).toBe(EXIT.ok)
    expect(existsSync(only.dist)).toBe(false)
    for (const locale of LOCALES) expect(existsSync(join(only.exports, `minimal.${locale}.pptx`))).toBe(true)
    const second = await captureStderr(() => deckCommand(['minimal'], { only: 'pptx' }, only))
    expect(second.stderr).toMatch(/minimal\.zh-Hant-TW {2}up to date {2}slides, pptx/)
    expect(second.stderr).not.toMatch(/pptx {4}\S+\.pptx/)
  })
})
