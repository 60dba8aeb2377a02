/**
 * Presenting with `npm run dev`, for real: the Slidev dev server on a copy of a fixture deck, the
 * deck open in Chromium. Saving article.yaml updates the open deck and the presenter view without
 * a reload; a broken save reports a located error while the deck keeps its last good version;
 * fixing the file recovers without a restart.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDev, type DevEvent, type DevSession } from '../../scripts/pipeline/dev-session.ts'
import { DeckError, formatError } from '../../scripts/core/errors.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

const BULLET = '天使投資人風險偏好高'
/** The bullets slide of the minimal deck: cover, section divider, then this one. */
const SLIDE = 3

let temp: string
let article: string
let original: string
let session: DevSession
const browser = new BrowserManager()
const events: DevEvent[] = []
let deck: Page
let presenter: Page

/** Saves article.yaml with the bullet replaced, as an editor would. */
async function saveBullet(text: string, breakage = (yaml: string) => yaml): Promise<void> {
  await writeFile(article, breakage(original.replace(BULLET, text)))
}

// Generous: the test checks that updates arrive, the benchmark measures how fast (on a loaded machine the first one can take seconds).
async function shows(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout, polling: 100 })
}

async function nextEvent(type: DevEvent['type'], timeout = 60_000): Promise<DevEvent> {
  const seen = events.length
  const started = Date.now()
  while (Date.now() - started < timeout) {
    const event = events.slice(seen).find(e => e.type === type)
    if (event) return event
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error(`no "${type}" event within ${timeout} ms; saw ${events.slice(seen).map(e => e.type).join(', ') || 'nothing'}`)
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'deckwright-watch-'))
  const paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
  await cp(join(ARTICLE_FIXTURES, 'minimal'), join(paths.data, 'minimal'), { recursive: true })
  article = join(paths.data, 'minimal', 'article.yaml')
  original = await readFile(article, 'utf8')
  session = await startDev('minimal', { locale: 'zh-Hant-TW', port: 0 }, paths, event => events.push(event))
  const context = await (await browser.get()).newContext({ viewport: { width: 1280, height: 720 } })
  deck = await context.newPage()
  presenter = await context.newPage()
  await deck.goto(`${session.url}#/${SLIDE}`)
  await presenter.goto(`${session.url}#/presenter/${SLIDE}`)
  // The first load waits for Vite to optimise Slidev's client dependencies.
  await shows(deck, BULLET, 120_000)
  await shows(presenter, BULLET, 120_000)
  // Vite may reload a page once after optimising dependencies it found late; let that happen first.
  await Promise.all([deck.waitForLoadState('networkidle', { timeout: 120_000 }), presenter.waitForLoadState('networkidle', { timeout: 120_000 })])
})

afterAll(async () => {
  await browser.close()
  await session?.close()
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('npm run dev', () => {
  it('shows a saved edit in the open deck and the presenter view, without a reload', async () => {
    await deck.evaluate(() => ((window as { __notReloaded?: boolean }).__notReloaded = true))
    await saveBullet('WATCH-ONE 新要點')
    await shows(deck, 'WATCH-ONE')
    await shows(presenter, 'WATCH-ONE')
    expect(await deck.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded)).toBe(true)
    expect(await readFile(session.markdown, 'utf8')).toContain('WATCH-ONE')
  })

  it('reports a broken save with its file and line, and keeps showing the last good deck', async () => {
    const markdownBefore = await readFile(session.markdown, 'utf8')
    await saveBullet('WATCH-BROKEN', yaml => yaml.replace('        bullets:\n', '        bullets: [\n'))
    const event = await nextEvent('invalid')
    const error = (event as { error: unknown }).error
    expect(error).toBeInstanceOf(DeckError)
    expect(formatError(error)).toMatch(/article\.yaml:\d+:\d+/)
    // Give the server time to (wrongly) push anything, then check nothing changed.
    await new Promise(resolve => setTimeout(resolve, 1000))
    expect(await deck.evaluate(() => document.body.innerText)).toContain('WATCH-ONE')
    expect(await deck.evaluate(() => document.body.innerText)).not.toContain('WATCH-BROKEN')
    expect(await readFile(session.markdown, 'utf8')).toBe(markdownBefore)
  })

  it('recovers when the file is fixed, without a restart', async () => {
    await saveBullet('WATCH-FIXED 修好了')
    await nextEvent('regenerated')
    await shows(deck, 'WATCH-FIXED')
    await shows(presenter, 'WATCH-FIXED')
  })
})
