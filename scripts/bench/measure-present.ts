/**
 * `present --watch` as a user runs it: the built deck served by a `present` process, the slide
 * open in Chromium; each run saves an edited bullet and waits until the new text is in the page.
 * Memory is the present process and Chromium together (this process, which drives them, is not
 * counted: it is the benchmark, not the presenter's laptop).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { ROOT } from '../core/paths.ts'
import { BrowserManager } from '../export/browser.ts'
import { median } from './measure-regen.ts'
import { childProcesses, sampleTreesMemory } from './memory.ts'
import { slideOfEdit, timeSaves, visible, type SaveToVisible } from './save-to-visible.ts'
import type { BenchWorkspace } from './workspace.ts'

const CHILD = join(ROOT, 'scripts', 'bench', 'present-child.ts')

/** The peak is the present process's with Chromium's. */
export type PresentResult = SaveToVisible

export async function measurePresent(workspace: BenchWorkspace, runs = 5): Promise<PresentResult> {
  const slide = await slideOfEdit(workspace, workspace.paths, 'BENCH0')
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ outRoot: join(workspace.paths.slides, '..'), dataDir: workspace.paths.data, deck: workspace.deckId })], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const memory = sampleTreesMemory(() => [child.pid ?? 0, ...childProcesses(process.pid, /chrom/i)].filter(Boolean))
  const browser = new BrowserManager()
  try {
    const url = await readyUrl(child)
    const page = await (await browser.get()).newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${url}#/${slide}`)
    await visible(page, 'BENCH0', 60_000)
    const times = await timeSaves(page, workspace, runs)
    return { firstMs: times[0]!, medianMs: median(times.slice(1)), peak: memory.stop() }
  }
  finally {
    memory.stop()
    await browser.close()
    const exited = new Promise(resolve => child.once('exit', resolve))
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
}

/** The address the present process prints when it is ready; fails with its error output otherwise. */
function readyUrl(child: ChildProcess): Promise<string> {
  let errors = ''
  child.stderr?.on('data', chunk => (errors = (errors + chunk).slice(-4000)))
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as { type: string; url?: string }
      if (event.type === 'ready') resolve(event.url!)
    })
    child.once('exit', code => reject(new Error(`present exited with ${code} before it was ready:\n${errors}`)))
  })
}
