/**
 * The browser edge of the fuzzer: opens a built deck's print view and its notes page in
 * Chromium, and reads back what a viewer would see: each slide's block texts, each slide's notes,
 * and every sign that data became code (a script that ran, a dialog, an element or attribute no
 * layout writes).
 */
import type { BrowserContext, Page, Request } from 'playwright'
import { SLIDE_LINK_URL } from '../core/links.ts'
import type { BrowserManager } from '../export/browser.ts'
import { printTimeout } from '../export/print-page.ts'
import { serveStatic } from '../export/static-server.ts'

export interface RenderedSlide {
  /** Block texts in document order (the selector in `readSlides`). */
  texts: string[]
  /** A chart's text: caption, description and data table, in document order. */
  chart: string[]
  /** Elements and attributes that no layout writes, such as `img[onerror]`. */
  foreign: string[]
}

export interface RenderedDeck {
  slides: RenderedSlide[]
  /** Notes page entries: slide number, the title it lists, and the notes text. */
  notes: { no: number; title: string; text: string }[]
  /** Titles the go-to dialog lists for a sample of slides (Slidev's title renderer). */
  gotoTitles: { no: number; title: string }[]
  /** `window.__pwned` was set: a payload ran. */
  scriptRan: boolean
  /** alert(), confirm() or prompt() messages. */
  dialogs: string[]
  /** Uncaught errors in the page (a broken slide shows up here first). */
  pageErrors: string[]
}

/** Tags no Deckwright layout renders inside a slide: data that shows up as one became markup. */
const FOREIGN_TAGS = ['script', 'style', 'iframe', 'img', 'object', 'embed', 'a', 'form', 'details', 'math', 'template', 'br', 'b', 'hr', 'code', 'pre', 'table']

/** Slides whose go-to dialog title is checked: typing a number into the dialog costs a few frames. */
const GOTO_SAMPLE = 12

export async function readRenderedDeck(browser: BrowserManager, distDir: string, slideCount: number, notedSlides: number): Promise<RenderedDeck> {
  const server = await serveStatic(distDir)
  const context = await (await browser.get()).newContext({ viewport: { width: 960, height: 540 } })
  const deck: RenderedDeck = { slides: [], notes: [], gotoTitles: [], scriptRan: false, dialogs: [], pageErrors: [] }
  try {
    // tsx wraps named functions passed to page.evaluate in a `__name` helper; give the page a no-op one.
    await context.addInitScript('globalThis.__name = (fn) => fn')
    const timeout = printTimeout(slideCount)
    const print = await openPage(context, `${server.url}index.html?print=true#/print`, deck)
    await print.waitForFunction(isDeckReady, slideCount, { timeout, polling: 100 })
    await settle(print, timeout)
    deck.slides = await print.evaluate(readSlides, { foreignTags: FOREIGN_TAGS, slideLinkUrl: SLIDE_LINK_URL })
    deck.scriptRan = await print.evaluate(() => (window as { __pwned?: unknown }).__pwned !== undefined)

    const notes = await openPage(context, `${server.url}index.html#/presenter/print`, deck)
    await notes.waitForFunction(count => document.querySelectorAll('.slidev-note').length >= count, notedSlides, { timeout, polling: 100 })
    await settle(notes, timeout)
    deck.notes = await notes.evaluate(readNotes)
    deck.scriptRan ||= await notes.evaluate(() => (window as { __pwned?: unknown }).__pwned !== undefined)

    const step = Math.max(1, Math.floor(slideCount / GOTO_SAMPLE))
    const sample = Array.from({ length: Math.min(GOTO_SAMPLE, slideCount) }, (_, i) => 1 + i * step)
    deck.gotoTitles = await readGotoTitles(context, server.url, sample, deck, timeout)
    return deck
  }
  finally {
    await context.close().catch(() => undefined)
    await server.close()
  }
}

async function openPage(context: BrowserContext, url: string, deck: RenderedDeck): Promise<Page> {
  const page = await context.newPage()
  trackRequests(page)
  page.on('pageerror', error => deck.pageErrors.push(error.message))
  page.on('crash', () => deck.pageErrors.push(`the page crashed: ${url}`))
  page.on('dialog', dialog => {
    deck.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  await page.goto(url, { waitUntil: 'load' })
  return page
}

/** Opens the play view's go-to dialog and types slide numbers: each lists its slide's title. */
async function readGotoTitles(context: BrowserContext, baseUrl: string, numbers: readonly number[], deck: RenderedDeck, timeout: number): Promise<RenderedDeck['gotoTitles']> {
  const page = await openPage(context, `${baseUrl}index.html#/1`, deck)
  await page.waitForSelector('.slidev-layout')
  await page.keyboard.press('g')
  const input = page.locator('input[placeholder="Goto..."]')
  await input.waitFor({ state: 'visible' })
  const titles: RenderedDeck['gotoTitles'] = []
  for (const no of numbers) {
    await input.fill(String(no))
    const found = await page.waitForFunction(readGotoTitle, no, { timeout: 10_000, polling: 50 })
    titles.push({ no, title: await found.jsonValue() as string })
  }
  await settle(page, timeout)
  deck.scriptRan ||= await page.evaluate(() => (window as { __pwned?: unknown }).__pwned !== undefined)
  return titles
}

/** Runs in the page: the title the go-to list shows for slide `no`, or false while it is not listed. */
function readGotoTitle(no: number): string | false {
  for (const item of Array.from(document.querySelectorAll('.autocomplete-list li'))) {
    if (item.children[0]?.textContent?.trim() === String(no)) return item.children[1]?.textContent ?? ''
  }
  return false
}

/** Requests each page has in flight, and who waits for them to end. */
const inFlight = new WeakMap<Page, { requests: Set<Request>; changed: Set<() => void> }>()

function trackRequests(page: Page): void {
  const state = { requests: new Set<Request>(), changed: new Set<() => void>() }
  inFlight.set(page, state)
  const end = (request: Request) => {
    state.requests.delete(request)
    for (const listener of [...state.changed]) listener()
  }
  page.on('request', request => state.requests.add(request))
  page.on('requestfinished', end)
  page.on('requestfailed', end)
}

/**
 * Gives payloads that fire late (an image's error event, a toggle) the chance to run: waits until
 * every request the page made has been answered or failed, then until the page has run a frame
 * and the tasks queued before it (where error and toggle events are dispatched). Fails, naming
 * the requests, if some are still pending at the time limit: a late payload must not pass unseen.
 */
async function settle(page: Page, timeout: number): Promise<void> {
  const state = inFlight.get(page)!
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (state.requests.size > 0) return
      done()
      resolve()
    }
    const timer = setTimeout(() => {
      done()
      reject(new Error(`the page still had ${state.requests.size} request(s) open after ${timeout} ms: ${[...state.requests].map(r => r.url()).slice(0, 3).join(', ')}`))
    }, timeout)
    const done = () => {
      clearTimeout(timer)
      state.changed.delete(check)
    }
    state.changed.add(check)
    check()
  })
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0))))
}

/**
 * Runs in the page: every slide mounted, fonts loaded, text fitted, charts drawn. A chart squeezed
 * to no size by hostile text never draws; that is a layout problem, not the fuzzer's business.
 */
function isDeckReady(expected: number): boolean {
  if (document.querySelectorAll('.print-slide-container').length < expected) return false
  // Containers come before their slides' layouts, which mount asynchronously.
  if (document.querySelectorAll('.print-slide-container .dw-layout').length < expected) return false
  if (document.fonts.status !== 'loaded') return false
  if (document.querySelector('.slidev-slide-loading, [data-dw-fit="measuring"]')) return false
  return Array.from(document.querySelectorAll('[data-dw-chart]:not([data-dw-chart-ready="true"])'))
    .every(chart => chart.clientWidth === 0 || chart.clientHeight === 0)
}

/** Runs in the page: block texts per slide, and anything that looks like injected markup. */
function readSlides({ foreignTags, slideLinkUrl }: { foreignTags: string[]; slideLinkUrl: string }): RenderedSlide[] {
  const blocks = 'h1, h2, li, p, blockquote, figcaption, .dw-footer-citation'
  return Array.from(document.querySelectorAll('.print-slide-container')).map(container => {
    const layout = container.querySelector('.dw-layout')
    const texts = layout
      ? Array.from(layout.querySelectorAll(blocks)).filter(el => !el.closest('.dw-chart-figure')).map(el => el.textContent ?? '')
      : []
    const chartParts = '.dw-figure-title, .dw-figure-subtitle, p, caption, th, td'
    const chart = Array.from(container.querySelectorAll('.dw-chart-figure')).flatMap(figure =>
      Array.from(figure.querySelectorAll(chartParts)).filter(el => !el.closest('canvas')).map(el => el.textContent ?? ''))
    const foreign: string[] = []
    for (const el of Array.from(container.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase()
      // A chart's data table is the one table a layout writes, and a slide link the one link.
      const ours = (tag === 'table' && el.closest('.dw-chart-figure')) || (tag === 'a' && el.classList.contains('dw-slide-link') && el.getAttribute('href')?.startsWith(slideLinkUrl))
      if (foreignTags.includes(tag) && !ours) foreign.push(`<${tag}>`)
      if (el.classList.contains('katex')) foreign.push('KaTeX')
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) foreign.push(`${tag}[${attr.name}]`)
      }
    }
    return { texts, chart, foreign }
  })
}

/** Runs in the page: the notes page's entries (slides without notes are not listed). */
function readNotes(): { no: number; title: string; text: string }[] {
  return Array.from(document.querySelectorAll('.slidev-note')).map(note => {
    const entry = note.parentElement!
    const heading = entry.querySelector('h2 .font-bold')!.cloneNode(true) as HTMLElement
    const counter = heading.querySelector('.opacity-50')
    const no = Number((counter?.textContent ?? '').split('/')[0])
    counter?.remove()
    return { no, title: heading.textContent ?? '', text: note.textContent ?? '' }
  })
}
