/**
 * The slide PDF: printed from the built SPA, tagged, one 16:9 page per slide, then given links
 * between slides, metadata and an outline. After an edit only the changed slides are printed, and
 * their pages (and their sections of the structure tree) put in place of the old ones in the
 * existing PDF (pdf-splice.ts, pdf-structure.ts).
 */
import { readFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import { DeckError } from '../core/errors.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { slideTitle } from '../deck/labels.ts'
import type { DeckPlan } from '../deck/types.ts'
import type { Reprint } from '../pipeline/page-fingerprint.ts'
import type { BrowserManager } from './browser.ts'
import { checkLayout, type LayoutProblem } from './layout-check.ts'
import { planOutline } from './outline.ts'
import { dropUnreachable, replacePages } from './pdf-splice.ts'
import { setDocumentInfo, structureByPage, trimPrinted, type PdfMetadata } from './pdf-document.ts'
import { spliceStructure } from './pdf-structure.ts'
import { linkSlides } from './slide-links.ts'
import { openPrintView, printedCount, printTimeout, type PrintSelection } from './print-page.ts'
import { serveStatic } from './static-server.ts'

export interface SlidesPdfJob {
  distDir: string
  output: string
  plan: DeckPlan
  metadata: PdfMetadata
  browser: BrowserManager
  /** deck.locale, for messages. */
  label: string
  /** Fail when the layout check finds text off the slide (default true). */
  strictLayout?: boolean
  /**
   * Runs the part of a print that needs the browser (print view, layout check, print), when the
   * caller allows; by default at once. The PDF document is finished outside it, beside the next print.
   */
  inBrowser?: <T>(print: () => Promise<T>) => Promise<T>
}

export interface SlidesPdfResult {
  /** Time from the print's start in the browser (after any wait for it) to the file written. */
  ms: number
  pages: number
  /** Pages printed by this run (all of them, or only the changed ones). */
  printed: number
  bytes: number
  layoutProblems: LayoutProblem[]
  /** The pages this run printed, one per slide in `slides`: the handout can draw them from here. */
  reprinted?: { doc: PDFDocument; slides: number[] }
}

/**
 * Writes the slide PDF: every page (default), only the changed pages into the existing file, or
 * only its metadata and outline. An existing file that cannot be read, or has another page count,
 * is printed again in full.
 */
export async function exportSlidesPdf(job: SlidesPdfJob, reprint: Reprint = { kind: 'all', reason: 'asked' }): Promise<SlidesPdfResult> {
  const total = job.plan.slides.length
  const existing = reprint.kind === 'all' ? undefined : await readExisting(job.output, total)
  const slides = !existing ? undefined : reprint.kind === 'pages' ? reprint.pages : []
  const inBrowser = job.inBrowser ?? (<T>(print: () => Promise<T>) => print())
  let started = performance.now()
  const printed = slides?.length === 0 ? undefined : await inBrowser(() => {
    started = performance.now()
    return printSlides(job, { total, slides })
  })
  let doc = existing ?? printed!.doc
  if (existing && printed) {
    const targets = slides!.map(no => no - 1)
    await replacePages(existing, printed.doc, targets)
    // A structure tree that is not one section per page cannot take the new pages' sections:
    // the whole deck is printed again rather than left with a tree that reads the old text.
    if (!spliceStructure(existing, printed.doc, targets)) doc = (await inBrowser(() => printSlides(job, { total }))).doc
  }
  linkSlides(doc)
  setDocumentInfo(doc, job.metadata, planOutline(job.plan))
  dropUnreachable(doc)
  const bytes = await doc.save({ useObjectStreams: true })
  await writeFileAtomic(job.output, bytes)
  const reprinted = printed && { doc: printed.doc, slides: slides ?? job.plan.slides.map(slide => slide.no) }
  return { ms: performance.now() - started, pages: total, printed: slides?.length ?? total, bytes: bytes.byteLength, layoutProblems: printed?.layoutProblems ?? [], reprinted }
}

/** The selected slides of the built deck, printed and checked: one page per slide, in order. */
export async function printSlides(job: SlidesPdfJob, selection: PrintSelection): Promise<{ doc: PDFDocument; layoutProblems: LayoutProblem[] }> {
  const server = await serveStatic(job.distDir)
  try {
    const view = await openPrintView(job.browser, server.url, selection, job.label)
    try {
      const layoutProblems = await checkLayout(view.page)
      if (layoutProblems.length > 0 && job.strictLayout !== false) throw layoutError(job.label, layoutProblems)
      view.page.setDefaultTimeout(printTimeout(printedCount(selection)))
      // Tagged: Chromium writes the page's accessibility tree as the PDF's structure (structureByPage tidies it).
      const bytes = await view.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
        .catch((error: Error) => {
          throw new DeckError('E_EXPORT', `${job.label}: printing failed: ${error.message.split('\n')[0]}`, [], { cause: error })
        })
      const doc = await PDFDocument.load(bytes, { updateMetadata: false })
      trimPrinted(doc, printedCount(selection))
      const printedSlides = selection.slides ?? job.plan.slides.map(slide => slide.no)
      const titles = printedSlides.map(no => slideTitle(job.plan.slides[no - 1]!, job.plan.ui))
      structureByPage(doc, titles, job.metadata.language)
      return { doc, layoutProblems }
    }
    finally {
      await view.close().catch(() => undefined)
    }
  }
  finally {
    await server.close()
  }
}

/** The existing slide PDF, when it can be updated in place: readable, with one page per slide. */
async function readExisting(path: string, pages: number): Promise<PDFDocument | undefined> {
  try {
    const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false })
    return doc.getPageCount() === pages ? doc : undefined
  }
  catch {
    return undefined
  }
}

export function layoutError(label: string, problems: readonly LayoutProblem[]): DeckError {
  const issues = problems.map(p => ({ file: label, path: `slide ${p.slide}`, message: `${p.kind}: "${p.text}"` }))
  return new DeckError('E_LAYOUT', `${label}: ${problems.length} layout problem(s): text does not fit its slide`, issues)
}
