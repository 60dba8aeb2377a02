/**
 * Handouts for real: the minimal fixture built by the pipeline (Slidev build, Chromium print),
 * then the slide PDF and the handout read back with pdf.js and pdf-lib.
 */
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { projectPaths } from '../../scripts/core/paths.ts'
import { createProgress } from '../../scripts/core/progress.ts'
import { slideTitle } from '../../scripts/deck/labels.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { exportHandoutPdf, type HandoutPdfJob } from '../../scripts/export/handout-pdf.ts'
import { planOutline } from '../../scripts/export/outline.ts'
import type { OutlineEntry } from '../../scripts/export/pdf-document.ts'
import type { LocaleTarget } from '../../scripts/pipeline/prepare.ts'
import { runDecks } from '../../scripts/pipeline/run-decks.ts'
import { readPdfInfo, readPdfOutline, readPdfPages, squash, type PdfOutlineEntry } from '../helpers/pdf.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const deckDir = join(ARTICLE_FIXTURES, 'minimal')
const browser = new BrowserManager()
let outRoot: string
let target: LocaleTarget

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'deckwright-handout-'))
  const paths = projectPaths(outRoot)
  const result = await runDecks({ deckDirs: [deckDir], paths, locale: 'zh-Hant-TW', progress: createProgress('quiet') })
  expect(result.failed.map(f => String((f.error as Error).message))).toEqual([])
  target = await renderDeckDir(deckDir, 'zh-Hant-TW', outRoot)
})

afterAll(async () => {
  await browser.close()
  if (outRoot) await rm(outRoot, { recursive: true, force: true })
})

const flatten = <T extends { children?: T[] }>(entries: readonly T[]): T[] => entries.flatMap(e => [e, ...flatten(e.children ?? [])])
const shape = (entries: readonly (OutlineEntry | PdfOutlineEntry)[]): unknown => entries.map(e => [e.title, shape(e.children ?? [])])

/** Handout page of each slide, in slide order, from the handout outline (which follows the slide outline). */
async function handoutSlidePages(path: string): Promise<number[]> {
  const outline = await readPdfOutline(path)
  const slideEntries = flatten(outline.slice(1, -1))
  const planned = flatten(planOutline(target.plan))
  expect(slideEntries.map(e => e.title)).toEqual(planned.map(e => e.title))
  const pages: number[] = []
  planned.forEach((entry, i) => { pages[entry.page] = slideEntries[i]!.page })
  return pages
}

function handoutJob(overrides: Partial<HandoutPdfJob>): Promise<HandoutPdfJob> {
  return readFile(target.files.pdf).then(slidesPdf => ({
    plan: target.plan,
    layout: 'notes',
    slidesPdf,
    output: join(outRoot, 'exports', 'job.handout.pdf'),
    metadata: target.metadata,
    browser,
    label: target.name,
    ...overrides,
  }))
}

describe('the slide PDF', () => {
  it('has one 720 × 405 pt page per slide, the outline by section and the document metadata', async () => {
    const info = await readPdfInfo(target.files.pdf)
    expect(info.pages).toBe(target.plan.slides.length)
    expect(info.size.width).toBe(720)
    expect(info.size.height).toBeCloseTo(405, 3)
    expect(info).toMatchObject({
      title: target.plan.title,
      author: '王小明',
      subject: '用於測試的最小文章',
      keywords: '測試',
      creator: expect.stringMatching(/^Deckwright \d+\.\d+\.\d+/),
      language: '(zh-Hant-TW)',
    })
    const outline = await readPdfOutline(target.files.pdf)
    expect(shape(outline)).toEqual(shape(planOutline(target.plan)))
    expect(outline.filter(e => e.children.length > 0).map(e => e.title)).toEqual(['第一節標題', '第二節標題'])
  })
})

describe('the notes handout (the default layout)', () => {
  it('is a cover, then each slide on its own page with its notes under it, then the appendix', async () => {
    const pages = (await readPdfPages(target.files.handout)).map(squash)
    const slidePages = await handoutSlidePages(target.files.handout)
    expect(slidePages).toEqual(target.plan.slides.map(s => s.no))
    expect(pages[0]).toContain(squash(target.plan.title))
    expect(pages[0]).toContain(squash('王小明（測試研究院研究員）'))
    expect(pages[0]).toContain(squash('繁體中文（台灣）'))
    target.plan.slides.forEach((slide, i) => {
      const page = pages[slidePages[i]!]!
      expect(page, `slide ${slide.no}`).toContain(squash(slideTitle(slide, target.plan.ui)))
      expect(page, `slide ${slide.no}`).toContain(squash(slide.notes))
    })
    const appendix = pages.slice(target.plan.slides.length + 1).join('')
    expect(appendix).toContain(squash('資料來源'))
    expect(pages.length).toBeGreaterThan(target.plan.slides.length + 1)
  })

  it('prints every page number, the running header and the source in the footer', async () => {
    const pages = (await readPdfPages(target.files.handout)).map(squash)
    pages.slice(1).forEach((page, i) => {
      expect(page).toContain(squash(`第 ${i + 2} 頁，共 ${pages.length} 頁`))
      expect(page).toContain(squash(`出處：王小明〈${target.plan.title}〉`))
    })
  })

  it('carries the metadata, the language and an outline from contents to appendix', async () => {
    const info = await readPdfInfo(target.files.handout)
    expect(info).toMatchObject({ title: `${target.plan.title}（講義）`, author: '王小明', language: '(zh-Hant-TW)' })
    expect(info.size.width).toBeCloseTo(595.3, 0)
    expect(info.size.height).toBeCloseTo(841.9, 0)
    const outline = await readPdfOutline(target.files.handout)
    expect(outline[0]).toMatchObject({ title: '目錄', page: 0 })
    expect(outline.at(-1)).toMatchObject({ title: '附錄', page: info.pages - 1 > 0 ? expect.any(Number) : 0 })
  })
})

describe('handout layouts and failures', () => {
  it('runs long notes onto the next page, below the slide, and starts the next slide on a fresh page', async () => {
    const long = Array.from({ length: 45 }, (_, k) => `長備註第${k + 1}段：財政資金規模大，但風險偏好低；天使投資人風險偏好高、決策層級少，適合早期企業。`)
    // The first content slide; every slide before it (cover, agenda, divider) has a page of its own.
    const noted = target.plan.slides.find(s => s.kind === 'bullets')!.no
    const slides = target.plan.slides.map(s => (s.no === noted ? { ...s, notes: long.join('\n\n') } : s))
    const output = join(outRoot, 'long.handout.pdf')
    await exportHandoutPdf(await handoutJob({ plan: { ...target.plan, slides }, output }))
    const pages = (await readPdfPages(output)).map(squash)
    const first = pages.findIndex(p => p.includes('長備註第1段'))
    const last = pages.findIndex(p => p.includes('長備註第45段'))
    expect(first).toBe(noted)
    expect(last).toBeGreaterThan(first)
    expect(pages[last + 1]).toContain(squash(target.plan.slides[noted]!.title))
    for (const paragraph of long) expect(pages.filter(p => p.includes(squash(paragraph)))).toHaveLength(1)
    expect(pages.slice(last + 1).join('')).not.toContain('長備註')
    await expectNotesBelowSlide(output, first + 1, '長備註第1段')
  })

  it('prints three slides a page with note lines, and no speaker notes, in the 3-up layout', async () => {
    const output = join(outRoot, '3up.handout.pdf')
    const result = await exportHandoutPdf(await handoutJob({ layout: '3up', output }))
    const pages = (await readPdfPages(output)).map(squash)
    const trios = Math.ceil(target.plan.slides.length / 3)
    expect(result.pages).toBe(pages.length)
    expect(pages[1]).toContain(squash(target.plan.slides[0]!.title))
    expect(pages[1]).toContain(squash(target.plan.slides[2]!.title))
    expect(pages[trios + 1]).toContain(squash('附錄'))
    expect(pages.join('')).not.toContain(squash('財政資金規模大，但風險偏好低。'))
    expect(pages[0]).toContain(squash('每頁三張投影片'))
  })

  it('keeps the previous handout when an export fails', async () => {
    const output = join(outRoot, 'kept.handout.pdf')
    await writeFile(output, 'previous')
    const slides = await PDFDocument.load(await readFile(target.files.pdf))
    slides.removePage(slides.getPageCount() - 1)
    const job = await handoutJob({ output, slidesPdf: await slides.save() })
    await expect(exportHandoutPdf(job)).rejects.toMatchObject({ code: 'E_EXPORT' })
    expect(await readFile(output, 'utf8')).toBe('previous')
  })
})

/** The notes' first line sits below the slide's own page number (the lowest text on the slide). */
async function expectNotesBelowSlide(path: string, pageNumber: number, notesStart: string): Promise<void> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
  const items = (await (await doc.getPage(pageNumber)).getTextContent()).items.flatMap(i => ('str' in i ? [i] : []))
  const total = target.plan.slides.length
  const slideFooter = items.find(i => squash(i.str) === `${pageNumber - 1}/${total}`)
  const notes = items.find(i => notesStart.startsWith(squash(i.str)) && squash(i.str).length > 0 && i.transform[5]! < 700)
  expect(slideFooter, 'the slide\'s page number').toBeDefined()
  expect(notes, 'the notes\' first words').toBeDefined()
  expect(notes!.transform[5]).toBeLessThan(slideFooter!.transform[5]! - 10)
  await doc.destroy()
}
