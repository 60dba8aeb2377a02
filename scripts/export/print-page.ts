/**
 * Opens a built deck's print view and waits until it has really finished drawing: every slide
 * mounted, fonts loaded, text fitted and every chart drawn. No fixed sleeps and no network-idle
 * heuristics (decks have no remote assets); the time limit grows with the slide count.
 */
import type { Page } from 'playwright'
import { DeckError } from '../core/errors.ts'
import type { BrowserManager } from './browser.ts'

export const CANVAS = { width: 960, height: 540 }

export interface PrintView {
  page: Page
  close: () => Promise<void>
}

export function printTimeout(slides: number): number {
  return 30_000 + slides * 2_000
}

export async function openPrintView(browser: BrowserManager, baseUrl: string, slides: number, label: string): Promise<PrintView> {
  const context = await (await browser.get()).newContext({
    // As tall as all slides together, as Slidev's exporter does: otherwise Chromium adds a blank
    // page for the scroll overflow.
    viewport: { width: CANVAS.width, height: CANVAS.height * slides },
    // The PDF is vector and the charts draw at their own print resolution, so a denser screen
    // adds nothing to it, while Chromium keeps the whole viewport rasterised: at 2× that was
    // 0.3 GiB for a 34-slide deck.
    deviceScaleFactor: 1,
  })
  // Functions we pass to page.evaluate are compiled by tsx, which wraps named arrows in a
  // `__name` helper; give the page a no-op one so those functions run there unchanged.
  await context.addInitScript('globalThis.__name = (fn) => fn')
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  const timeout = printTimeout(slides)
  try {
    await page.goto(`${baseUrl}index.html?print=true#/print`, { waitUntil: 'load', timeout })
    await page.waitForFunction(isPrintReady, slides, { timeout, polling: 100 })
  }
  catch (error) {
    await context.close().catch(() => undefined)
    const reason = errors.length ? `page error: ${errors[0]}` : (error as Error).message.split('\n')[0]
    throw new DeckError('E_EXPORT', `${label}: the print view did not finish drawing (${reason})`, [], { cause: error })
  }
  return { page, close: () => context.close() }
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
