/**
 * The handout PDF: the handout HTML printed by Chromium (A4, the locale's font, its pagination
 * for notes), the slide PDF's pages drawn into the slide boxes as vectors, then metadata and an
 * outline. The only I/O edge of the handout; the previous file stays if anything fails.
 */
import { DeckError } from '../core/errors.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import type { DeckPlan } from '../deck/types.ts'
import type { BrowserManager } from './browser.ts'
import { composeHandout } from './handout-compose.ts'
import { cssFontFamily, FONT_WEIGHTS } from '../core/locale-fonts.ts'
import { fontStylesheets, HANDOUT_URL, serveHandout } from './handout-fonts.ts'
import { renderHandoutHtml } from './handout-html.ts'
import { handoutModel, type HandoutLayout, type HandoutModel } from './handout-model.ts'
import { handoutOutline } from './handout-outline.ts'
import { addOutline, setMetadata, type PdfMetadata } from './pdf-document.ts'
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

export async function exportHandoutPdf(job: HandoutPdfJob): Promise<HandoutPdfResult> {
  const model = handoutModel(job.plan, { layout: job.layout, date: job.date ?? new Date(), generator: job.metadata.creator })
  const html = renderHandoutHtml(model, { fontStylesheets: fontStylesheets(job.plan.locale), fontFamily: cssFontFamily(job.plan.locale) })
  const printed = await printHandout(job, html, marginText(model))
  const { doc, slidePages, markPages } = await composeHandout(printed, job.slidesPdf, job.label)
  setMetadata(doc, { ...job.metadata, title: `${job.metadata.title}（${model.ui.handout.title}）` })
  addOutline(doc, handoutOutline(job.plan, { slidePages, markPages }))
  const bytes = await doc.save({ useObjectStreams: true })
  await writeFileAtomic(job.output, bytes)
  return { pages: doc.getPageCount(), bytes: bytes.byteLength }
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
