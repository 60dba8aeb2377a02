/**
 * The one owner of the browser: launched lazily, shared by every export of a run, and closed in
 * one place. Uses the system Chromium (never a downloaded one).
 */
import type { Browser } from 'playwright-core'
import { DeckError, fail } from '../core/errors.ts'
// The same lookup the setup script uses, so both agree on which browser is meant.
import { findChromium } from '../bin/ensure-setup.mjs'

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
  const path = findChromium(process.env) as string | undefined
  if (!path) {
    fail('E_NO_BROWSER', process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable browser`
      : 'no Chromium found: install Debian\'s "chromium" package (apt-get install chromium) or set CHROMIUM_PATH')
  }
  return path
}

export class BrowserManager {
  private browser?: Promise<Browser>

  /** The shared browser, launched on first use. */
  get(): Promise<Browser> {
    this.browser ??= this.launch()
    return this.browser
  }

  private async launch(): Promise<Browser> {
    const executablePath = chromiumPath()
    const { chromium } = await import('playwright-core')
    try {
      return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 })
    }
    catch (error) {
      throw new DeckError('E_NO_BROWSER', `could not start ${executablePath}: ${(error as Error).message.split('\n')[0]}`)
    }
  }

  async close(): Promise<void> {
    const pending = this.browser
    this.browser = undefined
    if (!pending) return
    const browser = await pending.catch(() => undefined)
    await browser?.close().catch(() => undefined)
  }
}
