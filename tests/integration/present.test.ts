/**
 * Presenting with `npm run present -- <deck> --watch`, for real: the built deck of a fixture served
 * without Vite, open in Chromium as the audience view and the presenter view. A save shows up in
 * both, in place and on the same slide; a broken save is reported and changes nothing; a burst of
 * saves, valid and broken, ends on the last one; a save that changes the deck's shape builds it
 * again and reloads the views on the slide they were on.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeckError, formatError } from '../../scripts/core/errors.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import { createProgress } from '../../scripts/core/progress.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { startPresent, type PresentEvent, type PresentSession } from '../../scripts/present/present-session.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const BULLET = '天使投資人風險偏好高'
const NOTES = '財政資金規模大，但風險偏好低。'
/** The slide with the bullet, from the deck plan. */
let SLIDE = 0

let temp: string
let article: string
let original: string
let session: PresentSession
const browser = new BrowserManager()
const events: PresentEvent[] = []
const errors: string[] = []
let audience: Page
let presenter: Page

/** Saves article.yaml with the bullet (and the slide's notes) replaced, as an editor would. */
async function save(bullet: string, notes = NOTES, breakage = (yaml: string) => yaml): Promise<void> {
  await writeFile(article, breakage(original.replace(BULLET, bullet).replace(NOTES, notes)))
}
const broken = (yaml: string) => yaml.replace('        bullets:\n', '        bullets: [\n')

// Generous: the test checks that updates arrive, the benchmark measures how fast.
async function shows(page: Page, text: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout, polling: 50 })
}

/** The first event from now on that `wanted` accepts. */
async function nextEvent(wanted: (event: PresentEvent) => boolean, timeout = 120_000): Promise<PresentEvent> {
  const seen = events.length
  const started = Date.now()
  while (Date.now() - started < timeout) {
    const event = events.slice(seen).find(wanted)
    if (event) return event
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error(`no such event within ${timeout} ms; saw ${events.slice(seen).map(e => e.type).join(', ') || 'nothing'}`)
}

async function view(hash: string): Promise<Page> {
  const context = audience?.context() ?? await (await browser.get()).newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  page.on('pageerror', error => errors.push(error.message))
  page.on('console', message => message.type() === 'error' && errors.push(message.text()))
  await page.goto(`${session.url}${hash}`)
  return page
}

const notReloaded = (page: Page) => page.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded === true)

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'deckwright-present-'))
  const paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
  await cp(join(ARTICLE_FIXTURES, 'minimal'), join(paths.data, 'minimal'), { recursive: true })
  article = join(paths.data, 'minimal', 'article.yaml')
  original = await readFile(article, 'utf8')
  SLIDE = (await renderDeckDir(join(paths.data, 'minimal'), 'zh-Hant-TW', join(temp, 'out'), paths.data)).plan.slides.find(slide => JSON.stringify(slide).includes(BULLET))!.no
  session = await startPresent('minimal', { locale: 'zh-Hant-TW', port: 0, watch: true }, paths, event => events.push(event), createProgress('quiet'))
  audience = await view(`#/${SLIDE}`)
  presenter = await view(`#/presenter/${SLIDE}`)
  await shows(audience, BULLET)
  await shows(presenter, NOTES)
}, 600_000)

afterAll(async () => {
  await browser.close()
  await session?.close()
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('npm run present -- <deck> --watch', () => {
  it('refuses a port in use at once, naming it', async () => {
    const port = Number(new URL(session.url).port)
    const paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
    const error = await startPresent('minimal', { locale: 'zh-Hant-TW', port }, paths, () => undefined, createProgress('quiet')).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'E_PORT' })
    expect(formatError(error)).toContain(String(port))
  })

  it('serves the built deck, not a dev server', async () => {
    expect(await audience.evaluate(() => [...document.scripts].some(script => script.src.includes('/@vite/client')))).toBe(false)
    expect(await audience.evaluate(() => [...document.scripts].some(script => /\/assets\/index-[\w-]+\.js$/.test(script.src)))).toBe(true)
  })

  it('shows a save in the audience and presenter views, in place and on the same slide', async () => {
    for (const page of [audience, presenter]) await page.evaluate(() => ((window as { __notReloaded?: boolean }).__notReloaded = true))
    await save('LIVE-ONE 新要點', '備註也改了 NOTES-ONE')
    await shows(audience, 'LIVE-ONE')
    await shows(presenter, 'LIVE-ONE')
    await shows(presenter, 'NOTES-ONE')
    expect(await notReloaded(audience)).toBe(true)
    expect(await notReloaded(presenter)).toBe(true)
    expect(new URL(audience.url()).hash).toMatch(new RegExp(`^#/${SLIDE}`))
    expect(new URL(presenter.url()).hash).toMatch(new RegExp(`^#/presenter/${SLIDE}`))
  })

  it('reports a broken save with its file and line, and keeps showing the last good deck', async () => {
    const reported = nextEvent(e => e.type === 'invalid')
    await save('LIVE-BROKEN', NOTES, broken)
    const event = await reported
    const error = (event as { error: unknown }).error
    expect(error).toBeInstanceOf(DeckError)
    expect(formatError(error)).toMatch(/article\.yaml:\d+:\d+/)
    // A good save after it shows, so the broken one was passed over, not queued behind.
    await save('LIVE-AFTER-BROKEN')
    await shows(audience, 'LIVE-AFTER-BROKEN')
    expect(await audience.evaluate(() => document.body.innerText)).not.toContain('LIVE-BROKEN')
    expect(await notReloaded(audience)).toBe(true)
  })

  it('ends a burst of 100 saves, valid and broken mixed, on the last valid text, with no error in the browser', async () => {
    for (let i = 0; i < 100; i++) await save(`RAPID-${i}`, NOTES, i % 3 === 1 ? broken : undefined)
    await shows(audience, 'RAPID-99', 60_000)
    await shows(presenter, 'RAPID-99', 60_000)
    expect(await audience.evaluate(() => document.body.innerText)).not.toMatch(/RAPID-\d(?!\d)|RAPID-[1-8]\d|RAPID-9[0-8]/)
    expect(await notReloaded(audience)).toBe(true)
    expect(errors).toEqual([])
  })

  it('builds the deck again when a save changes its shape, and reloads the views on their slide', async () => {
    const next = nextEvent(e => e.type === 'invalid' || (e.type === 'updated' && e.how !== 'unchanged'), 200_000)
    await writeFile(article, original.replace(BULLET, 'SHAPE-NEW').replace('      - layout: quote\n', '      - layout: bullets\n        title: 新增的一頁\n        paragraphs: [3]\n        bullets: [SHAPE-ADDED, 第二點]\n        notes: 新增的備註。\n      - layout: quote\n'))
    expect(await next).toMatchObject({ type: 'updated', how: 'rebuilt' })
    await shows(audience, 'SHAPE-NEW', 60_000)
    expect(await notReloaded(audience)).toBe(false)
    expect(new URL(audience.url()).hash).toMatch(new RegExp(`^#/${SLIDE}`))
    await audience.keyboard.press('ArrowRight')
    await shows(audience, 'SHAPE-ADDED')
    expect(errors).toEqual([])
  })
})
