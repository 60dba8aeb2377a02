/**
 * The PPTX export: the deck plan as an editable PowerPoint file. pptxgenjs builds the package
 * (layouts, slides, sections, notes pages, chart and table frames); pptx-package.ts writes what it
 * cannot. The only I/O edge of the PPTX: the previous file stays if anything fails.
 */
import PptxGenJS from 'pptxgenjs'
import { writeFileAtomic } from '../core/atomic.ts'
import { DeckError } from '../core/errors.ts'
import type { DeckPlan } from '../deck/types.ts'
import { brandChartPalette } from '../charts/chart-palette.ts'
import { paragraphsXml, type TextContext } from './pptx-body.ts'
import { brandFooterShapes } from './pptx-frame.ts'
import { PPTX_FONTS, PPTX_LANG, readMetrics } from './pptx-fonts.ts'
import { defineLayouts, type MasterObject } from './pptx-layouts.ts'
import { logoImage } from './pptx-logo.ts'
import { finishPackage, marker, sectionKey, type DocumentInfo, type PackageParts } from './pptx-package.ts'
import { cellXml, textShapeXml } from './pptx-shapes.ts'
import { pptxContext, pptxSlides } from './pptx-slides.ts'
import { PPTX_LAYOUTS, type Box, type PptxShape, type PptxSlide } from './pptx-spec.ts'
import { colorOf, pptxColors, SLIDE } from './pptx-style.ts'
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

/** What the slides are written with: the locale's language, the deck's palette, the parts written later. */
interface Writer extends TextContext {
  parts: PackageParts
}

/** The deck as PPTX bytes. */
export async function renderPptx(plan: DeckPlan, metadata: PdfMetadata, description: string): Promise<Uint8Array> {
  const lang = PPTX_LANG[plan.locale]
  const metrics = readMetrics(plan.locale)
  const logo = plan.brand.logo ? await logoImage(plan.brand.logo) : undefined
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'DECKWRIGHT_16x9', width: inch(SLIDE.width), height: inch(SLIDE.height) })
  pptx.layout = 'DECKWRIGHT_16x9'
  const writer: Writer = { lang, palette: pptxColors(plan.brand.colors), parts: { shapes: new Map(), charts: new Map(), notes: [] } }
  const ctx = pptxContext(plan, metrics, logo)
  const slides = pptxSlides(plan, ctx)
  defineLayouts(pptx, writer.palette, brandFooterShapes(ctx).map(shape => masterObject(shape, writer)))
  let section = ''
  slides.forEach((slide, i) => {
    if (slide.section) {
      // pptxgenjs finds a slide's section by its name: a numbered name keeps two alike apart.
      section = sectionKey(xmlText(slide.section), i)
      pptx.addSection({ title: section })
    }
    addSlide(pptx, slide, i + 1, writer, section)
  })
  const raw = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  const info: DocumentInfo = {
    title: metadata.title,
    subject: metadata.subject,
    author: metadata.author,
    keywords: [...metadata.keywords, ...(metadata.classification ? [metadata.classification] : [])],
    lang,
    font: PPTX_FONTS[plan.locale],
    description,
    creator: metadata.creator,
    organisation: metadata.organisation ?? '',
    classification: metadata.classification ?? '',
    palette: writer.palette,
    chartPalette: brandChartPalette(plan.brand.chartColors),
  }
  return finishPackage(raw, writer.parts, info)
}

function addSlide(pptx: PptxGenJS, spec: PptxSlide, no: number, writer: Writer, section: string): void {
  const slide = pptx.addSlide({ masterName: PPTX_LAYOUTS[spec.layout], sectionTitle: section })
  for (const shape of spec.shapes) addShape(pptx, slide, shape, no, writer)
  slide.addNotes(' ')
  writer.parts.notes.push(notesParagraphs(spec.notes, writer))
}

const inches = (box: Box) => ({ x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) })

/** A text shape's marker, and the XML written in its place (pptx-package.ts). */
function textMarker(shape: Extract<PptxShape, { type: 'text' }>, writer: Writer): string {
  const key = writer.parts.shapes.size + 1
  // pptxgenjs writes a link's relationship to its slide; the shape written here clicks through it.
  writer.parts.shapes.set(key, (shapeId, written) => textShapeXml(shape, shapeId, writer, /<a:hlinkClick r:id="(rId\d+)"/.exec(written)?.[1]))
  return marker(key)
}

/** A shape every slide has, as a slide layout's object (the brand's footer). */
function masterObject(shape: PptxShape, writer: Writer): MasterObject {
  const box = inches(shape.box)
  switch (shape.type) {
    case 'text':
      return { text: { text: textMarker(shape, writer), options: box } }
    case 'image':
      return { image: { ...box, data: shape.image.data, altText: shape.alt } }
    case 'outline':
      return { rect: { ...box, fill: { type: 'none' }, line: { color: colorOf(shape.color, writer.palette), width: shape.width } } }
    default:
      throw new Error(`a slide layout holds no ${shape.type}`)
  }
}

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: PptxShape, no: number, writer: Writer): void {
  const box = inches(shape.box)
  const { parts, palette } = writer
  const id = () => parts.shapes.size + 1
  switch (shape.type) {
    case 'text': {
      const key = textMarker(shape, writer)
      const text = shape.link ? [{ text: key, options: { hyperlink: { slide: shape.link } } }] : key
      // Naming the layout's title placeholder keeps pptxgenjs from adding an empty one beside it.
      slide.addText(text, shape.title ? { ...box, placeholder: 'title' } : box)
      return
    }
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, { ...box, fill: { color: colorOf(shape.fill, palette) }, line: { type: 'none' } })
      return
    case 'outline':
      slide.addShape(pptx.ShapeType.rect, { ...box, fill: { type: 'none' }, line: { color: colorOf(shape.color, palette), width: shape.width } })
      return
    case 'line':
      slide.addShape(pptx.ShapeType.line, { ...box, line: { color: colorOf(shape.color, palette), width: shape.width } })
      return
    case 'image':
      slide.addImage({ ...box, data: shape.image.data, altText: shape.alt })
      return
    case 'chart':
      parts.charts.set(no, { chart: shape.chart, width: shape.box.w, height: shape.box.h })
      // A frame and its parts; the chart itself is written from the data by pptx-package.ts.
      slide.addChart(pptx.ChartType.bar, [{ name: 's', labels: ['c'], values: [0] }], { ...box, altText: xmlText(shape.chart.description) })
      return
    case 'table': {
      const rows = shape.cells.map(row => row.map(cell => {
        const key = id()
        parts.shapes.set(key, () => cellXml(cell, writer))
        return { text: marker(key) }
      }))
      slide.addTable(rows, { ...box, colW: shape.columns.map(inch), rowH: shape.rows.map(inch) })
    }
  }
}

/** Notes as paragraphs (blank lines between them), their lines kept, in the locale's language. */
function notesParagraphs(notes: string, text: TextContext): string {
  const paragraphs = xmlText(notes).split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)
  return paragraphsXml(paragraphs.map(line => ({ runs: [{ text: line, size: 12, color: 'ink' }], lineHeight: 1.3, after: 6 })), text)
}
