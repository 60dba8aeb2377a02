/**
 * Printing one deck/locale's PDFs, and only what changed: each slide page has a fingerprint
 * (page-fingerprint.ts), so after an edit the slide PDF gets the changed pages printed again and
 * put in place, and the handout has the changed slides redrawn when nothing else in it changed.
 * A changed page count, builder or handout text means a full print.
 */
import { readFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import { DeckError } from '../core/errors.ts'
import { kb, seconds, type Progress } from '../core/progress.ts'
import { VERSION } from '../core/version.ts'
import type { BrowserManager } from '../export/browser.ts'
import { exportHandoutPdf, handoutFrame, updateHandoutPdf, type HandoutPdfResult } from '../export/handout-pdf.ts'
import type { HandoutLayout } from '../export/handout-model.ts'
import { exportSlidesPdf, printSlides, type SlidesPdfJob, type SlidesPdfResult } from '../export/slides-pdf.ts'
import { displayPath } from '../load/read-deck.ts'
import { hashContent, stableJson } from './fingerprint.ts'
import type { ManifestDetails, OutputPlan } from './manifest.ts'
import { planReprint, slidePageFingerprints, type Reprint } from './page-fingerprint.ts'
import type { LocaleTarget } from './prepare.ts'

export interface ExportContext {
  browser: BrowserManager
  progress: Progress
  handout: HandoutLayout
  /** Hashes of the builder's own files. */
  builder: Readonly<Record<string, string>>
  /**
   * Runs a print in Chromium when the run allows another (one at a time): a whole deck takes memory,
   * and a few changed slides print sooner one after another in a tab kept warm than side by side in
   * new ones (0.4 s against 0.6 s each). PDF documents are finished outside it.
   */
  printing: <T>(print: () => Promise<T>) => Promise<T>
}

type Printed = 'pdf' | 'handout'

/** Prints the deck/locale's stale PDFs; returns what their manifests record. */
export async function exportTarget(target: LocaleTarget, outputs: ReadonlySet<Printed>, plan: OutputPlan, context: ExportContext): Promise<Partial<Record<Printed, ManifestDetails>>> {
  const pages = slidePageFingerprints(target.plan, { builder: context.builder, version: VERSION })
  const details: Partial<Record<Printed, ManifestDetails>> = {}
  let reprinted: SlidesPdfResult['reprinted']
  if (outputs.has('pdf')) {
    reprinted = await exportPdf(target, planReprint(plan.previous.pdf?.pages, pages), context)
    details.pdf = { pages }
  }
  if (outputs.has('handout')) {
    const date = new Date()
    // Without the slides' own text: a redraw renames the figures of the slides it redraws, so a
    // bullet edit does not print the whole handout again.
    const html = handoutFrame(target.plan, context.handout, date, target.metadata.creator)
    const frame = hashContent(stableJson({ html, builder: context.builder, version: VERSION }))
    const previous = plan.previous.handout
    const reprint: Reprint = previous?.frame === frame ? planReprint(previous.pages, pages) : { kind: 'all', reason: previous ? 'its text changed' : 'no record of its slides' }
    await exportHandout(target, reprint, { date, pdfIsCurrent: outputs.has('pdf') || plan.upToDate.pdf, reprinted }, context)
    details.handout = { frame, pages }
  }
  return details
}

/** Writes the slide PDF; returns the pages it printed. */
async function exportPdf(target: LocaleTarget, reprint: Reprint, context: ExportContext): Promise<SlidesPdfResult['reprinted']> {
  const { progress } = context
  progress.stage(target.name, reprint.kind === 'pages' ? `printing slide${reprint.pages.length > 1 ? 's' : ''} ${reprint.pages.join(', ')} again` : `printing ${target.plan.slides.length} slides`)
  // Timed from a running Chromium and its turn to print: the line says what printing this PDF took.
  await context.browser.get()
  const pdf = await exportSlidesPdf(slidesJob(target, context), reprint)
  const how = pdf.printed === pdf.pages ? `${Math.round(pdf.bytes / pdf.pages / 1024)} KB/slide` : `${pdf.printed} printed again`
  progress.done(target.name, `pdf     ${displayPath(target.files.pdf)} (${pdf.pages} pages, ${how}, ${kb(pdf.bytes)}, ${(pdf.ms / 1000).toFixed(1)}s)`)
  return pdf.reprinted
}

interface HandoutOptions {
  date: Date
  /** Whether exports/<name>.pdf holds the current slides (printed by this run or up to date). */
  pdfIsCurrent: boolean
  /** The slide pages this run printed, if any. */
  reprinted?: SlidesPdfResult['reprinted']
}

async function exportHandout(target: LocaleTarget, reprint: Reprint, options: HandoutOptions, context: ExportContext): Promise<void> {
  let started = Date.now()
  const redrawn = reprint.kind === 'all' ? undefined : await redrawHandout(target, reprint, options, context).catch((error: unknown) => {
    // A handout that does not name its slides (made before they were named) is printed again.
    if (error instanceof DeckError && error.code === 'E_EXPORT') return undefined
    throw error
  })
  const handout = redrawn ?? await context.printing(() => {
    started = Date.now()
    return printHandout(target, options, context)
  })
  const what = redrawn ? `${reprint.kind === 'pages' ? reprint.pages.length : 0} slide(s) redrawn, ` : ''
  context.progress.done(target.name, `handout ${displayPath(target.files.handout)} (${context.handout}, ${handout.pages} pages, ${what}${kb(handout.bytes)}, ${seconds(started)})`)
}

/** Redraws the changed slides into the existing handout, from the current slide PDF or a print of those slides. */
async function redrawHandout(target: LocaleTarget, reprint: Reprint, options: HandoutOptions, context: ExportContext): Promise<HandoutPdfResult> {
  const slides = reprint.kind === 'pages' ? reprint.pages : []
  context.progress.stage(target.name, `redrawing ${slides.length} slide(s) in the handout`)
  // No slide changed: only the metadata is written again. Else the new pages come from what this
  // run printed, the current slide PDF, or a print of just those slides (`--only handout`).
  const { reprinted } = options
  const source = slides.length === 0
    ? { doc: await PDFDocument.create(), slides: [] }
    : reprinted && slides.every(no => reprinted.slides.includes(no))
      ? reprinted
      : options.pdfIsCurrent
        ? { doc: await PDFDocument.load(await readFile(target.files.pdf), { updateMetadata: false }), slides: target.plan.slides.map(slide => slide.no) }
        : { doc: (await context.printing(() => printSlides(slidesJob(target, context), { total: target.plan.slides.length, slides }))).doc, slides }
  const pages = new Map(slides.map(no => [no, source.slides.indexOf(no)]))
  return updateHandoutPdf({ output: target.files.handout, plan: target.plan, metadata: target.metadata, source: source.doc, pages, label: target.name })
}

/** The handout printed in full; it draws the current slide PDF, or a full print of the slides made for it. */
async function printHandout(target: LocaleTarget, options: HandoutOptions, context: ExportContext): Promise<HandoutPdfResult> {
  let slidesPdf: Uint8Array
  if (options.pdfIsCurrent) slidesPdf = await readFile(target.files.pdf)
  else {
    context.progress.stage(target.name, `printing ${target.plan.slides.length} slides for the handout`)
    slidesPdf = await (await printSlides(slidesJob(target, context), { total: target.plan.slides.length })).doc.save()
  }
  context.progress.stage(target.name, `printing the ${context.handout} handout`)
  return exportHandoutPdf({
    plan: target.plan,
    layout: context.handout,
    slidesPdf,
    output: target.files.handout,
    metadata: target.metadata,
    browser: context.browser,
    label: target.name,
    date: options.date,
  })
}

function slidesJob(target: LocaleTarget, context: ExportContext): SlidesPdfJob {
  return { distDir: target.files.dist, output: target.files.pdf, plan: target.plan, metadata: target.metadata, browser: context.browser, label: target.name, inBrowser: context.printing }
}
