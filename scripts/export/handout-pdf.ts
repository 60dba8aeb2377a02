/**
 * The handout PDF: the handout HTML printed by Chromium (A4, the locale's font, its pagination
 * for notes), the slide PDF's pages drawn into the slide boxes as vectors, then metadata and an
 * outline. The only I/O edge of the handout; the previous file stays if anything fails.
 */
import { readFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import { DeckError } from '../core/errors.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import type { DeckPlan } from '../deck/types.ts'
import { slideText } from '../deck/labels.ts'
import type { BrowserManager } from './browser.ts'
import { composeHandout } from './handout-compose.ts'
import { cssFontFamily, FONT_WEIGHTS } from '../core/locale-fonts.ts'
import { fontStylesheets, HANDOUT_URL, serveHandout } from './handout-fonts.ts'
import { renderHandoutHtml } from './handout-html.ts'
import { handoutModel, type HandoutLayout, type HandoutModel } from './handout-model.ts'
import { handoutOutline } from './handout-outline.ts'
import { redrawSlides } from './handout-splice.ts'
import { addOutline, setMetadata, type PdfMetadata } from './pdf-document.ts'
import { dropUnreachable } from './pdf-splice.ts'
import { printTimeout } from './print-page.ts'

export interface HandoutPdfJob {
  plan: DeckPlan
  layout: HandoutLayout
  /** The finished slide PDF of the same plan: one page per slide. */
  slidesPdf: Uint8Array
  output: string
  metadata: PdfMetadata
  browser: BrowserManager
  /** deck.locale, for messages. */
  label: string
  /** Date printed on the cover; defaults to today. */
  date?: Date
}

export interface HandoutPdfResult {
  pages: number
  bytes: number
}

/** What Chromium prints for a handout: its model and HTML (fonts and slides come separately). */
export interface HandoutRender {
  model: HandoutModel
  html: string
}

export function renderHandout(plan: DeckPlan, layout: HandoutLayout, date: Date, generator: string): HandoutRender {
  const model = handoutModel(plan, { layout, date, generator })
  return { model, html: handoutHtml(model, plan) }
}

/**
 * The handout's HTML as it stands around the slides: without each slide's own text (its figure's
 * alternative text), which a redraw updates in place (updateHandoutPdf). When this is unchanged,
 * changed slides are redrawn instead of the handout printed again.
 */
export function handoutFrame(plan: DeckPlan, layout: HandoutLayout, date: Date, generator: string): string {
  const model = handoutModel(plan, { layout, date, generator })
  return handoutHtml({ ...model, slides: model.slides.map(slide => ({ ...slide, text: '' })) }, plan)
}

function handoutHtml(model: HandoutModel, plan: DeckPlan): string {
  return renderHandoutHtml(model, { fontStylesheets: fontStylesheets(plan.locale), fontFamily: cssFontFamily(plan.locale) })
}

export async function exportHandoutPdf(job: HandoutPdfJob): Promise<HandoutPdfResult> {
  const { model, html } = renderHandout(job.plan, job.layout, job.date ?? new Date(), job.metadata.creator)
  const printed = await printHandout(job, html, marginText(model))
  const { doc, slidePages, markPages } = await composeHandout(printed, job.slidesPdf, job.label)
  setMetadata(doc, handoutMetadata(job.metadata, job.plan))
  addOutline(doc, handoutOutline(job.plan, { slidePages, markPages }))
  dropUnreachable(doc)
  const bytes = await doc.save({ useObjectStreams: true })
  await writeFileAtomic(job.output, bytes)
  return { pages: doc.getPageCount(), bytes: bytes.byteLength }
}

export interface HandoutUpdateJob {
  /** The handout to update, in place (atomically). */
  output: string
  plan: DeckPlan
  metadata: PdfMetadata
  /** PDF holding the changed slides' new pages. */
  source: PDFDocument
  /** Changed slide number → its 0-based page in `source`. */
  pages: ReadonlyMap<number, number>
  label: string
}

/**
 * Draws the changed slides into the existing handout, when nothing else in it changed (its HTML
 * is the same): no printing at all. Fails with E_EXPORT when it cannot (see redrawSlides).
 */
export async function updateHandoutPdf(job: HandoutUpdateJob): Promise<HandoutPdfResult> {
  const existing = await readFile(job.output).catch((error: Error) => {
    throw new DeckError('E_EXPORT', `${job.label}: cannot read ${job.output} to update it: ${error.message}`, [], { cause: error })
  })
  const doc = await PDFDocument.load(existing, { updateMetadata: false })
  const texts = new Map([...job.pages.keys()].map(no => [no, accessibleName(slideText(job.plan.slides[no - 1]!, job.plan.ui))]))
  await redrawSlides(doc, job.source, job.pages, texts, job.label)
  setMetadata(doc, handoutMetadata(job.metadata, job.plan))
  dropUnreachable(doc)
  const bytes = await doc.save({ useObjectStreams: true })
  await writeFileAtomic(job.output, bytes)
  return { pages: doc.getPageCount(), bytes: bytes.byteLength }
}

/**
 * A figure's text as Chromium names it from the handout's aria-label, so a redrawn slide's figure
 * reads as a printed one: runs of HTML white space (the text's line breaks) become one space.
 */
function accessibleName(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim()
}

function handoutMetadata(metadata: PdfMetadata, plan: DeckPlan): PdfMetadata {
  return { ...metadata, title: `${metadata.title}（${plan.ui.handout.title}）` }
}

/** Text only the page-margin boxes show: its glyphs must be loaded before printing. */
function marginText(model: HandoutModel): string {
  const { ui } = model
  return [model.title, ui.handout.title, ui.handout.layout[model.layout], ui.source, model.citation, model.brand.classification, ui.page(1, 2), '0123456789·：'].join('')
}

async function printHandout(job: HandoutPdfJob, html: string, glyphs: string): Promise<Uint8Array> {
  const timeout = printTimeout(job.plan.slides.length)
  const context = await (await job.browser.get()).newContext()
  try {
    const missing = await serveHandout(context, html)
    const page = await context.newPage()
    page.setDefaultTimeout(timeout)
    await page.goto(HANDOUT_URL, { waitUntil: 'load', timeout })
    await page.evaluate(loadFontsScript(job.plan.locale, glyphs))
    if (missing.length > 0) throw new Error(`font files not found: ${missing.slice(0, 3).join(', ')}`)
    // Tagged: Chromium writes the handout's structure; composeHandout adds each slide's figure.
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
  }
  catch (error) {
    throw new DeckError('E_EXPORT', `${job.label}: printing the handout failed: ${(error as Error).message.split('\n')[0]}`, [], { cause: error })
  }
  finally {
    await context.close().catch(() => undefined)
  }
}

/**
 * A page script (a string, so no bundler helper leaks in): waits for the body's fonts, then
 * loads the glyphs of the running header and footer, which are laid out only when printing.
 */
function loadFontsScript(locale: DeckPlan['locale'], glyphs: string): string {
  const family = JSON.stringify(cssFontFamily(locale))
  const loads = FONT_WEIGHTS.map(weight => `document.fonts.load(${JSON.stringify(`${weight} 10px `)} + ${family}, ${JSON.stringify(glyphs)})`)
  return `(async () => {
    await document.fonts.ready
    await Promise.all([${loads.join(', ')}])
    await document.fonts.ready
    if (document.fonts.status !== 'loaded') throw new Error('fonts did not finish loading')
  })()`
}
