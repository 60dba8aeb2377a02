/** Save → visible, shared by the dev server's and present's measures: a bullet saved, then waited for in the page. */
import type { Page } from 'playwright'
import type { ProjectPaths } from '../core/paths.ts'
import { prepareTarget } from '../pipeline/regenerate.ts'
import type { MemoryPeak } from './memory.ts'
import { saveEdit, type BenchWorkspace } from './workspace.ts'

/** Save → visible times, and the peak memory of what served the deck with the Chromium showing it. */
export interface SaveToVisible {
  firstMs: number
  medianMs: number
  peak?: MemoryPeak
}

/** Number of the slide that shows the first bullet, found by saving it as `marker` and planning the deck. */
export async function slideOfEdit(workspace: BenchWorkspace, paths: ProjectPaths, marker: string): Promise<number> {
  await saveEdit(workspace, marker)
  const target = await prepareTarget(workspace.deckDir, undefined, paths)
  const slide = target.plan.slides.find(s => JSON.stringify(s).includes(marker))
  if (!slide) throw new Error('the edited bullet is on no slide')
  return slide.no
}

/** Saves `runs` edits of the bullet (BENCH1, BENCH2…) and times each until the page shows it; `check` runs after each. */
export async function timeSaves(page: Page, workspace: BenchWorkspace, runs: number, check: () => void = () => undefined): Promise<number[]> {
  const times: number[] = []
  for (let i = 1; i <= runs; i++) {
    await saveEdit(workspace, `BENCH${i}`)
    const started = performance.now()
    await visible(page, `BENCH${i}`, 30_000)
    times.push(performance.now() - started)
    check()
  }
  return times
}

export async function visible(page: Page, text: string, timeout: number): Promise<void> {
  await page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout, polling: 'raf' })
}
