/**
 * Opens a built deck's print view and waits until it has really finished drawing: every slide
 * mounted, fonts loaded, text fitted and every chart drawn. No fixed sleeps and no network-idle
 * heuristics (decks have no remote assets); the time limit grows with the slide count.
 */
import type { Page } from 'playwright'
import { DeckError } from '../core/errors.ts'
import { PRINT_RANGE_PARAM, printRangeValue } from '../client/print-range.ts'
import type { BrowserManager } from './browser.ts'

export const CANVAS = { width: 960, height: 540 }

export interface PrintView {
  page: Page
  close: () => Promise<void>
}

export function printTimeout(slides: number): number {
  return 30_000 + slides * 2_000
}

/** The slides to print: all of a deck's, or some of them (1-based slide numbers, in order). */
export interface PrintSelection {
  /** Slides in the deck. */
  total: number
  /** The slides to print; all when omitted. */
  slides?: readonly number[]
}

export function printedCount(selection: PrintSelection): number {
  return selection.slides?.length ?? selection.total
}

/** The print view's address: Slidev's print route, narrowed to the selected slides. */
export function printUrl(baseUrl: string, selection: PrintSelection): string {
  const range = selection.slides && selection.slides.length < selection.total ? `&${PRINT_RANGE_PARAM}=${printRangeValue(selection.slides)}` : ''
  return `${baseUrl}index.html?print=true${range}#/print`
}

/**
 * Opens the print view of the deck served at `baseUrl` and waits until it has finished drawing.
 * `close()` hands the tab back for the next print of the run.
 */
export async function openPrintView(browser: BrowserManager, baseUrl: string, selection: PrintSelection, label: string): Promise<PrintView> {
  const page = await takeTab(browser)
  const errors: string[] = []
  const onError = (error: Error) => errors.push(error.message)
  page.on('pageerror', onError)
  const expected = printedCount(selection)
  const timeout = printTimeout(expected)
  try {
    await page.goto(printUrl(baseUrl, selection), { waitUntil: 'load', timeout })
    // Polled often: a few changed slides are ready in a fraction of a second.
    await page.waitForFunction(isPrintReady, expected, { timeout, polling: 25 })
  }
  catch (error) {
    await page.context().close().catch(() => undefined)
    const reason = errors.length ? `page error: ${errors[0]}` : (error as Error).message.split('\n')[0]
    throw new DeckError('E_EXPORT', `${label}: the print view did not finish drawing (${reason})`, [], { cause: error })
  }
  return {
    page,
    close: async () => {
      page.off('pageerror', onError)
      // The deck's print view would stay in memory beside whatever is printed next.
      await page.goto('about:blank').catch(() => undefined)
      giveBackTab(browser, page)
    },
  }
}

/**
 * Tabs kept open between the prints of a run. A new tab starts a renderer process, which cost more
 * than printing one changed slide (0.2–0.3 s of the 0.5 s); a kept tab just goes to the next
 * deck's print view. Each print takes a tab of its own, so prints may run side by side.
 */
const idleTabs = new WeakMap<BrowserManager, Page[]>()

async function takeTab(browser: BrowserManager): Promise<Page> {
  const idle = idleTabs.get(browser) ?? []
  idleTabs.set(browser, idle)
  for (let tab = idle.pop(); tab; tab = idle.pop()) if (!tab.isClosed()) return tab
  const context = await (await browser.get()).newContext({
    // One slide tall. Slidev's exporter makes the viewport as tall as all slides together, and
    // Chromium then rasterises all of them on every frame while the deck mounts and prints: the
    // time per page grew with the deck (106 ms a page at 96 slides against 59 at 34). The extra
    // blank page a short viewport adds at the end is dropped with the spill page (pdf-document.ts).
    viewport: { width: CANVAS.width, height: CANVAS.height },
    // The PDF is vector and the charts draw at their own print resolution, so a denser screen
    // adds nothing to it, while Chromium keeps the viewport rasterised.
    deviceScaleFactor: 1,
  })
  // Functions we pass to page.evaluate are compiled by tsx, which wraps named arrows in a
  // `__name` helper; give the page a no-op one so those functions run there unchanged.
  await context.addInitScript('globalThis.__name = (fn) => fn')
  return context.newPage()
}

function giveBackTab(browser: BrowserManager, page: Page): void {
  if (!page.isClosed()) idleTabs.get(browser)?.push(page)
}

/** Runs in the page. */
function isPrintReady(expected: number): boolean {
  const doc = document
  if (doc.querySelectorAll('.print-slide-container').length < expected) return false
  // Containers appear before their slides' async components mount: wait for every layout.
  if (doc.querySelectorAll('.print-slide-container .dw-layout').length < expected) return false
  if (doc.fonts.status !== 'loaded') return false
  if (doc.querySelector('.slidev-slide-loading')) return false
  if (doc.querySelector('[data-dw-fit="measuring"]')) return false
  // A chart squeezed to no size by the text around it never draws: do not wait for it, the layout
  // check reports it (no-room) instead of the export timing out.
  const drawing = Array.from(doc.querySelectorAll<HTMLElement>('[data-dw-chart]:not([data-dw-chart-ready="true"])'))
  if (drawing.some(chart => chart.clientWidth > 0 && chart.clientHeight > 0)) return false
  return true
}
