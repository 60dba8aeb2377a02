/**
 * A briefing, not a slideshow, for real: the first deck built in its three locales (Slidev build,
 * Chromium print, handout), then read back from the PDFs with pdf.js: the summary is page 2, the
 * agenda page 3 and its numbers lead to the sections' dividers, each divider marks where it
 * stands, the outline and the links hold the new slides, the handout prints the time plan. A
 * ten-section deck from a Simplified source fits (its agenda continues); text that cannot fit on
 * the summary, the agenda or a divider fails the build, named by slide. In the live deck an
 * agenda entry takes the presenter to its section.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { projectPaths, ROOT, type ProjectPaths } from '../../scripts/core/paths.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { serveStatic } from '../../scripts/export/static-server.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import { readGlossaryFor } from '../../scripts/localise/glossary-file.ts'
import { localiseArticle } from '../../scripts/localise/localise-article.ts'
import type { Article } from '../../scripts/load/schema.ts'
import { captureStderr } from '../helpers/outputs.ts'
import { readPdfItems, readPdfLinks, readPdfOutline, readPdfPages, squash, type PdfTextItem } from '../helpers/pdf.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

const FIRST_DECK = join(ROOT, 'data', 'deepseek-tech-finance')
const TEN_SECTIONS = join(ARTICLE_FIXTURES, 'briefing')
const OVERFLOW = join(ARTICLE_FIXTURES, 'overflow-briefing')

/** The builder's own words, as each locale's readers expect them (not read from ui-strings.ts). */
const WORDS = {
  'zh-Hans-CN': { summary: '要点', agenda: '议程', partOf: (n: number, t: number) => `第${n}部分，共${t}部分`, time: /时间：本页约\d+:\d\d·累计\d+:\d\d／20:00/, duration: '20分钟' },
  'zh-Hant-TW': { summary: '要點', agenda: '簡報大綱', partOf: (n: number, t: number) => `第${n}部分，共${t}部分`, time: /時間：本頁約\d+:\d\d·累計\d+:\d\d／20:00/, duration: '20分鐘' },
  'zh-Hant-HK': { summary: '要點', agenda: '議程', partOf: (n: number, t: number) => `第${n}部分，共${t}部分`, time: /時間：本頁約\d+:\d\d·累計\d+:\d\d／20:00/, duration: '20分鐘' },
} as const

let root: string
let paths: ProjectPaths
let run: { result: number; stderr: string }
const pdf = (deck: string, locale: Locale, kind = 'pdf') => join(paths.exports, `${deck}.${locale}.${kind}`)

/** The first deck's data in a locale, localised as the build does it: what the slides must show. */
async function firstDeckText(locale: Locale): Promise<Article> {
  const deck = await readDeck(FIRST_DECK)
  return localiseArticle(deck.article, locale, await readGlossaryFor(deck, projectPaths()), deck.article.meta.source)
}

/** Lines of a page: items at the same height, left to right, joined. */
function lines(items: readonly PdfTextItem[]): { y: number; text: string; items: PdfTextItem[] }[] {
  const rows = new Map<number, PdfTextItem[]>()
  for (const item of items) {
    const y = Math.round(item.y)
    rows.set(y, [...(rows.get(y) ?? []), item])
  }
  return [...rows].sort(([a], [b]) => b - a).map(([y, row]) => {
    const sorted = row.sort((a, b) => a.x - b.x)
    return { y, text: squash(sorted.map(i => i.str).join('')), items: sorted }
  })
}

/** What page 3 lists: for each line that starts with a section's number, the title and the slide number at its end. */
async function agendaEntries(file: string, page: number): Promise<{ no: number; title: string; slide: number }[]> {
  return lines(await readPdfItems(file, page)).flatMap(line => {
    // The page number in the footer (3/36) is no entry.
    const match = /^(\d+)([^/\d].*?)(\d+)$/.exec(line.text)
    return match ? [{ no: Number(match[1]), title: match[2]!, slide: Number(match[3]) }] : []
  })
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deckwright-briefing-'))
  paths = projectPaths(root)
  const { result, stderr } = await captureStderr(() => deckCommand([FIRST_DECK, TEN_SECTIONS, OVERFLOW], { quiet: true }, paths))
  run = { result, stderr }
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe.each(LOCALES)('the first deck as a briefing in %s', locale => {
  const words = WORDS[locale]

  it('builds without a layout problem', () => {
    expect(run.stderr).not.toContain(`deepseek-tech-finance.${locale}`)
  })

  it('opens with the summary on page 2: every key message, each with its paragraphs', async () => {
    const article = await firstDeckText(locale)
    const page = squash((await readPdfPages(pdf('deepseek-tech-finance', locale)))[1]!)
    expect(page.startsWith(words.summary)).toBe(true)
    expect(article.summary!.points).toHaveLength(5)
    let at = 0
    for (const point of article.summary!.points) {
      // In order, each followed by its citation.
      const cited = `${squash(point.text)}原文第`
      expect(page.indexOf(cited, at), point.text).toBeGreaterThan(at)
      at = page.indexOf(cited, at)
    }
    expect(page).toContain('原文第1、5段')
    expect(page).toContain('原文第17–21段')
  })

  it('lists all six sections on page 3, the agenda, each with the slide its divider is on', async () => {
    const article = await firstDeckText(locale)
    const file = pdf('deepseek-tech-finance', locale)
    const pages = (await readPdfPages(file)).map(squash)
    expect(pages[2]!.startsWith(words.agenda)).toBe(true)
    const entries = await agendaEntries(file, 3)
    expect(entries.map(e => e.no)).toEqual([1, 2, 3, 4, 5, 6])
    expect(entries.map(e => e.title)).toEqual(article.sections.map(s => squash(s.title)))
    const total = entries.length
    for (const entry of entries) {
      // The page the agenda names is that section's divider.
      const divider = pages[entry.slide - 1]!
      expect(divider.startsWith(`${words.partOf(entry.no, total)}${entry.title}`), `page ${entry.slide}`).toBe(true)
    }
    // In order, and each after the one before: the dividers are where the sections begin.
    expect(entries.map(e => e.slide)).toEqual([...entries.map(e => e.slide)].sort((a, b) => a - b))
    // In a PDF reader each entry jumps to that page.
    const links = await readPdfLinks(file, 3)
    expect(links.map(l => l.page)).toEqual(entries.map(e => e.slide - 1))
  })

  it('marks section 4 of 6 on its divider: the part, and the route with the fourth entry set apart', async () => {
    const article = await firstDeckText(locale)
    const file = pdf('deepseek-tech-finance', locale)
    const pages = (await readPdfPages(file)).map(squash)
    const index = pages.findIndex(page => page.startsWith(words.partOf(4, 6)))
    expect(index).toBeGreaterThan(2)
    const route = lines(await readPdfItems(file, index + 1)).filter(line => /^[1-6]\D/.test(line.text) && line.items[0]!.x > 300)
    const titles = article.sections.map(s => squash(s.title))
    expect(route.map(line => line.text[0])).toEqual(['1', '2', '3', '4', '5', '6'])
    route.forEach((line, i) => expect(titles[i]!.startsWith(line.text.slice(1)), line.text).toBe(true))
    // The current section is set in bold, the other five are not.
    const bold = route.map(line => line.items.every(item => /-Bold$/.test(item.font)))
    expect(bold).toEqual([false, false, false, true, false, false])
  })

  it('holds the summary and the agenda in the outline, between the cover and the sections', async () => {
    const outline = await readPdfOutline(pdf('deepseek-tech-finance', locale))
    expect(outline.slice(0, 4).map(e => [e.title, e.page, e.children.length])).toEqual([
      [expect.any(String), 0, 0],
      [words.summary, 1, 0],
      [words.agenda, 2, 0],
      [expect.any(String), 3, expect.any(Number)],
    ])
    expect(outline.filter(e => e.children.length > 0)).toHaveLength(6)
  })

  it('prints the time plan in the handout: the duration on the cover, a budget with every slide', async () => {
    const minutes = (parse(readFileSync(join(FIRST_DECK, 'article.yaml'), 'utf8')) as { meta: { duration: number } }).meta.duration
    expect(minutes).toBe(20)
    const pages = (await readPdfPages(pdf('deepseek-tech-finance', locale, 'handout.pdf'))).map(squash)
    expect(pages[0]).toContain(words.duration)
    const slides = (await readPdfPages(pdf('deepseek-tech-finance', locale))).length
    const budgets = pages.flatMap(page => page.match(new RegExp(words.time.source, 'g')) ?? [])
    expect(budgets).toHaveLength(slides)
    // The last slide's budget ends the talk on time.
    expect(budgets.at(-1)).toMatch(/20:00／20:00$/)
  })
})

describe('a ten-section briefing from a Simplified source', () => {
  it('fits: the agenda continues on a second slide, and every divider shows its place among ten', async () => {
    for (const locale of ['zh-Hans-CN', 'zh-Hant-HK'] as const) {
      expect(run.stderr).not.toContain(`briefing.${locale}`)
      const pages = (await readPdfPages(pdf('briefing', locale))).map(squash)
      const agenda = locale === 'zh-Hans-CN' ? '议程' : '議程'
      expect(pages[2]!.startsWith(agenda)).toBe(true)
      expect(pages[3]!.startsWith(`${agenda}（${locale === 'zh-Hans-CN' ? '续' : '續'}）`)).toBe(true)
      const first = await agendaEntries(pdf('briefing', locale), 3)
      const rest = await agendaEntries(pdf('briefing', locale), 4)
      expect([...first, ...rest].map(e => e.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      // Nine dividers (one section has none), each "n of 10".
      expect(pages.filter(page => /^第\d+部分，共10部分/.test(page))).toHaveLength(9)
    }
  })

  it('lists beside each divider the six sections around its own, with … where the others are left out', async () => {
    const pages = (await readPdfPages(pdf('briefing', 'zh-Hans-CN'))).map(squash)
    const divider = (n: number) => pages.find(page => page.startsWith(`第${n}部分，共10部分`))!
    // Written out: sections 1–6 beside the first divider, 5–10 beside the last, 3–8 beside the fifth.
    const titles = ['总体情况', '资金来源', '加装电梯', '社区养老', '停车管理', '垃圾分类', '数字服务', '公共空间', '居民参与', '下一步']
    const listed = (page: string) => titles.map((title, i) => page.includes(`${i + 1}${title}`) ? i + 1 : 0).filter(Boolean)
    expect(listed(divider(1))).toEqual([1, 2, 3, 4, 5, 6])
    expect(divider(1)).toMatch(/6[^…]*…/)
    expect(listed(divider(10))).toEqual([5, 6, 7, 8, 9, 10])
    expect(listed(divider(5))).toEqual([3, 4, 5, 6, 7, 8])
    expect(divider(5).split('…')).toHaveLength(3)
  })
})

describe('text that cannot fit on the briefing slides', () => {
  it('fails the build with E_LAYOUT naming the summary, the agenda and both dividers', () => {
    const name = 'overflow-briefing.zh-Hant-TW'
    expect(run.result).toBe(EXIT.build)
    expect(run.stderr).toContain(`E_LAYOUT: ${name}: `)
    // The key message that is one long word.
    expect(run.stderr).toMatch(new RegExp(`${name} slide 2: (cut-off|outside-canvas): "DeepSeekDeepSeek`))
    // The agenda's entry with the title word too long for a line.
    expect(run.stderr).toMatch(new RegExp(`${name} slide 3: (cut-off|outside-canvas): "融資管道DeepSeek`))
    expect(run.stderr).toMatch(new RegExp(`${name} slide 4: (cut-off|outside-canvas): `))
    expect(run.stderr).toMatch(new RegExp(`${name} slide 6: (cut-off|outside-canvas): `))
    expect(run.stderr).toContain('✗ 1 failed, 5 built')
  })
})

describe('the agenda in the live deck', () => {
  it('takes the audience and the presenter to a section when its entry is clicked', async () => {
    const browser = new BrowserManager()
    const server = await serveStatic(join(paths.dist, 'deepseek-tech-finance.zh-Hant-TW'))
    try {
      const page = await (await browser.get()).newPage({ viewport: { width: 960, height: 540 } })
      for (const view of ['', 'presenter/']) {
        await page.goto(`${server.url}index.html#/${view}3`)
        const entry = page.locator('.dw-agenda-entry:visible', { hasText: '科創金融' }).first()
        await entry.waitFor({ timeout: 30_000 })
        const target = Number(await entry.locator('.dw-agenda-slide').innerText())
        await entry.click()
        await page.waitForURL(url => url.hash === `#/${view}${target}`, { timeout: 10_000 })
        await page.locator('.dw-section-title:visible', { hasText: '科創金融' }).first().waitFor({ timeout: 10_000 })
      }
    }
    finally {
      await server.close()
      await browser.close()
    }
  })
})
