/** From the benchmark's measurements to table rows, each against the issue's target. Pure. */
import type { BaselineResult } from './baseline.ts'
import { editToPdfsMs, type BuildResults } from './measure-builds.ts'
import type { DevResult } from './measure-dev.ts'
import { printedPdf, type PrintResult } from './measure-print.ts'
import type { PresentResult } from './measure-present.ts'
import type { ImportBench } from './measure-import.ts'
import type { RegenResult } from './measure-regen.ts'
import type { MemoryPeak } from './memory.ts'
import type { PptxResult } from './measure-pptx.ts'
import { formatBytes, formatMs, formatPeak, type BenchRow } from './table.ts'

export interface BenchResults {
  deckId: string
  locales: number
  regen: RegenResult
  dev: DevResult
  builds: BuildResults
  importing: ImportBench
  /** Undefined with --skip-baseline. */
  baseline?: BaselineResult
  present: PresentResult
  /** The slide PDF of a generated 100-slide deck. */
  largePrint: PrintResult
  /** Size of the first locale's one-file deck after the cold build, in bytes. */
  oneFileBytes?: number
  /** PPTX per deck and locale. */
  pptx?: PptxResult
}

export const TARGETS = {
  regenMs: 50,
  visibleMs: 1000,
  noopMs: 1500,
  ratio: 0.25,
  peakBytes: 1024 ** 3,
  editToPdfsMs: 2000,
  presentPeakBytes: 0.6 * 1024 ** 3,
  msPerPage: 60,
  oneFileBytes: 2 * 1024 ** 2,
  importMs: 2000,
  pptxMs: 1000,
} as const

export function benchRows(r: BenchResults): BenchRow[] {
  const { builds, baseline } = r
  const n = `${r.locales} locale${r.locales === 1 ? '' : 's'}`
  return [
    { measure: `Regenerate markdown after one edit (in process, ${r.regen.locale}, median)`, result: `${formatMs(r.regen.medianMs)} (max ${formatMs(r.regen.maxMs)})`, target: `≤ ${TARGETS.regenMs} ms`, met: r.regen.medianMs <= TARGETS.regenMs },
    { measure: 'Save → visible in the dev server (Chromium DOM, median after the first)', result: `${formatMs(r.dev.medianMs)} (first ${formatMs(r.dev.firstMs)})`, target: `≤ ${formatMs(TARGETS.visibleMs)}`, met: r.dev.medianMs <= TARGETS.visibleMs },
    { measure: `Cold full build, ${n} (SPA + slide PDF + handout + PPTX)`, result: formatMs(builds.cold.ms), target: baseline?.fullMs ? `≤ ${formatMs(baseline.fullMs * TARGETS.ratio)}` : '', met: baseline?.fullMs ? builds.cold.ms <= baseline.fullMs * TARGETS.ratio : undefined },
    { measure: 'No-op rebuild (whole `deck` process)', result: formatMs(builds.noop.ms), target: `≤ ${formatMs(TARGETS.noopMs)}`, met: builds.noop.ms <= TARGETS.noopMs },
    { measure: `Rebuild after one edit (one deck, ${n})`, result: formatMs(builds.oneEdit.ms) },
    pptxRow(r.pptx),
    ...baselineRows(r, n),
    peakRow('Peak memory, cold full build (process tree)', builds.cold.peak),
    { measure: 'Import the first article (whole `import` process, dictionaries included, median)', result: `${formatMs(r.importing.importMs)} (first ${formatMs(r.importing.importFirstMs)})`, target: `≤ ${formatMs(TARGETS.importMs)}`, met: r.importing.importMs <= TARGETS.importMs },
    { measure: 'Rebase the first deck onto a revised source (whole `rebase` process, median)', result: `${formatMs(r.importing.rebaseMs)} (${r.importing.moved} references moved)` },
    peakRow('Peak memory, dev server + Chromium', r.dev.peak),
    ...presentRows(r, n),
  ]
}

/** The rows of issue 13: reprinting only what changed, printing at scale, present, the one-file deck. */
function presentRows(r: BenchResults, n: string): BenchRow[] {
  const edit = editToPdfsMs(r.builds.oneEdit.output)
  const firstDeck = printedPdf(r.builds.cold.output)
  const perPage = r.largePrint.ms / r.largePrint.pages
  return [
    { measure: `Edit → all slide PDFs and handouts, ${n} (markdown written → last PDF)`, result: edit === undefined ? 'n/a (nothing printed)' : `${formatMs(edit)} (whole run ${formatMs(r.builds.oneEdit.ms)})`, target: `≤ ${formatMs(TARGETS.editToPdfsMs)}`, met: edit === undefined ? undefined : edit <= TARGETS.editToPdfsMs },
    { measure: `Slide PDF of a generated ${r.largePrint.pages}-slide deck, per page`, result: `${Math.round(perPage)} ms (${formatMs(r.largePrint.ms)}; ${firstDeck ? `${firstDeck.pages} slides: ${Math.round(firstDeck.ms / firstDeck.pages)} ms` : 'first deck n/a'})`, target: `≤ ${TARGETS.msPerPage} ms`, met: perPage <= TARGETS.msPerPage },
    { measure: 'Save → visible with present --watch (Chromium DOM, median after the first)', result: `${formatMs(r.present.medianMs)} (first ${formatMs(r.present.firstMs)})`, target: `≤ ${formatMs(TARGETS.visibleMs)}`, met: r.present.medianMs <= TARGETS.visibleMs },
    { measure: 'Peak memory, present --watch + Chromium', result: formatPeak(r.present.peak), target: `≤ ${formatBytes(TARGETS.presentPeakBytes)} PSS`, met: r.present.peak ? r.present.peak.pss <= TARGETS.presentPeakBytes : undefined },
    { measure: `One-file decks, ${n}: first build, and the first locale's file`, result: `${formatMs(r.builds.oneFile.ms)}; ${r.oneFileBytes === undefined ? 'n/a' : `${(r.oneFileBytes / 1024 ** 2).toFixed(2)} MB`}`, target: '≤ 2 MB', met: r.oneFileBytes === undefined ? undefined : r.oneFileBytes <= TARGETS.oneFileBytes },
    peakRow('Peak memory, one-file decks\' build (process tree)', r.builds.oneFile.peak),
  ]
}

function baselineRows(r: BenchResults, n: string): BenchRow[] {
  const { baseline, builds } = r
  if (!baseline) return [{ measure: 'Slidev-native baseline', result: 'n/a (--skip-baseline)' }]
  const full = baseline.fullMs
  return [
    { measure: `Slidev-native: build + export --with-toc + export-notes, ${n}`, result: full === undefined ? `n/a (${baseline.reason})` : formatMs(full) },
    { measure: `Slidev-native: slidev build alone, ${n}`, result: formatMs(baseline.buildMs) },
    { measure: 'Cold full build ÷ Slidev-native', result: full === undefined ? `n/a; ÷ slidev build alone: ${(builds.cold.ms / baseline.buildMs).toFixed(2)}×` : `${(builds.cold.ms / full).toFixed(2)}×`, target: `≤ ${TARGETS.ratio}×`, met: full === undefined ? undefined : builds.cold.ms / full <= TARGETS.ratio },
    { measure: 'Peak memory, Slidev-native (largest single command)', result: formatPeak(baseline.peak) },
  ]
}

function pptxRow(pptx: PptxResult | undefined): BenchRow {
  const measure = 'PPTX per deck and locale (in process, slowest locale\'s median)'
  if (!pptx) return { measure, result: 'n/a' }
  const result = `${formatMs(pptx.medianMs)} (${pptx.locale}, ${pptx.slides} slides; first ${formatMs(pptx.firstMs)} with loading)`
  return { measure, result, target: `< ${formatMs(TARGETS.pptxMs)}`, met: pptx.medianMs < TARGETS.pptxMs }
}

/** Judged on PSS, which counts memory shared between processes once. */
function peakRow(measure: string, peak: MemoryPeak | undefined): BenchRow {
  return { measure, result: formatPeak(peak), target: `≤ ${formatBytes(TARGETS.peakBytes)} PSS`, met: peak ? peak.pss <= TARGETS.peakBytes : undefined }
}
