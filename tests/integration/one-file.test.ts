/**
 * The one-file deck, for real: the minimal fixture built to exports/<deck>.<locale>.html (and
 * nothing else: no SPA folder), then opened from its file path in Chromium with every request
 * that is not the file itself blocked, as on a conference-room PC with a USB stick. It shows the
 * first slide in its own font, moves with the arrow keys, draws its charts, and its speaker notes
 * are there: in the presenter view (which drives the audience tab) and on `n`.
 */
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatError } from '../../scripts/core/errors.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import { createProgress } from '../../scripts/core/progress.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { runDecks } from '../../scripts/pipeline/run-decks.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const LOCALE = 'zh-Hant-TW'
const browser = new BrowserManager()
let temp: string
let file: string
let url: string
let context: BrowserContext
/** Requests for anything but the file itself (all blocked). */
const outside: string[] = []
const errors: string[] = []

async function open(hash: string): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', error => errors.push(error.message))
  page.on('console', message => message.type() === 'error' && errors.push(message.text()))
  await page.goto(`${url}${hash}`)
  return page
}

async function shows(page: Page, text: string): Promise<void> {
  await page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout: 30_000, polling: 50 })
}

let chartSlide: number
/** The first slide with bullets: the cover, the agenda and the first section's divider come before it. */
let bulletSlide: number

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'deckwright-one-file-'))
  const paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
  await cp(join(ARTICLE_FIXTURES, 'minimal'), join(paths.data, 'minimal'), { recursive: true })
  const result = await runDecks({ deckDirs: [join(paths.data, 'minimal')], paths, locale: LOCALE, outputs: ['slides', 'html'], progress: createProgress('quiet') })
  expect(result.failed.map(f => formatError(f.error))).toEqual([])
  file = join(paths.exports, `minimal.${LOCALE}.html`)
  url = pathToFileURL(file).href
  const { plan } = await renderDeckDir(join(paths.data, 'minimal'), LOCALE, join(temp, 'out'))
  chartSlide = plan.slides.find(slide => slide.kind === 'chart')!.no
  bulletSlide = plan.slides.find(slide => JSON.stringify(slide).includes('天使投資人風險偏好高'))!.no
  context = await (await browser.get()).newContext({ viewport: { width: 1280, height: 720 } })
  await context.route('**/*', (route) => {
    const address = route.request().url()
    if (address.startsWith('file:') || address.startsWith('data:')) return route.continue()
    outside.push(address)
    return route.abort('blockedbyclient')
  })
}, 600_000)

afterAll(async () => {
  await browser.close()
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('the one-file deck', () => {
  it('is one file: no script, stylesheet or font it would have to fetch', async () => {
    const html = await readFile(file, 'utf8')
    const size = (await stat(file)).size
    console.log(`one-file deck: ${file} (${(size / 1024 / 1024).toFixed(2)} MB)`)
    expect(size).toBeLessThan(2 * 1024 * 1024)
    expect(html).not.toMatch(/<script[^>]*\ssrc=/)
    expect(html).not.toMatch(/<link[^>]*rel="(stylesheet|modulepreload|preload)"/)
    expect(html).toMatch(/@font-face\{[^}]*font-family: 'Noto Sans TC'[^}]*src:url\(data:font\/woff2;base64,/)
    expect(html).not.toMatch(/src:\s*url\((?!data:)/)
  })

  it('opens from its file path with the network blocked and shows the first slide in its own font', async () => {
    const page = await open('')
    await shows(page, '小型測試簡報')
    await page.waitForFunction(() => document.fonts.status === 'loaded')
    expect(await page.evaluate(() => document.fonts.check('32px "Noto Sans TC"', '小型測試簡報'))).toBe(true)
    expect(await page.evaluate(() => [...document.fonts].some(face => face.family.includes('Noto Sans TC') && face.status === 'loaded'))).toBe(true)
    await page.keyboard.press('ArrowRight')
    await shows(page, '第一節標題')
    expect(new URL(page.url()).hash).toBe('#/2')
    for (let no = 3; no <= bulletSlide; no++) await page.keyboard.press('ArrowRight')
    await shows(page, '天使投資人風險偏好高')
    await page.waitForFunction(no => location.hash === `#/${no}`, bulletSlide)
    await page.keyboard.press('ArrowLeft')
    await page.waitForFunction(no => location.hash === `#/${no - 1}`, bulletSlide)
  })

  it('draws its charts', async () => {
    const page = await open(`#/${chartSlide}`)
    // A chart that says it is ready, on a canvas with something painted on it.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('[data-dw-chart-ready="true"] canvas')].some((canvas) => {
      if (canvas.width === 0 || canvas.height === 0) return false
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true
      return false
    }), undefined, { timeout: 30_000, polling: 100 })
  })

  it('has its notes in the presenter view, which moves the audience tab, and on `n` anywhere', async () => {
    const audience = await open('#/1')
    await shows(audience, '小型測試簡報')
    const presenter = await open('#/presenter/1')
    await shows(presenter, '這是封面的講者備註')
    await presenter.keyboard.press('ArrowRight')
    await audience.waitForFunction(() => location.hash.startsWith('#/2'), undefined, { timeout: 30_000 })
    await shows(audience, '第一節標題')
    const single = await open('#/1')
    await shows(single, '小型測試簡報')
    expect(await single.evaluate(() => document.body.innerText)).not.toContain('這是封面的講者備註')
    await single.keyboard.press('n')
    await shows(single, '這是封面的講者備註')
  })

  it('asked for nothing outside the file and reported no error', () => {
    expect(outside).toEqual([])
    expect(errors).toEqual([])
  })
})
