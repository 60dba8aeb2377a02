/**
 * Builds decks end to end: validate → localise → render → write markdown and PPTX → build SPA →
 * print PDFs.
 * An invalid deck does not stop the valid ones; the run reports it and fails at the end.
 * A deck's locales share one SPA build; printing shares one browser.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatError } from '../core/errors.ts'
import { createLimit } from '../core/limit.ts'
import { collectGarbage } from '../core/memory.ts'
import type { ProjectPaths } from '../core/paths.ts'
import type { Progress } from '../core/progress.ts'
import { VERSION } from '../core/version.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { ALL_OUTPUTS, type HandoutLayout, type Output } from '../core/outputs.ts'
import { displayPath, readDeck } from '../load/read-deck.ts'
import type { Locale } from '../core/locales.ts'
import { releaseConverters } from '../localise/convert.ts'
import type { CodeCache } from '../spa/code-cache.ts'
import { createSpaBuilder, type SpaBuilder } from '../spa/run-build.ts'
import { BrowserManager } from '../export/browser.ts'
import { exportSlidesPdf } from '../export/slides-pdf.ts'
import { exportHandoutPdf } from '../export/handout-pdf.ts'
import { exportPptx } from '../export/pptx-export.ts'
import { checkTarget, loadRegionalWords } from '../check/check-deck.ts'
import type { RegionalWords } from '../localise/regional-words.ts'
import { prepareLocale, targetLocales, type LocaleTarget } from './prepare.ts'
import { readDeckInputs } from './deck-inputs.ts'
import { hashBuilderFiles } from './builder-files.ts'
import { hashContent } from './fingerprint.ts'
import { planOutputs, recordOutputs, upToDateMessage } from './manifest.ts'
import { writeMarkdownIfChanged } from './regenerate.ts'

export { ALL_OUTPUTS, type Output }
/** Outputs printed in the browser from the built SPA. */
const PRINTED: readonly Output[] = ['pdf', 'handout']

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
  releaseConverters()
  collectGarbage()
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
 * Deck/locales printed at once, in one browser. Two at a time finished no sooner on two cores
 * (Chromium's renderer, compositor and our process already share them) and added 0.3 GiB to the
 * peak memory.
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

/** Makes one deck's out-of-date outputs: its locales' SPAs in one build, then their PDFs. */
async function runDeck(targets: readonly LocaleTarget[], shared: SharedRun, options: RunOptions, result: RunResult): Promise<void> {
  const fail = (target: LocaleTarget, error: unknown) => {
    result.failed.push({ deck: target.name, error })
    options.progress.warn(`✗ ${target.name}\n${formatError(error)}`)
  }
  const planned: PlannedTarget[] = []
  for (const target of targets) {
    try {
      const item = await planTarget(target, shared, options)
      // The PPTX needs neither the SPA nor the browser: it is written first, in well under a second.
      item.pptxWritten = await writePptxTarget(item, options)
      planned.push(item)
    }
    catch (error) {
      fail(target, error)
    }
  }
  const building = planned.filter(item => item.plan.buildSpa)
  const built = await buildDeckSpas(building, shared.spa, options).then(() => true, (error: unknown) => {
    for (const item of building) fail(item.target, error)
    return false
  })
  const printable = built ? planned : planned.filter(item => !item.plan.buildSpa)
  await Promise.all(printable.map(async (item) => {
    try {
      const printed = await printTarget(item, shared, options)
      ;(item.slidesChanged || item.pptxWritten || item.plan.buildSpa || printed ? result.built : result.upToDate).push(item.target.name)
    }
    catch (error) {
      fail(item.target, error)
    }
  }))
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
  const pptx = await exportPptx({ plan: target.plan, output: target.files.pptx, metadata: target.metadata, description: target.generatedFrom, label: target.name })
  options.progress.done(target.name, `pptx    ${displayPath(target.files.pptx)} (${pptx.slides} slides, ${kb(pptx.bytes)}, ${seconds(started)})`)
  await recordOutputs(target, ['pptx'], plan, options.paths.cache)
  return true
}

/** Prints a deck/locale's out-of-date PDFs; returns whether it printed any. */
async function printTarget({ target, plan }: PlannedTarget, shared: SharedRun, options: RunOptions): Promise<boolean> {
  if (plan.buildSpa) await recordOutputs(target, ['spa'], plan, options.paths.cache)
  const printed = new Set<Output>(plan.stale.filter(output => PRINTED.includes(output)))
  if (printed.size === 0) return false
  await shared.printLimit(() => exportTarget(target, printed, shared.browser, options))
  await recordOutputs(target, plan.stale.filter(output => PRINTED.includes(output)), plan, options.paths.cache)
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

/** Builds the SPAs of one deck's out-of-date locales together. */
async function buildDeckSpas(items: readonly PlannedTarget[], spa: SpaBuilder, options: RunOptions): Promise<void> {
  if (items.length === 0) return
  const names = items.map(item => item.target.name)
  const together = items.length > 1 ? `, one build for ${items.length} locales` : ''
  let started = Date.now()
  const report = await spa.build({
    targets: items.map(({ target }) => ({ entry: target.files.markdown, outDir: target.files.dist, locale: target.locale })),
    label: names.join(', '),
    onStart: () => {
      started = Date.now()
      for (const name of names) options.progress.stage(name, `building SPA${together}`)
    },
  })
  const how = report.built === 0 && report.reused > 0 ? ', only the text changed: the built code was reused' : together
  for (const { target } of items) options.progress.done(target.name, `spa     ${displayPath(target.files.dist)}/ (${seconds(started)}${how})`)
}

async function exportTarget(target: LocaleTarget, outputs: Set<Output>, browser: BrowserManager, options: RunOptions): Promise<void> {
  if (outputs.has('pdf')) {
    options.progress.stage(target.name, `printing ${target.plan.slides.length} slides`)
    const started = Date.now()
    const pdf = await exportSlidesPdf({
      distDir: target.files.dist,
      output: target.files.pdf,
      plan: target.plan,
      metadata: target.metadata,
      browser,
      label: target.name,
    })
    const perSlide = Math.round(pdf.bytes / pdf.pages / 1024)
    options.progress.done(target.name, `pdf     ${displayPath(target.files.pdf)} (${pdf.pages} pages, ${kb(pdf.bytes)}, ${perSlide} KB/slide, ${seconds(started)})`)
  }
  if (outputs.has('handout')) await exportHandoutTarget(target, outputs.has('pdf'), browser, options)
}

/** The handout draws the slide PDF's pages: the one just printed, else one printed to a temporary file. */
async function exportHandoutTarget(target: LocaleTarget, pdfPrinted: boolean, browser: BrowserManager, options: RunOptions): Promise<void> {
  const layout = options.handout ?? target.deck.handout
  const temp = pdfPrinted ? undefined : await mkdtemp(join(tmpdir(), 'deckwright-handout-'))
  try {
    const slidesFile = temp ? join(temp, 'slides.pdf') : target.files.pdf
    if (temp) {
      options.progress.stage(target.name, `printing ${target.plan.slides.length} slides for the handout`)
      await exportSlidesPdf({ distDir: target.files.dist, output: slidesFile, plan: target.plan, metadata: target.metadata, browser, label: target.name })
    }
    options.progress.stage(target.name, `printing the ${layout} handout`)
    const started = Date.now()
    const handout = await exportHandoutPdf({
      plan: target.plan,
      layout,
      slidesPdf: await readFile(slidesFile),
      output: target.files.handout,
      metadata: target.metadata,
      browser,
      label: target.name,
    })
    options.progress.done(target.name, `handout ${displayPath(target.files.handout)} (${layout}, ${handout.pages} pages, ${kb(handout.bytes)}, ${seconds(started)})`)
  }
  finally {
    if (temp) await rm(temp, { recursive: true, force: true })
  }
}

function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`
}

function kb(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
