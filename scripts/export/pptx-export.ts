/**
 * The PPTX export: the deck plan as an editable PowerPoint file. pptxgenjs builds the package
 * (layouts, slides, sections, notes pages, chart and table frames); pptx-package.ts writes what it
 * cannot. The only I/O edge of the PPTX: the previous file stays if anything fails.
 */
import PptxGenJS from 'pptxgenjs'
import { writeFileAtomic } from '../core/atomic.ts'
import { DeckError } from '../core/errors.ts'
import type { DeckPlan } from '../deck/types.ts'
import { paragraphsXml } from './pptx-body.ts'
import { PPTX_FONTS, PPTX_LANG, readMetrics } from './pptx-fonts.ts'
import { defineLayouts } from './pptx-layouts.ts'
import { finishPackage, marker, sectionKey, type DocumentInfo, type PackageParts } from './pptx-package.ts'
import { cellXml, textShapeXml } from './pptx-shapes.ts'
import { pptxSlides } from './pptx-slides.ts'
import { PPTX_LAYOUTS, type PptxShape, type PptxSlide } from './pptx-spec.ts'
import { COLOR, SLIDE } from './pptx-style.ts'
import { xmlText } from './pptx-text.ts'
import type { PdfMetadata } from './pdf-document.ts'

export interface PptxJob {
  plan: DeckPlan
  output: string
  metadata: PdfMetadata
  /** What generated the file and from what, for its properties (the PPTX's header). */
  description: string
  /** deck.locale, for messages. */
  label: string
}

export async function exportPptx(job: PptxJob): Promise<{ slides: number; bytes: number }> {
  const bytes = await renderPptx(job.plan, job.metadata, job.description).catch((error: unknown) => {
    throw error instanceof DeckError ? error : new DeckError('E_EXPORT', `${job.label}: writing the PPTX failed: ${(error as Error).message}`, [], { cause: error })
  })
  await writeFileAtomic(job.output, bytes)
  return { slides: job.plan.slides.length, bytes: bytes.byteLength }
}

const inch = (pt: number) => pt / 72

/** The deck as PPTX bytes. */
export async function renderPptx(plan: DeckPlan, metadata: PdfMetadata, description: string): Promise<Uint8Array> {
  const lang = PPTX_LANG[plan.locale]
  const slides = pptxSlides(plan, readMetrics(plan.locale))
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'DECKWRIGHT_16x9', width: inch(SLIDE.width), height: inch(SLIDE.height) })
  pptx.layout = 'DECKWRIGHT_16x9'
  defineLayouts(pptx)
  const parts: PackageParts = { shapes: new Map(), charts: new Map(), notes: [] }
  let section = ''
  slides.forEach((slide, i) => {
    if (slide.section) {
      // pptxgenjs finds a slide's section by its name: a numbered name keeps two alike apart.
      section = sectionKey(xmlText(slide.section), i)
      pptx.addSection({ title: section })
    }
    addSlide(pptx, slide, i + 1, parts, lang, section)
  })
  const raw = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  const info: DocumentInfo = {
    title: metadata.title,
    subject: metadata.subject,
    author: metadata.author,
    keywords: metadata.keywords,
    lang,
    font: PPTX_FONTS[plan.locale],
    description,
    creator: metadata.creator,
  }
  return finishPackage(raw, parts, info)
}

function addSlide(pptx: PptxGenJS, spec: PptxSlide, no: number, parts: PackageParts, lang: string, section: string): void {
  const slide = pptx.addSlide({ masterName: PPTX_LAYOUTS[spec.layout], sectionTitle: section })
  for (const shape of spec.shapes) addShape(pptx, slide, shape, no, parts, lang)
  slide.addNotes(' ')
  parts.notes.push(notesParagraphs(spec.notes, lang))
}

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: PptxShape, no: number, parts: PackageParts, lang: string): void {
  const box = { x: inch(shape.box.x), y: inch(shape.box.y), w: inch(shape.box.w), h: inch(shape.box.h) }
  const id = () => parts.shapes.size + 1
  switch (shape.type) {
    case 'text': {
      const key = id()
      parts.shapes.set(key, shapeId => textShapeXml(shape, shapeId, lang))
      // Naming the layout's title placeholder keeps pptxgenjs from adding an empty one beside it.
      slide.addText(marker(key), shape.title ? { ...box, placeholder: 'title' } : box)
      return
    }
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, { ...box, fill: { color: shape.fill }, line: { type: 'none' } })
      return
    case 'line':
      slide.addShape(pptx.ShapeType.line, { ...box, line: { color: shape.color, width: shape.width } })
      return
    case 'chart':
      parts.charts.set(no, { chart: shape.chart, width: shape.box.w, height: shape.box.h })
      // A frame and its parts; the chart itself is written from the data by pptx-package.ts.
      slide.addChart(pptx.ChartType.bar, [{ name: 's', labels: ['c'], values: [0] }], { ...box, altText: xmlText(shape.chart.description) })
      return
    case 'table': {
      const rows = shape.cells.map(row => row.map(cell => {
        const key = id()
        parts.shapes.set(key, () => cellXml(cell, lang))
        return { text: marker(key) }
      }))
      slide.addTable(rows, { ...box, colW: shape.columns.map(inch), rowH: shape.rows.map(inch) })
    }
  }
}

/** Notes as paragraphs (blank lines between them), their lines kept, in the locale's language. */
function notesParagraphs(notes: string, lang: string): string {
  const paragraphs = xmlText(notes).split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)
  return paragraphsXml(paragraphs.map(text => ({ runs: [{ text, size: 12, color: COLOR.ink }], lineHeight: 1.3, after: 6 })), lang)
}
