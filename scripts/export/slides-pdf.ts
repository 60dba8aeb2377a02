/** The slide PDF: printed from the built SPA, one 16:9 page per slide, then given metadata and an outline. */
import { DeckError } from '../core/errors.ts'
import { slideTitle } from '../deck/labels.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import type { DeckPlan } from '../deck/types.ts'
import type { BrowserManager } from './browser.ts'
import { checkLayout, type LayoutProblem } from './layout-check.ts'
import { planOutline } from './outline.ts'
import { finishPdf, type PdfMetadata } from './pdf-document.ts'
import { openPrintView, printTimeout } from './print-page.ts'
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
}

export interface SlidesPdfResult {
  pages: number
  bytes: number
  layoutProblems: LayoutProblem[]
}

export async function exportSlidesPdf(job: SlidesPdfJob): Promise<SlidesPdfResult> {
  const server = await serveStatic(job.distDir)
  try {
    const view = await openPrintView(job.browser, server.url, job.plan.slides.length, job.label)
    try {
      const layoutProblems = await checkLayout(view.page)
      if (layoutProblems.length > 0 && job.strictLayout !== false) throw layoutError(job.label, layoutProblems)
      view.page.setDefaultTimeout(printTimeout(job.plan.slides.length))
      // Tagged: Chromium writes the page's accessibility tree as the PDF's structure (finishPdf tidies it).
      const printed = await view.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
        .catch((error: Error) => {
          throw new DeckError('E_EXPORT', `${job.label}: printing failed: ${error.message.split('\n')[0]}`, [], { cause: error })
        })
      const titles = job.plan.slides.map(slide => slideTitle(slide, job.plan.ui))
      const bytes = await finishPdf(printed, job.metadata, planOutline(job.plan), job.plan.slides.length, titles)
      await writeFileAtomic(job.output, bytes)
      return { pages: job.plan.slides.length, bytes: bytes.byteLength, layoutProblems }
    }
    finally {
      await view.close().catch(() => undefined)
    }
  }
  finally {
    await server.close()
  }
}

export function layoutError(label: string, problems: readonly LayoutProblem[]): DeckError {
  const issues = problems.map(p => ({ file: label, path: `slide ${p.slide}`, message: `${p.kind}: "${p.text}"` }))
  return new DeckError('E_LAYOUT', `${label}: ${problems.length} layout problem(s): text does not fit its slide`, issues)
}
