/**
 * Builds decks end to end: validate → localise → render → write markdown → build SPA → print PDFs.
 * An invalid deck does not stop the valid ones; the run reports it and fails at the end.
 * SPA builds run two at a time (one per core); printing shares one browser.
 */
import { DeckError, formatError } from '../core/errors.ts'
import { createLimit } from '../core/limit.ts'
import type { ProjectPaths } from '../core/paths.ts'
import type { Progress } from '../core/progress.ts'
import { VERSION } from '../core/version.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { displayPath, readDeck } from '../load/read-deck.ts'
import { LocaleSchema, type Locale } from '../load/schema.ts'
import { readGlossaryFor } from '../localise/glossary-file.ts'
import { buildSpaAtomically } from '../build/run-build.ts'
import { BrowserManager } from '../export/browser.ts'
import { exportSlidesPdf } from '../export/slides-pdf.ts'
import { prepareLocale, type LocaleTarget } from './prepare.ts'

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
  /** Parallel SPA builds; defaults to 2 (the machine's cores). */
  buildConcurrency?: number
}

export interface RunResult {
  built: string[]
  failed: { deck: string; error: unknown }[]
}

export async function runDecks(options: RunOptions): Promise<RunResult> {
  const outputs = new Set(options.outputs ?? ALL_OUTPUTS)
  const result: RunResult = { built: [], failed: [] }
  const targets: LocaleTarget[] = []
  for (const dir of options.deckDirs) {
    try {
      targets.push(...await prepareDeck(dir, options))
    }
    catch (error) {
      result.failed.push({ deck: displayPath(dir), error })
      options.progress.warn(`✗ ${displayPath(dir)}\n${formatError(error)}`)
    }
  }
  const browser = new BrowserManager()
  const buildLimit = createLimit(options.buildConcurrency ?? 2)
  const printLimit = createLimit(1)
  try {
    await Promise.all(targets.map(async target => {
      try {
        await writeFileAtomic(target.files.markdown, target.markdown)
        options.progress.done(target.name, `slides  ${displayPath(target.files.markdown)}`)
        if (outputs.has('spa') || outputs.has('pdf') || outputs.has('handout')) {
          await buildLimit(() => buildTarget(target, options))
          await printLimit(() => exportTarget(target, outputs, browser, options))
        }
        result.built.push(target.name)
      }
      catch (error) {
        result.failed.push({ deck: target.name, error })
        options.progress.warn(`✗ ${target.name}\n${formatError(error)}`)
      }
    }))
  }
  finally {
    await browser.close()
    options.progress.end()
  }
  return result
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
  const files = (glossary as { files?: string[] }).files ?? []
  return { glossary, files }
}

async function buildTarget(target: LocaleTarget, options: RunOptions): Promise<void> {
  options.progress.stage(target.name, 'building SPA')
  const started = Date.now()
  await buildSpaAtomically({ entry: target.files.markdown, outDir: target.files.dist, locale: target.locale, label: target.name })
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
}

function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`
}

function kb(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
