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
import { openPrintView } from '../../scripts/export/print-page.ts'
import { serveStatic } from '../../scripts/export/static-server.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'
import { readPdfFonts, readPdfInfo, readPdfPages, squash } from '../helpers/pdf.ts'

const deckDir = join(ARTICLE_FIXTURES, 'minimal')
let outRoot: string
let paths: ReturnType<typeof projectPaths>
/** One Chromium for the browser tests of this file, each in its own context. */
const browser = new BrowserManager()

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'deckwright-pipeline-'))
  paths = projectPaths(outRoot)
  const result = await runDecks({ deckDirs: [deckDir], paths, outputs: ['slides', 'spa', 'pdf'], progress: createProgress('quiet') })
  expect(result.failed.map(f => String((f.error as Error).message))).toEqual([])
})

afterAll(async () => {
  await browser.close()
  if (outRoot) await rm(outRoot, { recursive: true, force: true })
})

describe.each(LOCALES)('minimal deck in %s', locale => {
  const pdf = () => join(paths.exports, `minimal.${locale}.pdf`)

  it('writes the markdown, the SPA and the PDF', () => {
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
    // Browser code carries nothing only the build needs: zod (the schema) stays out of the charts.
    expect(code).toContain('data-dw-chart')
    expect(code).not.toMatch(/\$ZodType|ZodError/)
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

/** What each locale's deck says, written out: the expectations do not come from the code under test. */
const EXPECTED = {
  'zh-Hans-CN': {
    agenda: '议程',
    title: '小型测试简报',
    coverNotes: '这是封面的讲者备注。',
    firstSection: '第一节标题',
    charts: ['三种渠道比较', '评分一览', '示例数据'],
    editorial: '编者依原文文字评分，非测量数据',
    channels: ['财政资金', '天使投资', '银行信贷'],
    dimensions: ['风险偏好', '决策速度', '适配轻资产'],
    notRated: '未评分',
    barSource: '数据来源：测试数据，仅供图表测试',
  },
  'zh-Hant-TW': {
    agenda: '簡報大綱',
    title: '小型測試簡報',
    coverNotes: '這是封面的講者備註。',
    firstSection: '第一節標題',
    charts: ['三種管道比較', '評分一覽', '示例資料'],
    editorial: '編者依原文文字評分，非量測資料',
    channels: ['財政資金', '天使投資', '銀行信貸'],
    dimensions: ['風險偏好', '決策速度', '適配輕資產'],
    notRated: '未評分',
    barSource: '資料來源：測試資料，僅供圖表測試',
  },
  'zh-Hant-HK': {
    agenda: '議程',
    title: '小型測試簡報',
    coverNotes: '這是封面的講者備註。',
    firstSection: '第一節標題',
    charts: ['三種渠道比較', '評分一覽', '示例數據'],
    editorial: '編者依原文文字評分，並非量度數據',
    channels: ['財政資金', '天使投資', '銀行信貸'],
    dimensions: ['風險偏好', '決策速度', '適配輕資產'],
    notRated: '未評分',
    barSource: '資料來源：測試數據，僅供圖表測試',
  },
} as const

/**
 * The article's ratings (tests/fixtures/articles/minimal/article.yaml) as the heat-map must show
 * them: a row per dimension (risk, speed, light), a column per channel (fiscal, angel, banks).
 */
const RATINGS = [[2, 5, 2], [null, 5, null], [null, null, 1]]

/** The fixture's slides: cover, agenda (two sections), then per section its divider and slides (2 and 4), closing. */
const SLIDE_COUNT = 11

/** Opens the built deck of `locale` on its own static server, in a new browser context. */
async function openDeck(locale: string) {
  const server = await serveStatic(join(paths.dist, `minimal.${locale}`))
  const context = await (await browser.get()).newContext({ viewport: { width: 1280, height: 720 } })
  return { server, context, close: async () => {
    await context.close()
    await server.close()
  } }
}

describe.each(LOCALES)('the static live deck in %s', locale => {
  const expected = EXPECTED[locale]

  it('opens in presenter mode on #/presenter/1 with the speaker notes and the next slide', async () => {
    const deck = await openDeck(locale)
    try {
      const page = await deck.context.newPage()
      await page.goto(`${deck.server.url}index.html#/presenter/1`)
      const notes = page.locator('.slidev-presenter .grid-section.note .slidev-note')
      await notes.first().waitFor({ timeout: 60_000 })
      expect(squash(await notes.first().innerText())).toBe(squash(expected.coverNotes))
      // The current slide is the cover; the next-slide pane shows the agenda (the deck has two
      // sections), the first section first (hidden copies of slides are preloaded elsewhere on the
      // page: only what is visible counts).
      const main = page.locator('.slidev-presenter .grid-section.main .dw-cover-title').filter({ visible: true })
      await main.first().waitFor({ timeout: 60_000 })
      expect(await main.first().innerText()).toBe(expected.title)
      const next = page.locator('.slidev-presenter .grid-section.next .dw-title').filter({ visible: true })
      await next.first().waitFor({ timeout: 60_000 })
      expect(await next.first().innerText()).toBe(expected.agenda)
      const first = page.locator('.slidev-presenter .grid-section.next .dw-agenda-title').filter({ visible: true })
      expect(await first.first().innerText()).toBe(expected.firstSection)
      expect(await page.locator('.slidev-presenter .grid-section.next .dw-cover-title').filter({ visible: true }).count()).toBe(0)
    }
    finally {
      await deck.close()
    }
  })

  it('makes no network request beyond its own folder, in any view (the network is blocked)', async () => {
    const deck = await openDeck(locale)
    const outside: string[] = []
    const local: string[] = []
    try {
      await deck.context.route('**/*', route => {
        const url = route.request().url()
        if (url.startsWith(deck.server.url) || /^(data|blob):/.test(url)) {
          local.push(url)
          return route.continue()
        }
        outside.push(url)
        return route.abort('blockedbyclient')
      })
      const page = await deck.context.newPage()
      // The play view (which preloads every slide), presenter mode, the overview (every slide drawn
      // small) and the notes page; then the print view below.
      const views = ['#/1', `#/${SLIDE_COUNT}`, '#/presenter/1', '#/overview', '#/presenter/print']
      for (const view of views) {
        await page.goto(`${deck.server.url}index.html${view}`, { waitUntil: 'load' })
        await page.locator('.dw-layout').first().waitFor({ state: 'attached', timeout: 60_000 })
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
      }
      // The print view mounts every slide at once: all of them drawn, with their fonts and charts.
      await page.goto(`${deck.server.url}index.html?print=true#/print`, { waitUntil: 'load' })
      await page.waitForFunction(count => document.querySelectorAll('.print-slide-container .dw-layout').length === count
        && document.fonts.status === 'loaded'
        && document.querySelectorAll('[data-dw-chart-ready="true"]').length === 3, SLIDE_COUNT, { timeout: 60_000, polling: 100 })
      // The check sees the deck's requests: the page, its code and its font.
      expect(local.some(url => url.includes(`/fonts/${locale}.css`))).toBe(true)
      expect(local.some(url => url.endsWith('.woff2'))).toBe(true)
      expect(outside).toEqual([])
    }
    finally {
      await deck.close()
    }
  })

  it('draws every chart for real: canvases are not blank, and the heat-map shows the article\'s ratings', async () => {
    const server = await serveStatic(join(paths.dist, `minimal.${locale}`))
    try {
      const view = await openPrintView(browser, server.url, { total: SLIDE_COUNT }, `minimal.${locale}`)
      const charts = await view.page.evaluate(() => Array.from(document.querySelectorAll('[data-dw-chart]')).map(el => {
        const canvas = el.querySelector('canvas')
        if (!canvas) return { kind: el.getAttribute('data-dw-chart'), inked: 0 }
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
        let inked = 0
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++
        return { kind: el.getAttribute('data-dw-chart'), inked: inked / (canvas.width * canvas.height) }
      }))
      const heatmap = await view.page.evaluate(() => {
        const grid = document.querySelector('.dw-heatmap')!
        const text = (el: Element) => (el.textContent ?? '').trim()
        const cells = Array.from(grid.querySelectorAll('.dw-heatmap-cell'))
        return {
          visible: getComputedStyle(grid).visibility === 'visible',
          columns: Array.from(grid.querySelectorAll('.dw-heatmap-column')).map(text),
          rows: Array.from(grid.querySelectorAll('.dw-heatmap-row')).map(text),
          cells: cells.map(text),
          coloured: cells.map(cell => (cell as HTMLElement).style.background !== ''),
        }
      })
      await view.close()
      expect(charts.map(chart => chart.kind)).toEqual(['radar', 'heatmap', 'bar'])
      for (const chart of charts.filter(chart => chart.kind !== 'heatmap')) expect(chart.inked, chart.kind!).toBeGreaterThan(0.01)
      expect(heatmap.visible).toBe(true)
      expect(heatmap.columns).toEqual(expected.channels)
      expect(heatmap.rows).toEqual(expected.dimensions)
      expect(heatmap.cells).toEqual(RATINGS.flat().map(value => (value === null ? expected.notRated : String(value))))
      expect(heatmap.coloured).toEqual(RATINGS.flat().map(value => value !== null))
    }
    finally {
      await server.close()
    }
  })

  it('write every radar value once, clear of the tick numbers, the category labels and each other', async () => {
    const server = await serveStatic(join(paths.dist, `minimal.${locale}`))
    const drawn = await openPrintView(browser, server.url, { total: SLIDE_COUNT }, `minimal.${locale}`).then(async (view) => {
      const labels = await view.page.evaluate(() => Array.from(document.querySelectorAll('[data-dw-chart="radar"] canvas'))
        .map(canvas => JSON.parse(canvas.getAttribute('data-dw-value-labels') ?? 'null')))
      await view.close()
      return labels
    }).finally(() => server.close())
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

  it('labels the rating charts as editorial in the PDF, and the figure chart with its source', async () => {
    const pages = (await readPdfPages(join(paths.exports, `minimal.${locale}.pdf`))).map(squash)
    // Slides 8, 9 and 10 are the radar, the heat-map and the bar chart.
    const [radar, heatmap, bars] = [pages[7]!, pages[8]!, pages[9]!]
    expected.charts.forEach((title, i) => expect([radar, heatmap, bars][i]).toContain(squash(title)))
    expect(radar).toContain(squash(expected.editorial))
    expect(heatmap).toContain(squash(expected.editorial))
    expect(bars).not.toContain(squash(expected.editorial))
    expect(bars).toContain(squash(expected.barSource))
  })
})
