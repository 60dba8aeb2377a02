/**
 * Handouts for real: a copy of the minimal fixture with an erratum and a publication added, built
 * by the pipeline (Slidev build, Chromium print), then the slide PDF and the handout read back
 * with pdf.js and pdf-lib: what each page says, where the running header and footer stand, the
 * appendix, the ruled lines of the 3-up layout, and which layout a run picks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { projectPaths, ROOT, type ProjectPaths } from '../../scripts/core/paths.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { exportHandoutPdf, type HandoutPdfJob } from '../../scripts/export/handout-pdf.ts'
import { planOutline } from '../../scripts/export/outline.ts'
import type { OutlineEntry } from '../../scripts/export/pdf-document.ts'
import type { LocaleTarget } from '../../scripts/pipeline/prepare.ts'
import { captureStderr } from '../helpers/outputs.ts'
import { readFilledRects, readPdfInfo, readPdfOutline, readPdfPages, readPdfTextItems, squash, type ReadOutlineEntry } from '../helpers/pdf.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const LOCALE = 'zh-Hant-TW'
const browser = new BrowserManager()
let root: string
let paths: ProjectPaths
let target: LocaleTarget

/** The fixture with a typo in its source and the erratum that corrects it, and a publication. */
function writeDeck(id: string, meta = ''): string {
  const dir = join(paths.data, id)
  cpSync(join(ARTICLE_FIXTURES, 'minimal'), dir, { recursive: true })
  const source = join(dir, 'source.txt')
  writeFileSync(source, readFileSync(source, 'utf8').replace('難以獲得貸款', '難以獲得貨款'))
  const article = join(dir, 'article.yaml')
  writeFileSync(article, readFileSync(article, 'utf8')
    .replace('meta:\n', `meta:\n  locales: [${LOCALE}]\n${meta}`)
    .replace('    region: CN\n', '    region: CN\n    publication: 測試月刊\n    date: 2025-03\n')
    .replace('cover_notes:', 'errata:\n  - {paragraph: 5, original: 貨款, corrected: 貸款}\ncover_notes:'))
  return dir
}

async function deck(refs: string[], options: Parameters<typeof deckCommand>[1]) {
  const run = await captureStderr(() => deckCommand(refs, { quiet: true, ...options }, paths))
  expect(run.result, JSON.stringify(run.stderr)).toBe(EXIT.ok)
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deckwright-handout-'))
  paths = projectPaths(join(root, 'out'), join(root, 'data'))
  cpSync(join(ROOT, 'data', 'glossary.yaml'), paths.glossary)
  const dir = writeDeck('minimal')
  await deck(['minimal'], {})
  target = await renderDeckDir(dir, LOCALE, join(root, 'out'))
}, 300_000)

afterAll(async () => {
  await browser.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

const flatten = <T extends { children?: T[] }>(entries: readonly T[]): T[] => entries.flatMap(e => [e, ...flatten(e.children ?? [])])
const shape = (entries: readonly (OutlineEntry | ReadOutlineEntry)[]): unknown => entries.map(e => [e.title, shape(e.children ?? [])])

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
    output: join(root, 'job.handout.pdf'),
    metadata: target.metadata,
    browser,
    label: target.name,
    ...overrides,
  }))
}

/**
 * The fixture's slides and what the notes handout prints under each, written out: the speaker
 * notes (a chart's data table goes to the appendix), or a divider's list of its slides.
 */
const SLIDES: [title: string, printed: string[]][] = [
  ['小型測試簡報', ['講者備註', '這是封面的講者備註。']],
  // Two sections: the agenda follows the cover; it has no notes of its own.
  ['簡報大綱', ['講者備註', '本頁無講者備註。']],
  ['第一節標題', ['本部分包括', '投影片 4', '財政與天使投資', '投影片 5', '原文引述']],
  ['財政與天使投資', ['講者備註', '財政資金規模大，但風險偏好低。']],
  ['原文引述', ['講者備註', '這句話說明天使投資的特點。']],
  ['第二節標題', ['本部分包括', '投影片 7', '銀行與輕資產企業', '投影片 10', '示例資料']],
  ['銀行與輕資產企業', ['講者備註', '銀行信貸重視抵押。']],
  ['三種管道比較', ['講者備註', '這些是編者依原文文字所作的評分，不是量測資料。', '本頁圖表的數值見附錄表 1。']],
  ['評分一覽', ['講者備註', '熱度圖列出每一項評分。', '本頁圖表的數值見附錄表 2。']],
  ['示例資料', ['講者備註', '用於測試的示例資料。', '本頁圖表的數值見附錄表 3。']],
  ['勘誤', ['講者備註', '第 5 段：「貨款」更正為「貸款」']],
  ['結語', ['講者備註', '感謝聆聽。']],
]

/** Text in the top and bottom page margins (the running header and footer), squashed. */
async function margins(path: string, page: number): Promise<{ header: string; footer: string }> {
  const items = await readPdfTextItems(path, page + 1)
  const join = (band: typeof items) => squash([...band].sort((a, b) => a.x - b.x).map(item => item.text).join(''))
  // A4 is 841.9 pt tall; the body runs from 22 mm above the bottom to 24 mm below the top.
  return { header: join(items.filter(item => item.y > 780)), footer: join(items.filter(item => item.y < 60)) }
}

describe('the slide PDF', () => {
  it('has one 720 × 405 pt page per slide, the outline by section and the document metadata', async () => {
    const info = await readPdfInfo(target.files.pdf)
    expect(info.pages).toBe(SLIDES.length)
    expect(info.size.width).toBe(720)
    expect(info.size.height).toBeCloseTo(405, 3)
    expect(info).toMatchObject({
      title: '小型測試簡報',
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
    expect(slidePages).toEqual(SLIDES.map((_, i) => i + 1))
    SLIDES.forEach(([title, printed], i) => {
      const page = pages[i + 1]!
      expect(page, `slide ${i + 1}`).toContain(squash(title))
      for (const text of printed) expect(page, `slide ${i + 1}`).toContain(squash(text))
    })
    // The notes' copy of a chart's data table is not printed with them: the appendix has it.
    expect(pages.slice(1, SLIDES.length + 1).join('')).not.toContain(squash('圖表資料：'))
    expect(pages.slice(SLIDES.length + 1).join('')).toContain(squash('資料來源'))
  })

  it('has a cover with title, authors, editor, source, date, locale and contents, and no running header', async () => {
    const output = join(root, 'dated.handout.pdf')
    await exportHandoutPdf(await handoutJob({ output, date: new Date(2025, 2, 9) }))
    const cover = squash((await readPdfPages(output))[0]!)
    for (const text of ['講義', '附講者備註', '小型測試簡報', '用於測試的最小文章', '作者', '王小明（測試研究院研究員）', '責任編輯', '李四', '出處', '測試月刊，2025-03', '編製日期', '2025年3月9日', '語言版本', '繁體中文（台灣）', '目錄', '第 1 部分', '第一節標題', '3–5', '第 2 部分', '第二節標題', '6–10', '共 12 張投影片'])
      expect(cover).toContain(squash(text))
    expect(await margins(output, 0)).toEqual({ header: '', footer: '' })
  })

  it('prints the running header (title, layout) and the footer (source, page n of m) in the margins of every page after the cover', async () => {
    const pages = await readPdfPages(target.files.handout)
    for (let page = 1; page < pages.length; page++) {
      expect(await margins(target.files.handout, page), `page ${page + 1}`).toEqual({
        header: squash('小型測試簡報講義 · 附講者備註'),
        footer: squash(`出處：王小明〈小型測試簡報〉第 ${page + 1} 頁，共 ${pages.length} 頁`),
      })
    }
  })

  it('ends with an appendix: sources, the errata and every chart\'s data as a table', async () => {
    const pages = (await readPdfPages(target.files.handout)).map(squash)
    const appendix = pages.slice(SLIDES.length + 1).join('')
    for (const text of ['附錄', '資料來源', '原文', '測試月刊，2025-03', '各頁出處', '勘誤', '第 5 段：「貨款」更正為「貸款」', '圖表資料'])
      expect(appendix).toContain(squash(text))
    // The ratings (a row per dimension, a column per channel) and the figures, from article.yaml.
    const ratings = ['維度財政資金天使投資銀行信貸', '風險偏好252', '決策速度未評分5未評分', '適配輕資產未評分未評分1']
    expect(appendix).toContain(`${squash('表 1　管道特點（編者評分）。編者依原文文字評分，非量測資料；1＝低 … 5＝高投影片 8')}${ratings.join('')}`)
    expect(appendix).toContain(`${squash('表 2　管道特點（編者評分）。編者依原文文字評分，非量測資料；1＝低 … 5＝高投影片 9')}${ratings.join('')}`)
    expect(appendix).toContain(squash('表 3　二〇二三年、二〇二四年。單位：億元；資料來源：測試資料，僅供圖表測試投影片 10項目二〇二三年二〇二四年甲34乙56丙21'))
  })

  it('carries the metadata, the language and an outline from contents to the appendix and its parts', async () => {
    const info = await readPdfInfo(target.files.handout)
    expect(info).toMatchObject({ title: '小型測試簡報（講義）', author: '王小明', language: '(zh-Hant-TW)' })
    expect(info.size.width).toBeCloseTo(595.3, 0)
    expect(info.size.height).toBeCloseTo(841.9, 0)
    const pages = (await readPdfPages(target.files.handout)).map(squash)
    const outline = await readPdfOutline(target.files.handout)
    expect(outline[0]).toMatchObject({ title: '目錄', page: 0 })
    // The appendix starts on the page after the last slide; each part is where its heading is.
    const appendix = outline.at(-1)!
    expect(appendix).toMatchObject({ title: '附錄', page: SLIDES.length + 1 })
    expect(pages[appendix.page]).toContain(squash('附錄資料來源'))
    expect(appendix.children.map(child => child.title)).toEqual(['資料來源', '勘誤', '圖表資料'])
    for (const child of appendix.children) expect(pages[child.page], child.title).toContain(child.title)
    expect(appendix.children.map(child => child.page)).toEqual([...appendix.children.map(child => child.page)].sort((a, b) => a - b))
  })
})

describe('handout layouts and failures', () => {
  it('runs long notes onto the next page, below the slide, and starts the next slide on a fresh page', async () => {
    const long = Array.from({ length: 45 }, (_, k) => `長備註第${k + 1}段：財政資金規模大，但風險偏好低；天使投資人風險偏好高、決策層級少，適合早期企業。`)
    // The first content slide; every slide before it (cover, agenda, divider) has a page of its own.
    const noted = SLIDES.findIndex(([title]) => title === '財政與天使投資') + 1
    const slides = target.plan.slides.map(s => (s.no === noted ? { ...s, notes: long.join('\n\n') } : s))
    const output = join(root, 'long.handout.pdf')
    await exportHandoutPdf(await handoutJob({ plan: { ...target.plan, slides }, output }))
    const pages = (await readPdfPages(output)).map(squash)
    const first = pages.findIndex(p => p.includes('長備註第1段'))
    const last = pages.findIndex(p => p.includes('長備註第45段'))
    expect(first).toBe(noted)
    expect(last).toBeGreaterThan(first)
    expect(pages[last + 1]).toContain(squash('原文引述'))
    for (const paragraph of long) expect(pages.filter(p => p.includes(squash(paragraph)))).toHaveLength(1)
    expect(pages.slice(last + 1).join('')).not.toContain('長備註')
    await expectNotesBelowSlide(output, first + 1, '長備註第1段')
  })

  it('prints three slides a page with ruled lines beside each for the audience\'s notes, and no speaker notes, in the 3-up layout', async () => {
    const output = join(root, '3up.handout.pdf')
    const result = await exportHandoutPdf(await handoutJob({ layout: '3up', output }))
    const pages = (await readPdfPages(output)).map(squash)
    expect(result.pages).toBe(pages.length)
    expect(pages[0]).toContain(squash('每頁三張投影片，附筆記欄'))
    const trios = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
    for (const [i, slides] of trios.entries()) {
      const page = i + 1
      for (const no of slides) expect(pages[page], `page ${page + 1}`).toContain(squash(`${no}${SLIDES[no - 1]![0]}`))
      // Ruled lines: long thin rules in the right-hand column, beside the slides (which end 334 pt in).
      const rules = (await readFilledRects(output, page + 1)).filter(r => r.height < 1.5 && r.width > 150 && r.x > 340 && r.y > 60 && r.y < 780)
      expect(rules.length, `page ${page + 1}`).toBeGreaterThanOrEqual(5 * slides.length)
    }
    expect(pages[trios.length + 1]).toContain(squash('附錄'))
    expect(pages.join('')).not.toContain(squash('講者備註'))
    expect(pages.join('')).not.toContain(squash('財政資金規模大，但風險偏好低。'))
  })

  it('keeps the previous handout when an export fails', async () => {
    const output = join(root, 'kept.handout.pdf')
    await writeFile(output, 'previous')
    const slides = await PDFDocument.load(await readFile(target.files.pdf))
    slides.removePage(slides.getPageCount() - 1)
    const job = await handoutJob({ output, slidesPdf: await slides.save() })
    await expect(exportHandoutPdf(job)).rejects.toMatchObject({ code: 'E_EXPORT' })
    expect(await readFile(output, 'utf8')).toBe('previous')
  })
})

describe('choosing the handout layout, and --only handout', () => {
  /** A deck of its own, whose meta.handout is 3up; it shares the built code of the first one. */
  let layouts: { handout: string; pdf: string }
  beforeAll(() => {
    writeDeck('layouts', '  handout: 3up\n')
    layouts = { handout: join(paths.exports, `layouts.${LOCALE}.handout.pdf`), pdf: join(paths.exports, `layouts.${LOCALE}.pdf`) }
  })
  const cover = async () => squash((await readPdfPages(layouts.handout))[0]!)

  it('takes meta.handout when --handout is not given; --only handout makes the handout and no slide PDF', async () => {
    await deck(['layouts'], { only: 'handout' })
    expect(await cover()).toContain(squash('講義每頁三張投影片，附筆記欄'))
    expect(() => statSync(layouts.pdf)).toThrow(/ENOENT/)
  })

  it('lets --handout override meta.handout', async () => {
    await deck(['layouts'], { only: 'handout', handout: 'notes' })
    expect(await cover()).toContain(squash('講義附講者備註'))
    expect(await cover()).not.toContain(squash('每頁三張投影片'))
    expect(() => statSync(layouts.pdf)).toThrow(/ENOENT/)
  })

  it('makes notes when neither says', async () => {
    // The deck built in beforeAll has no meta.handout, and its run no --handout.
    expect(squash((await readPdfPages(target.files.handout))[0]!)).toContain(squash('講義附講者備註'))
  })
})

/** The notes' first line sits below the slide's own page number (the lowest text on the slide). */
async function expectNotesBelowSlide(path: string, pageNumber: number, notesStart: string): Promise<void> {
  const items = await readPdfTextItems(path, pageNumber)
  const slideFooter = items.find(i => squash(i.text) === `${pageNumber - 1}/${SLIDES.length}`)
  const notes = items.find(i => notesStart.startsWith(squash(i.text)) && i.y < 700)
  expect(slideFooter, 'the slide\'s page number').toBeDefined()
  expect(notes, 'the notes\' first words').toBeDefined()
  expect(notes!.y).toBeLessThan(slideFooter!.y - 10)
}
