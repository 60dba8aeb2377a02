/**
 * Save → visible: the dev server on the workspace's deck, the slide open in Chromium; each run
 * saves an edited bullet and waits until the new text is in the page's DOM.
 */
import type { Page } from 'playwright'
import { startDev, type DevEvent } from '../pipeline/dev-session.ts'
import { BrowserManager } from '../export/browser.ts'
import { prepareTarget } from '../pipeline/regenerate.ts'
import { sampleTreeMemory, type MemoryPeak } from './memory.ts'
import { median } from './measure-regen.ts'
import { saveEdit, type BenchWorkspace } from './workspace.ts'

export interface DevResult {
  firstMs: number
  medianMs: number
  /** Peak memory of this process (dev server) and Chromium. */
  peak?: MemoryPeak
}

export async function measureSaveToVisible(workspace: BenchWorkspace, runs = 5): Promise<DevResult> {
  const slide = await slideOfEdit(workspace, 'BENCH0')
  const errors: unknown[] = []
  const report = (event: DevEvent) => event.type === 'invalid' && errors.push(event.error)
  const memory = sampleTreeMemory(process.pid)
  const session = await startDev(workspace.deckDir, { port: 0 }, workspace.devPaths, report)
  const browser = new BrowserManager()
  try {
    const page = await (await browser.get()).newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${session.url}#/${slide}`)
    await visible(page, 'BENCH0', 180_000)
    const times: number[] = []
    for (let i = 1; i <= runs; i++) {
      await saveEdit(workspace, `BENCH${i}`)
      const started = performance.now()
      await visible(page, `BENCH${i}`, 30_000)
      times.push(performance.now() - started)
      if (errors.length > 0) throw new Error(`the dev server reported an error: ${String(errors[0])}`)
    }
    return { firstMs: times[0]!, medianMs: median(times.slice(1)), peak: memory.stop() }
  }
  finally {
    memory.stop()
    await browser.close()
    await session.close()
  }
}

/** Number of the slide that shows the first bullet, found by saving an edit and planning the deck. */
async function slideOfEdit(workspace: BenchWorkspace, marker: string): Promise<number> {
  await saveEdit(workspace, marker)
  const target = await prepareTarget(workspace.deckDir, undefined, workspace.devPaths)
  const slide = target.plan.slides.find(s => JSON.stringify(s).includes(marker))
  if (!slide) throw new Error('the edited bullet is on no slide')
  return slide.no
}

async function visible(page: Page, text: string, timeout: number): Promise<void> {
  await page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout, polling: 'raf' })
}
