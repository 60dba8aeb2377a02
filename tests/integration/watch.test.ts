/**
 * Presenting with `npm run dev`, for real: the Slidev dev server on a copy of a fixture deck, the
 * deck open in Chromium. Saving article.yaml, source.txt or a glossary regenerates the deck, and
 * the open deck and presenter view update without a reload; a broken save reports a located error
 * while the deck keeps its last good version; fixing the file recovers without a restart. Every
 * test starts from the deck as copied, shown in both pages, so each stands alone; nothing waits a
 * fixed time: each step waits for the session's events or for the page to show a text.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DeckError, formatError } from '../../scripts/core/errors.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { startDev, type DevEvent, type DevSession } from '../../scripts/pipeline/dev-session.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

const BULLET = '天使投資人風險偏好高'
/** The bullets slide of the minimal deck: cover, agenda (two sections), section divider, then this one. */
const SLIDE = 4

let temp: string
let files: { article: string; source: string; glossary: string; deckGlossary: string }
/** The files as copied; the deck's own glossary does not exist at first. */
const originals = new Map<string, string>()
let markdownAtStart: string
let session: DevSession
const browser = new BrowserManager()
let deck: Page
let presenter: Page

/** Every event the session reported, in order; `next` waits for one from a given index on. */
const log = {
  events: [] as DevEvent[],
  listeners: new Set<() => void>(),
  report(event: DevEvent) {
    log.events.push(event)
    for (const listener of [...log.listeners]) listener()
  },
  mark: () => log.events.length,
  next(type: DevEvent['type'], from: number, timeout = 60_000): Promise<{ event: DevEvent; index: number }> {
    return new Promise((resolve, reject) => {
      const look = () => {
        const index = log.events.findIndex((event, i) => i >= from && event.type === type)
        if (index < 0) return
        done()
        resolve({ event: log.events[index]!, index })
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`no "${type}" event within ${timeout} ms; saw ${log.events.slice(from).map(e => e.type).join(', ') || 'nothing'}`))
      }, timeout)
      const done = () => {
        clearTimeout(timer)
        log.listeners.delete(look)
      }
      log.listeners.add(look)
      look()
    })
  },
}

// Generous: the test checks that updates arrive, the benchmark measures how fast (on a loaded machine the first one can take seconds).
async function shows(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout, polling: 100 })
}

/** Saves article.yaml with the bullet replaced, as an editor would. */
async function saveBullet(text: string, breakage = (yaml: string) => yaml): Promise<void> {
  await writeFile(files.article, breakage(originals.get(files.article)!.replace(BULLET, text)))
}

/** Puts every file back as copied and waits until the deck shows it again. */
async function restore(): Promise<void> {
  let from = log.mark()
  let touched = false
  for (const [file, text] of originals) {
    if (await readFile(file, 'utf8') !== text) {
      await writeFile(file, text)
      touched = true
    }
  }
  if (await rm(files.deckGlossary).then(() => true, () => false)) touched = true
  if (!touched) return
  // Saves close together may be read in one regeneration or several: wait for the one that wrote the original markdown.
  while (await readFile(session.markdown, 'utf8') !== markdownAtStart) from = (await log.next('regenerated', from)).index + 1
  await shows(deck, BULLET)
  await shows(presenter, BULLET)
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'deckwright-watch-'))
  const paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
  const deckDir = join(paths.data, 'minimal')
  await cp(join(ARTICLE_FIXTURES, 'minimal'), deckDir, { recursive: true })
  await cp(join(ROOT, 'data', 'glossary.yaml'), paths.glossary)
  files = { article: join(deckDir, 'article.yaml'), source: join(deckDir, 'source.txt'), glossary: paths.glossary, deckGlossary: join(deckDir, 'glossary.yaml') }
  for (const file of [files.article, files.source, files.glossary]) originals.set(file, await readFile(file, 'utf8'))
  session = await startDev('minimal', { locale: 'zh-Hant-TW', port: 0 }, paths, log.report)
  markdownAtStart = await readFile(session.markdown, 'utf8')
  const context = await (await browser.get()).newContext({ viewport: { width: 1280, height: 720 } })
  deck = await context.newPage()
  presenter = await context.newPage()
  await Promise.all([deck.goto(`${session.url}#/${SLIDE}`), presenter.goto(`${session.url}#/presenter/${SLIDE}`)])
  // The first load waits for Vite to optimise Slidev's client dependencies.
  await shows(deck, BULLET, 120_000)
  await shows(presenter, BULLET, 120_000)
  // Slidev preloads every slide: once the three charts are mounted, Vite has compiled and optimised
  // everything the deck uses, before the tests start watching for reloads.
  await deck.waitForFunction(() => document.querySelectorAll('[data-dw-chart]').length === 3, undefined, { timeout: 120_000, polling: 100 })
}, 300_000)

beforeEach(async () => {
  await restore()
  await deck.evaluate(() => ((window as { __notReloaded?: boolean }).__notReloaded = true))
}, 120_000)

afterAll(async () => {
  await browser.close()
  await session?.close()
  if (temp) await rm(temp, { recursive: true, force: true })
})

const notReloaded = () => deck.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded === true)

describe('npm run dev', () => {
  it('shows a saved edit in the open deck and the presenter view, without a reload', async () => {
    await saveBullet('WATCH-ONE 新要點')
    await shows(deck, 'WATCH-ONE')
    await shows(presenter, 'WATCH-ONE')
    expect(await notReloaded()).toBe(true)
    expect(await readFile(session.markdown, 'utf8')).toContain('WATCH-ONE')
  })

  it('reports a broken save with its file and line, and keeps showing the last good deck', async () => {
    // The page notes it if the broken text ever shows, however briefly.
    await deck.evaluate(() => {
      const seen = window as { __sawBroken?: boolean }
      seen.__sawBroken = false
      new MutationObserver(() => (seen.__sawBroken ||= document.body.innerText.includes('WATCH-BROKEN')))
        .observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    const from = log.mark()
    await saveBullet('WATCH-BROKEN', yaml => yaml.replace('        bullets:\n', '        bullets: [\n'))
    const { event } = await log.next('invalid', from)
    const error = (event as { error: unknown }).error
    expect(error).toBeInstanceOf(DeckError)
    expect(formatError(error)).toMatch(/article\.yaml:\d+:\d+/)
    expect(await readFile(session.markdown, 'utf8')).toBe(markdownAtStart)
    // A good save after it: updates reach the page in order, so once this one shows, a push of the
    // broken one (had there been one) would have shown before it.
    await saveBullet('WATCH-AFTER')
    await shows(deck, 'WATCH-AFTER')
    expect(await deck.evaluate(() => (window as { __sawBroken?: boolean }).__sawBroken)).toBe(false)
    expect(await notReloaded()).toBe(true)
  })

  it('recovers when the file is fixed, without a restart', async () => {
    let from = log.mark()
    await saveBullet('WATCH-BROKEN', yaml => yaml.replace('        bullets:\n', '        bullets: [\n'))
    from = (await log.next('invalid', from)).index + 1
    await saveBullet('WATCH-FIXED 修好了')
    await log.next('regenerated', from)
    await shows(deck, 'WATCH-FIXED')
    await shows(presenter, 'WATCH-FIXED')
  })

  it('reads source.txt again on every save: a quote no longer in it is reported, and fixing the source recovers', async () => {
    let from = log.mark()
    const source = originals.get(files.source)!
    await writeFile(files.source, source.replace('天使投資人風險偏好高、決策層級少', '天使投資人風險偏好高，決策層級少'))
    const { event, index } = await log.next('invalid', from)
    expect(formatError((event as { error: unknown }).error)).toMatch(/article\.yaml:\d+:\d+ sections\[0\]\.slides\[1\]\.quote\.text: quote not found in paragraph 3 of .*source\.txt/)
    from = index + 1
    await writeFile(files.source, source)
    expect((await log.next('regenerated', from)).event).toMatchObject({ type: 'regenerated' })
    await saveBullet('WATCH-SOURCE-OK')
    await shows(deck, 'WATCH-SOURCE-OK')
  })

  it('applies a saved glossary term, global or the deck\'s own, in the open deck without a reload', async () => {
    const term = (to: string) => `  - match: 天使投資人\n    zh-Hant-TW: ${to}\n    why: a test term, to see the dev server apply a glossary edit\n`
    const glossary = originals.get(files.glossary)!
    expect(glossary).toMatch(/^terms:\n/m)
    await writeFile(files.glossary, glossary.replace(/^terms:\n/m, `terms:\n${term('GLOBAL-TERM')}`))
    await shows(deck, 'GLOBAL-TERM風險偏好高')
    await shows(presenter, 'GLOBAL-TERM風險偏好高')
    // The deck's own glossary wins over the global one for the same word.
    await writeFile(files.deckGlossary, `terms:\n${term('DECK-TERM')}`)
    await shows(deck, 'DECK-TERM風險偏好高')
    expect(await notReloaded()).toBe(true)
  })
})
