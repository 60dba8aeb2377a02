/**
 * The whole path for real: fixture data → validated → localised → Slidev markdown → Slidev SPA
 * build → printed in Chromium → PDF read back with pdf.js.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectPaths } from '../../scripts/core/paths.ts'
import { createProgress } from '../../scripts/core/progress.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { runDecks } from '../../scripts/pipeline/run-decks.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { serveStatic } from '../../scripts/export/static-server.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'
import { readPdfFonts, readPdfInfo, readPdfPages, squash } from '../helpers/pdf.ts'

const deckDir = join(ARTICLE_FIXTURES, 'minimal')
let outRoot: string
let paths: ReturnType<typeof projectPaths>

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'deckwright-pipeline-'))
  paths = projectPaths(outRoot)
  const result = await runDecks({ deckDirs: [deckDir], paths, outputs: ['slides', 'spa', 'pdf'], progress: createProgress('quiet') })
  expect(result.failed.map(f => String((f.error as Error).message))).toEqual([])
})

afterAll(async () => {
  if (outRoot) await rm(outRoot, { recursive: true, force: true })
})

describe.each(LOCALES)('minimal deck in %s', locale => {
  const pdf = () => join(paths.exports, `minimal.${locale}.pdf`)

  it('writes the markdown, the SPA with presenter mode, and the PDF', () => {
    expect(existsSync(join(paths.slides, `minimal.${locale}.md`))).toBe(true)
    expect(existsSync(join(paths.dist, `minimal.${locale}`, 'index.html'))).toBe(true)
    expect(existsSync(pdf())).toBe(true)
  })

  it('has one 16:9 page per slide, and the title and every slide title as text', async () => {
    const target = await renderDeckDir(deckDir, locale)
    const pages = await readPdfPages(pdf())
    expect(pages).toHaveLength(target.plan.slides.length)
    target.plan.slides.forEach((slide, i) => expect(squash(pages[i]!)).toContain(squash(slide.title)))
    expect(squash(pages[0]!)).toContain(squash(target.plan.title))
    const info = await readPdfInfo(pdf())
    expect(info.size.width / info.size.height).toBeCloseTo(16 / 9, 2)
  })

  it('shares one build: the code holds no slide text, index.html holds this locale\'s, fonts/ only its fonts', async () => {
    const target = await renderDeckDir(deckDir, locale)
    const dir = join(paths.dist, `minimal.${locale}`)
    const code = readdirSync(join(dir, 'assets'), { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.js'))
      .map(file => readFileSync(join(dir, 'assets', file), 'utf8'))
      .join('\n')
    const texts = [target.plan.title, ...target.plan.slides.map(slide => slide.title)]
    for (const text of texts) expect(code).not.toContain(text)
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
    expect(html).toContain(`<html lang="${locale}">`)
    expect(html).toContain('globalThis.__DECKWRIGHT_DECK__=')
    for (const text of texts) expect(html).toContain(JSON.stringify(text).slice(1, -1))
    const fontPackage = { 'zh-Hans-CN': 'noto-sans-sc', 'zh-Hant-TW': 'noto-sans-tc', 'zh-Hant-HK': 'noto-sans-hk' }[locale]
    // The locale's Noto Sans, and Noto Emoji as its fallback for emoji and symbols.
    expect(readdirSync(join(dir, 'fonts')).every(file => file === `${locale}.css` || ((file.startsWith(`${fontPackage}-`) || file.startsWith('noto-emoji-')) && file.endsWith('.woff2')))).toBe(true)
    // The same code in every locale: one build made it.
    const other = join(paths.dist, `minimal.${LOCALES.find(l => l !== locale)}`, 'assets')
    expect(readdirSync(join(dir, 'assets'), { recursive: true }).sort()).toEqual(readdirSync(other, { recursive: true }).sort())
  })

  it('embeds the regional Noto font, never a fallback', async () => {
    const fonts = await readPdfFonts(pdf())
    const family = { 'zh-Hans-CN': 'NotoSansSC', 'zh-Hant-TW': 'NotoSansTC', 'zh-Hant-HK': 'NotoSansHK' }[locale]
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every(f => f.embedded)).toBe(true)
    expect(fonts.every(f => f.name.includes(family))).toBe(true)
  })

  it('carries the metadata and language', async () => {
    const target = await renderDeckDir(deckDir, locale)
    const info = await readPdfInfo(pdf())
    expect(info).toMatchObject({ title: target.plan.title, author: '王小明', creator: expect.stringMatching(/^Deckwright \d/) })
    expect(info.language).toContain(locale)
  })
})

describe('regional text in the PDFs', () => {
  it('reads Simplified in zh-Hans-CN and Traditional in the others', async () => {
    const text = async (locale: string) => squash((await readPdfPages(join(paths.exports, `minimal.${locale}.pdf`))).join(''))
    expect(await text('zh-Hans-CN')).toContain('财政与天使投资')
    expect(await text('zh-Hant-TW')).toContain('財政與天使投資')
    expect(await text('zh-Hant-HK')).toContain('財政與天使投資')
  })
})

describe('the static live deck', () => {
  it('opens in presenter mode with the speaker notes and the next slide', async () => {
    const browser = new BrowserManager()
    const server = await serveStatic(join(paths.dist, 'minimal.zh-Hant-TW'))
    try {
      const page = await (await browser.get()).newPage()
      await page.goto(`${server.url}index.html#/presenter/3`)
      const notes = page.locator('.slidev-note')
      await notes.first().waitFor({ timeout: 30_000 })
      expect(squash(await notes.first().innerText())).toContain(squash('財政資金規模大，但風險偏好低。'))
      // The next slide's preview mounts on its own schedule (hidden copies of it are preloaded for
      // the current pane): wait for a visible one rather than read the page too early.
      await page.locator('.dw-title:visible', { hasText: '原文引述' }).first().waitFor({ timeout: 30_000 })
      expect(squash(await page.locator('body').innerText())).toContain('原文引述')
    }
    finally {
      await server.close()
      await browser.close()
    }
  })
})

describe.each(LOCALES)('charts in %s', locale => {
  /** Runs `read` in the minimal deck's print view, served from its built SPA, and closes it all after. */
  async function inPrintView<T>(read: (page: import('playwright').Page) => Promise<T>): Promise<T> {
    const browser = new BrowserManager()
    const server = await serveStatic(join(paths.dist, `minimal.${locale}`))
    try {
      const { openPrintView } = await import('../../scripts/export/print-page.ts')
      const target = await renderDeckDir(deckDir, locale)
      const view = await openPrintView(browser, server.url, target.plan.slides.length, `minimal.${locale}`)
      const result = await read(view.page)
      await view.close()
      return result
    }
    finally {
      await server.close()
      await browser.close()
    }
  }

  it('draw every chart for real: canvases are not blank and the heat-map has its values', async () => {
    const charts = await inPrintView(page => page.evaluate(() => Array.from(document.querySelectorAll('[data-dw-chart]')).map(el => {
      const canvas = el.querySelector('canvas')
      if (!canvas) return { canvas: false, inked: 0, text: (el.textContent ?? '').replace(/\s+/g, '') }
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let inked = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++
      return { canvas: true, inked: inked / (canvas.width * canvas.height), text: '' }
    })))
    expect(charts).toHaveLength(3)
    const drawn = charts.filter(c => c.canvas)
    expect(drawn).toHaveLength(2)
    for (const chart of drawn) expect(chart.inked).toBeGreaterThan(0.01)
    const heatmap = charts.find(c => !c.canvas)!
    expect(heatmap.text).toMatch(/5/)
  })

  it('write every radar value once, clear of the tick numbers, the category labels and each other', async () => {
    const drawn = await inPrintView(page => page.evaluate(() => Array.from(document.querySelectorAll('[data-dw-chart="radar"] canvas'))
      .map(canvas => JSON.parse(canvas.getAttribute('data-dw-value-labels') ?? 'null'))))
    expect(drawn).toHaveLength(1)
    type Box = { left: number; top: number; right: number; bottom: number }
    const { labels, obstacles } = drawn[0] as { labels: { text: string; box: Box }[]; obstacles: { kind: string; box: Box }[] }
    // The fixture rates risk 2 (twice: one shared label), 5; speed 5; light 1: four spots.
    expect(labels.map(label => label.text).sort()).toEqual(['1', '2', '5', '5'])
    expect(obstacles.filter(o => o.kind === 'tick').length).toBe(4)
    const hit = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)
    labels.forEach((label, i) => {
      for (const other of labels.slice(i + 1)) expect(hit(label.box, other.box), `${label.text} on ${other.text}`).toBe(false)
      for (const obstacle of obstacles) expect(hit(label.box, obstacle.box), `${label.text} on a ${obstacle.kind}`).toBe(false)
    })
  })

  it('label the chart slides as editorial ratings in the PDF text', async () => {
    const pages = await readPdfPages(join(paths.exports, `minimal.${locale}.pdf`))
    const chartPage = squash(pages.find(page => page.includes('5')) ?? '')
    expect(squash(pages.join(''))).toMatch(locale === 'zh-Hans-CN' ? /编者/ : /編者/)
    expect(chartPage.length).toBeGreaterThan(0)
  })
})
