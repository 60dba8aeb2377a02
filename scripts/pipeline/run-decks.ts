/**
 * Builds decks end to end: validate → localise → render → write markdown and PPTX → build SPA and
 * one-file decks → print PDFs.
 * An invalid deck does not stop the valid ones; the run reports it and fails at the end.
 * A deck's locales share one SPA build; printing shares one browser.
 */
import { join } from 'node:path'
import { formatError } from '../core/errors.ts'
import { createLimit } from '../core/limit.ts'
import { collectGarbage } from '../core/memory.ts'
import type { ProjectPaths } from '../core/paths.ts'
import { kb, seconds, type Progress } from '../core/progress.ts'
import { VERSION } from '../core/version.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { ALL_OUTPUTS, type HandoutLayout, type Output } from '../core/outputs.ts'
import { displayPath, readDeck } from '../load/read-deck.ts'
import type { Locale } from '../core/locales.ts'
import { releaseConverters } from '../localise/convert.ts'
import type { CodeCache } from '../spa/code-cache.ts'
import { createSpaBuilder, type SpaBuilder } from '../spa/run-build.ts'
import { BrowserManager } from '../export/browser.ts'
import { checkTarget, loadRegionalWords } from '../check/check-deck.ts'
import type { RegionalWords } from '../localise/regional-words.ts'
import { buildDeck, mayBeTextOnly, needsBuild, type DeckBuild } from './build-deck.ts'
import { prepareLocale, targetLocales, type LocaleTarget } from './prepare.ts'
import { readDeckInputs } from './deck-inputs.ts'
import { hashBuilderFiles } from './builder-files.ts'
import { hashContent } from './fingerprint.ts'
import { planOutputs, recordOutputs, upToDateMessage } from './manifest.ts'
import { writeMarkdownIfChanged } from './regenerate.ts'

export { ALL_OUTPUTS, type Output }

export interface RunOptions {
  deckDirs: readonly string[]
  paths: ProjectPaths
  locale?: Locale
  outputs?: readonly Output[]
  handout?: HandoutLayout
  force?: boolean
  progress: Progress
  /** Hashes of the builder's files for incremental builds; read from the repository when absent (tests pin them). */
  builder?: Readonly<Record<string, string>>
  /** Keep OpenCC's dictionaries after localising: `present --watch` localises again on every save. */
  keepConverters?: boolean
  /** Words of another region fail the deck (E_VOCABULARY) instead of printing warnings. */
  strict?: boolean
}

export interface RunResult {
  built: string[]
  /** Deck/locales whose requested outputs were all up to date (nothing made). */
  upToDate: string[]
  failed: { deck: string; error: unknown }[]
}

export async function runDecks(options: RunOptions): Promise<RunResult> {
  const outputs = new Set(options.outputs ?? ALL_OUTPUTS)
  const result: RunResult = { built: [], upToDate: [], failed: [] }
  const decks: LocaleTarget[][] = []
  const words = lazy(() => loadRegionalWords(options.paths))
  for (const dir of options.deckDirs) {
    try {
      decks.push(await prepareDeck(dir, options, words))
    }
    catch (error) {
      result.failed.push({ deck: displayPath(dir), error })
      options.progress.warn(`✗ ${displayPath(dir)}\n${formatError(error)}`)
    }
    options.progress.finish(displayPath(dir))
  }
  // The localised text is in the targets now; the dictionaries would sit in memory beside the
  // build worker and the browser.
  if (!options.keepConverters) {
    releaseConverters()
    collectGarbage()
  }
  const builder = options.builder ?? await hashBuilderFiles(options.paths.root)
  const browser = new BrowserManager()
  const spa = createSpaBuilder(codeCacheFor(options.paths, builder, options.force !== true))
  const printLimit = createLimit(PRINTS_AT_ONCE)
  try {
    const shared: SharedRun = { outputs, browser, spa, printLimit, builder }
    await Promise.all(decks.map(targets => runDeck(targets, shared, options, result)))
  }
  finally {
    await Promise.all([browser.close(), spa.close()])
    options.progress.end()
  }
  return result
}

/** Built SPA code kept in .cache/spa-code/, valid for these builder files and this version. */
function codeCacheFor(paths: ProjectPaths, builder: Readonly<Record<string, string>>, reuse: boolean): CodeCache {
  const salt = hashContent(JSON.stringify({ builder, version: VERSION }))
  return { dir: join(paths.cache, 'spa-code'), salt, reuse }
}

/**
 * Prints at once, in one browser. Two whole decks at a time finished no sooner on two cores
 * (Chromium's renderer, compositor and our process already share them) and added 0.3 GiB to the
 * peak memory; the few changed pages of an edit print sooner one after another in one warm tab
 * than side by side. Each PDF is finished (pdf-lib) beside the next print.
 */
const PRINTS_AT_ONCE = 1

interface SharedRun {
  outputs: Set<Output>
  browser: BrowserManager
  /**
   * Builds SPAs one deck after another in a worker process. With several decks, printing one
   * overlaps the next one's build: sooner done, at a peak of a build plus the browser.
   */
  spa: SpaBuilder
  printLimit: ReturnType<typeof createLimit>
  /** Hashes of the builder's own files, for the fingerprints. */
  builder: Readonly<Record<string, string>>
}

interface PlannedTarget {
  target: LocaleTarget
  plan: Awaited<ReturnType<typeof planOutputs>>
  slidesChanged: boolean
  /** The PPTX was written in this run. */
  pptxWritten: boolean
}

type Fail = (target: LocaleTarget, error: unknown) => void

/**
 * Makes one deck's out-of-date outputs: its locales' SPAs and one-file decks (built together, or
 * only their data rewritten), then their PDFs, then the one-file decks that only needed new text.
 */
async function runDeck(targets: readonly LocaleTarget[], shared: SharedRun, options: RunOptions, result: RunResult): Promise<void> {
  const fail: Fail = (target, error) => {
    result.failed.push({ deck: target.name, error })
    options.progress.warn(`✗ ${target.name}\n${formatError(error)}`)
  }
  const planned: PlannedTarget[] = []
  for (const target of targets) await planTarget(target, shared, options).then(item => planned.push(item), (error: unknown) => fail(target, error))
  // Chromium starts when no Vite build is left to run, so that its memory never adds to a build's.
  // After what looks like a text edit it starts at once, while the PPTX is written and the pages
  // get their new data; if the deck's shape changed after all, it waits beside the build (a build
  // plus the browser, 1.1 GiB).
  const printing = planned.some(item => item.plan.stale.some(output => output === 'pdf' || output === 'handout'))
  const startChromium = () => printing && void shared.browser.get().catch(() => undefined)
  const textOnly = planned
    .filter(item => item.plan.buildSpa || item.plan.stale.includes('html'))
    .every(item => (['spa', 'html'] as const).every(output => !needsBuild(item.plan, output) || mayBeTextOnly(item.plan, output)))
  if (textOnly) startChromium()
  // The PPTX needs neither the SPA nor the browser, and takes a tenth of a second a locale. Before a
  // build it is written first; after a text edit, once the PDFs are printed: written while
  // Chromium starts, it slowed the start on two cores and so every PDF.
  const writePptx = async (items: PlannedTarget[]) => {
    for (const item of items) {
      await writePptxTarget(item, options).then((written) => {
        item.pptxWritten = written
      }, (error: unknown) => {
        fail(item.target, error)
        planned.splice(planned.indexOf(item), 1)
      })
    }
  }
  if (!textOnly) await writePptx([...planned])
  const building = planned.filter(item => item.plan.buildSpa || item.plan.stale.includes('html'))
  // What writing the PPTX allocated would otherwise sit beside the build worker (about 40 MB).
  if (building.length > 0 && planned.some(item => item.pptxWritten)) collectGarbage()
  const build = await buildDeck(building, shared.spa, options.paths, options.progress, startChromium).catch((error: unknown) => {
    for (const item of building) fail(item.target, error)
    return undefined
  })
  const ready = build ? planned : planned.filter(item => !building.includes(item))
  const printed = await printTargets(ready, build, shared, options, fail)
  if (textOnly) await writePptx(ready.filter(item => planned.includes(item)))
  const oneFiles = await build?.rewriteOneFiles().then(() => true, (error: unknown) => {
    for (const item of building) fail(item.target, error)
    return false
  })
  for (const item of ready.filter(item => !result.failed.some(f => f.deck === item.target.name))) {
    if (oneFiles && item.plan.stale.includes('html')) await recordOutputs(item.target, ['html'], item.plan, options.paths.cache, { html: { shape: build?.shapes.get(item.target.name) } })
    ;(item.slidesChanged || item.pptxWritten || building.includes(item) || printed.has(item) ? result.built : result.upToDate).push(item.target.name)
  }
}

/** Records each built SPA and prints the targets' PDFs; returns the targets that printed any. */
async function printTargets(ready: readonly PlannedTarget[], build: DeckBuild | undefined, shared: SharedRun, options: RunOptions, fail: Fail): Promise<Set<PlannedTarget>> {
  const printed = new Set<PlannedTarget>()
  await Promise.all(ready.map(async (item) => {
    try {
      if (item.plan.buildSpa) await recordOutputs(item.target, ['spa'], item.plan, options.paths.cache, { spa: { shape: build?.shapes.get(item.target.name) } })
      if (await printTarget(item, shared, options)) printed.add(item)
    }
    catch (error) {
      fail(item.target, error)
    }
  }))
  return printed
}

/** Plans a deck/locale's outputs and writes its markdown when it changed. */
async function planTarget(target: LocaleTarget, shared: SharedRun, options: RunOptions): Promise<PlannedTarget> {
  const handout = options.handout ?? target.deck.handout
  const plan = await planOutputs(target, shared.outputs, { cache: options.paths.cache, builder: shared.builder, handout, force: options.force === true })
  const slidesChanged = options.force ? (await writeFileAtomic(target.files.markdown, target.markdown), true) : await writeMarkdownIfChanged(target)
  if (slidesChanged) options.progress.done(target.name, `slides  ${displayPath(target.files.markdown)}`)
  const skipped = upToDateMessage(!slidesChanged, plan)
  if (skipped) options.progress.done(target.name, skipped)
  for (const output of plan.stale) options.progress.stage(target.name, `${output} out of date: ${plan.reasons[output]?.join(', ') || 'forced'}`)
  return { target, plan, slidesChanged, pptxWritten: false }
}

/** Writes a deck/locale's PPTX when it is out of date; returns whether it did. */
async function writePptxTarget({ target, plan }: PlannedTarget, options: RunOptions): Promise<boolean> {
  if (!plan.stale.includes('pptx')) return false
  options.progress.stage(target.name, 'writing the PPTX')
  const started = Date.now()
  // Loaded when there is a PPTX to write: `present` and a run with nothing to do never need it.
  const { exportPptx } = await import('../export/pptx-export.ts')
  const pptx = await exportPptx({ plan: target.plan, output: target.files.pptx, metadata: target.metadata, description: target.generatedFrom, label: target.name })
  options.progress.done(target.name, `pptx    ${displayPath(target.files.pptx)} (${pptx.slides} slides, ${kb(pptx.bytes)}, ${seconds(started)})`)
  await recordOutputs(target, ['pptx'], plan, options.paths.cache)
  return true
}

/** Prints a deck/locale's out-of-date PDFs; returns whether it printed any. */
async function printTarget({ target, plan }: PlannedTarget, shared: SharedRun, options: RunOptions): Promise<boolean> {
  const printed = new Set(plan.stale.filter(output => output === 'pdf' || output === 'handout'))
  if (printed.size === 0) return false
  const context = { browser: shared.browser, progress: options.progress, handout: options.handout ?? target.deck.handout, builder: shared.builder, printing: shared.printLimit }
  // Loaded when there is something to print (pdf-lib, the handout): `present` never needs it.
  const { exportTarget } = await import('./export-target.ts')
  const details = await exportTarget(target, printed, plan, context)
  await recordOutputs(target, printed, plan, options.paths.cache, details)
  return true
}

async function prepareDeck(dir: string, options: RunOptions, words: () => Promise<RegionalWords>): Promise<LocaleTarget[]> {
  options.progress.stage(displayPath(dir), 'validate')
  const deck = await readDeck(dir)
  const inputs = await readDeckInputs(deck, options.paths)
  const targets = targetLocales(deck, options.locale).map(locale => prepareLocale(deck, inputs, locale, options.paths, VERSION))
  options.progress.stage(displayPath(dir), 'checking words and glyphs')
  for (const target of targets) await checkTarget(target, inputs.glossary, await words(), { strict: options.strict, warn: options.progress.warn })
  return targets
}

/** A value made on first use and then kept. */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}
