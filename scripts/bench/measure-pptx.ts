/**
 * PPTX speed: each locale of the deck written to a PPTX in process, several times; the first run
 * of the process also loads pptxgenjs and the font metrics. Nothing is written to disk.
 */
import { readDeck } from '../load/read-deck.ts'
import { renderPptx } from '../export/pptx-export.ts'
import { prepareTarget } from '../pipeline/regenerate.ts'
import { median } from './measure-regen.ts'
import type { BenchWorkspace } from './workspace.ts'

export interface PptxResult {
  /** The first PPTX of the process, loading included. */
  firstMs: number
  /** The slowest locale's median. */
  medianMs: number
  locale: string
  slides: number
}

export async function measurePptx(workspace: BenchWorkspace, runs = 5): Promise<PptxResult> {
  const deck = await readDeck(workspace.deckDir)
  const targets = await Promise.all(deck.locales.map(locale => prepareTarget(workspace.deckDir, locale, workspace.devPaths)))
  let firstMs: number | undefined
  let slowest = { locale: '', medianMs: 0, slides: 0 }
  for (const target of targets) {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      await renderPptx(target.plan, target.metadata, target.generatedFrom)
      times.push(performance.now() - started)
    }
    firstMs ??= times[0]
    const medianMs = median(times)
    if (medianMs > slowest.medianMs) slowest = { locale: target.locale, medianMs, slides: target.plan.slides.length }
  }
  return { firstMs: firstMs ?? 0, ...slowest }
}
