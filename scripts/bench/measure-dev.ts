/**
 * Save → visible: the dev server on the workspace's deck, the slide open in Chromium; each run
 * saves an edited bullet and waits until the new text is in the page's DOM.
 */
import { startDev, type DevEvent } from '../pipeline/dev-session.ts'
import { BrowserManager } from '../export/browser.ts'
import { sampleTreeMemory } from './memory.ts'
import { median } from './measure-regen.ts'
import { slideOfEdit, timeSaves, visible, type SaveToVisible } from './save-to-visible.ts'
import type { BenchWorkspace } from './workspace.ts'

/** The peak is this process's (the dev server runs in it) with Chromium's. */
export type DevResult = SaveToVisible

export async function measureSaveToVisible(workspace: BenchWorkspace, runs = 5): Promise<DevResult> {
  const slide = await slideOfEdit(workspace, workspace.devPaths, 'BENCH0')
  const errors: unknown[] = []
  const report = (event: DevEvent) => event.type === 'invalid' && errors.push(event.error)
  const memory = sampleTreeMemory(process.pid)
  const session = await startDev(workspace.deckDir, { port: 0 }, workspace.devPaths, report)
  const browser = new BrowserManager()
  try {
    const page = await (await browser.get()).newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${session.url}#/${slide}`)
    await visible(page, 'BENCH0', 180_000)
    const times = await timeSaves(page, workspace, runs, () => {
      if (errors.length > 0) throw new Error(`the dev server reported an error: ${String(errors[0])}`)
    })
    return { firstMs: times[0]!, medianMs: median(times.slice(1)), peak: memory.stop() }
  }
  finally {
    memory.stop()
    await browser.close()
    await session.close()
  }
}
