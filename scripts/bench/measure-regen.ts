/** Markdown regeneration after one edit, in process: read, validate, localise, render, write. */
import type { Locale } from '../core/locales.ts'
import { prepareTarget, writeMarkdownIfChanged } from '../pipeline/regenerate.ts'
import { saveEdit, type BenchWorkspace } from './workspace.ts'

export interface RegenResult {
  locale: Locale
  medianMs: number
  maxMs: number
}

export async function measureRegeneration(workspace: BenchWorkspace, runs = 7): Promise<RegenResult> {
  // The first run loads the converters and dictionaries once, as the dev server does at start.
  const first = await prepareTarget(workspace.deckDir, undefined, workspace.devPaths)
  await writeMarkdownIfChanged(first)
  const times: number[] = []
  for (let i = 1; i <= runs; i++) {
    await saveEdit(workspace, `REGEN${i}`)
    const started = performance.now()
    const target = await prepareTarget(workspace.deckDir, first.locale, workspace.devPaths)
    if (!(await writeMarkdownIfChanged(target))) throw new Error('the edit did not change the markdown')
    times.push(performance.now() - started)
  }
  return { locale: first.locale, medianMs: median(times), maxMs: Math.max(...times) }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
