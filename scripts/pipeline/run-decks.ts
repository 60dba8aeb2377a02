/**
 * Builds decks end to end: validate → localise → render → write markdown → build SPA → print PDFs.
 * An invalid deck does not stop the valid ones; the run reports it and fails at the end.
 * SPA builds run two at a time (one per core); printing shares one browser.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeckError, formatError } from '../core/errors.ts'
import { createLimit } from '../core/limit.ts'
import type { ProjectPaths } from '../core/paths.ts'
import type { Progress } from '../core/progress.ts'
import { VERSION } from '../core/version.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { displayPath, readDeck } from '../load/read-deck.ts'
import { LocaleSchema, type Locale } from '../load/schema.ts'
import { glossaryFilesFor, readGlossaryFor } from '../localise/glossary-file.ts'
import { createSpaBuilder, type SpaBuilder } from '../build/run-build.ts'
import { BrowserManager } from '../export/browser.ts'
import { exportSlidesPdf } from '../export/slides-pdf.ts'
import { exportHandoutPdf } from '../export/handout-pdf.ts'
import { prepareLocale, type LocaleTarget } from './prepare.ts'
import { hashBuilderFiles } from './builder-files.ts'
import { planOutputs, recordOutputs, upToDateMessage } from './manifest.ts'
import { writeMarkdownIfChanged } from './regenerate.ts'

export type Output = 'slides' | 'spa' | 'pdf' | 'handout'
export const ALL_OUTPUTS: readonly Output[] = ['slides', 'spa', 'pdf', 'handout']

export interface RunOptions {
  deckDirs: readonly string[]
  paths: ProjectPaths
  locale?: Locale
  outputs?: readonly Output[]
  handout?: 'notes' | '3up'
  force?: boolean
  progress: Progress
  /** Hashes of the builder's files for incremental builds; read from the repository when absent (tests pin them). */
  builder?: Readonly<Record<string, string>>
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
  const targets: LocaleTarget[] = []
  for (const dir of options.deckDirs) {
    try {
      targets.push(...await prepareDeck(dir, options))
    }
    catch (error) {
      result.failed.push({ deck: displayPath(dir), error })
      options.progress.warn(`✗ ${displayPath(dir)}\n${formatError(error)}`)
    }
    options.progress.finish(displayPath(dir))
  }
  const browser = new BrowserManager()
  const spa = createSpaBuilder()
  const printLimit = createLimit(1)
  try {
    const shared: SharedRun = { outputs, browser, spa, printLimit, builder: options.builder ?? await hashBuilderFiles(options.paths.root) }
    await Promise.all(targets.map(async target => {
      try {
        const made = await runTarget(target, shared, options)
        ;(made ? result.built : result.upToDate).push(target.name)
      }
      catch (error) {
        result.failed.push({ deck: target.name, error })
        options.progress.warn(`✗ ${target.name}\n${formatError(error)}`)
      }
    }))
  }
  finally {
    await Promise.all([browser.close(), spa.close()])
    options.progress.end()
  }
  return result
}

interface SharedRun {
  outputs: Set<Output>
  browser: BrowserManager
  /** Builds SPAs one after another in one worker process; printing overlaps the next build. */
  spa: SpaBuilder
  printLimit: ReturnType<typeof createLimit>
  /** Hashes of the builder's own files, for the fingerprints. */
  builder: Readonly<Record<string, string>>
}

/** Makes the outputs of one deck/locale that are out of date; returns whether it made any. */
async function runTarget(target: LocaleTarget, shared: SharedRun, options: RunOptions): Promise<boolean> {
  const handout = options.handout ?? target.deck.handout
  const plan = await planOutputs(target, shared.outputs, { cache: options.paths.cache, builder: shared.builder, handout, force: options.force === true })
  const slidesChanged = options.force ? (await writeFileAtomic(target.files.markdown, target.markdown), true) : await writeMarkdownIfChanged(target)
  if (slidesChanged) options.progress.done(target.name, `slides  ${displayPath(target.files.markdown)}`)
  const skipped = upToDateMessage(!slidesChanged, plan)
  if (skipped) options.progress.done(target.name, skipped)
  for (const output of plan.stale) options.progress.stage(target.name, `${output} out of date: ${plan.reasons[output]?.join(', ') || 'forced'}`)
  if (plan.buildSpa) {
    await buildTarget(target, shared.spa, options)
    await recordOutputs(target, ['spa'], plan, options.paths.cache)
  }
  const printed = new Set<Output>(plan.stale.filter(output => output !== 'spa'))
  if (printed.size > 0) {
    await shared.printLimit(() => exportTarget(target, printed, shared.browser, options))
    await recordOutputs(target, plan.stale.filter(output => output !== 'spa'), plan, options.paths.cache)
  }
  return slidesChanged || plan.buildSpa || printed.size > 0
}

async function prepareDeck(dir: string, options: RunOptions): Promise<LocaleTarget[]> {
  options.progress.stage(displayPath(dir), 'validate')
  const deck = await readDeck(dir)
  const { glossary, files } = await readGlossaryWithFiles(deck, options.paths)
  const locales = options.locale ? [LocaleSchema.parse(options.locale)] : deck.locales
  if (options.locale && !deck.locales.includes(options.locale))
    throw new DeckError('E_LOCALE', `${deck.id} does not build ${options.locale} (its locales: ${deck.locales.join(', ')})`)
  return locales.map(locale => prepareLocale(deck, glossary, files, locale, options.paths, VERSION))
}

async function readGlossaryWithFiles(deck: Parameters<typeof readGlossaryFor>[0], paths: ProjectPaths) {
  const glossary = await readGlossaryFor(deck, paths)
  const files = glossaryFilesFor(deck, paths)
  return { glossary, files }
}

async function buildTarget(target: LocaleTarget, spa: SpaBuilder, options: RunOptions): Promise<void> {
  let started = Date.now()
  await spa.build({
    entry: target.files.markdown,
    outDir: target.files.dist,
    locale: target.locale,
    label: target.name,
    onStart: () => {
      started = Date.now()
      options.progress.stage(target.name, 'building SPA')
    },
  })
  options.progress.done(target.name, `spa     ${displayPath(target.files.dist)}/ (${seconds(started)})`)
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
