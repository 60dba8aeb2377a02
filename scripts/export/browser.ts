/**
 * The one owner of the browser: launched lazily, shared by every export of a run, and closed in
 * one place. Uses the system Chromium (never a downloaded one).
 */
import type { Browser } from 'playwright'
import { DeckError, fail } from '../core/errors.ts'
import { findChromium } from '../core/find-chromium.mjs'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
]

export function chromiumPath(): string {
  const path = findChromium(process.env)
  if (!path) {
    fail('E_NO_BROWSER', process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable browser`
      : 'no Chromium found: install Debian\'s "chromium" package (apt-get install chromium) or set CHROMIUM_PATH')
  }
  return path
}

export class BrowserManager {
  private browser?: Promise<Browser>
  private closing = false

  /** The shared browser, launched on first use. */
  get(): Promise<Browser> {
    this.browser ??= this.launch()
    return this.browser
  }

  private async launch(): Promise<Browser> {
    this.closing = false
    // Settles when this browser goes away while in use; every call to it races it (see `guard`).
    const loss = createLoss()
    const executablePath = chromiumPath()
    const { chromium } = await import('playwright')
    let browser: Browser
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 })
    }
    catch (error) {
      throw new DeckError('E_NO_BROWSER', `could not start ${executablePath}: ${(error as Error).message.split('\n')[0]}`, [], { cause: error })
    }
    browser.on('disconnected', () => {
      if (!this.closing) loss.report(new DeckError('E_EXPORT', BROWSER_LOST))
    })
    return guard(browser, loss)
  }

  async close(): Promise<void> {
    const pending = this.browser
    this.browser = undefined
    if (!pending) return
    this.closing = true
    const browser = await pending.catch(() => undefined)
    await browser?.close().catch(() => undefined)
  }
}

const BROWSER_LOST = 'Chromium quit while exporting (it crashed, ran out of memory or was killed); '
  + 'nothing was replaced: run the command again'

interface Loss {
  /** Rejects with `error` once the browser is lost. */
  promise: Promise<never>
  error?: DeckError
  report: (error: DeckError) => void
}

function createLoss(): Loss {
  let reject!: (error: DeckError) => void
  const promise = new Promise<never>((_, fail) => (reject = fail))
  promise.catch(() => undefined) // observed by the races, never unhandled
  const loss: Loss = { promise, report: error => {
    loss.error ??= error
    reject(error)
  } }
  return loss
}

/**
 * Playwright objects whose calls are guarded, known by a method only they have (class names are
 * mangled in Playwright's bundle): browser, context, page or frame, locator, handle.
 */
const GUARDED_BY = ['newContext', 'newPage', 'goto', 'waitFor', 'jsonValue']
const isGuarded = (value: object) => GUARDED_BY.some(method => typeof (value as Record<string, unknown>)[method] === 'function')

/**
 * Makes every promise of a Playwright object (and of the contexts, pages and locators it returns)
 * settle when Chromium dies. Playwright rejects most pending calls then, but not all: a page being
 * created at that moment stays pending forever, and the run would hang. A call that fails because
 * the browser is gone fails with one clear error instead of "Target page, context or browser has
 * been closed".
 */
function guard<T extends object>(target: T, loss: Loss): T {
  const wrap = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && isGuarded(value) ? guard(value, loss) : value
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args)
        if (!(result instanceof Promise)) return wrap(result)
        const settled = result.then(wrap, async (error: unknown) => {
          // The disconnection may be reported just after the call that noticed it.
          await new Promise(resolve => setImmediate(resolve))
          throw loss.error ?? error
        })
        return Promise.race([settled, loss.promise])
      }
    },
  })
}
