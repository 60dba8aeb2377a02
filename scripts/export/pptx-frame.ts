/**
 * What every PPTX slide shares: the title (fitted to its row), the footer's citation and
 * `n / m`, paragraphs in the deck's text styles, and the measure that fits a body to its box.
 * Pure: the plan's words and the font's metrics in, shapes out.
 */
import type { Brand } from '../deck/brand.ts'
import type { UiStrings } from '../render/ui-strings.ts'
import type { TextBody, TextParagraph, TextRun } from './pptx-body.ts'
import type { Box, PptxImage, PptxShape, PptxSlide } from './pptx-spec.ts'
import { BODY, COLOR, CONTENT_WIDTH, FOOTER, MARGIN, PPTX_MIN_SCALE, TITLE } from './pptx-style.ts'
import { fitScale, lineCount, widthOf, type Metrics } from './pptx-text.ts'

/** What a slide is made with: the locale's words, the font's metrics, the deck's length, its brand. */
export interface PptxContext {
  ui: UiStrings
  metrics: Metrics
  /** Number of slides, for `n / m`. */
  total: number
  brand: Brand
  /** The brand's logo as an image PowerPoint shows everywhere (PNG), if it has one. */
  logo?: PptxImage
}

/** A slide's layout and shapes, before its notes and section are added. */
export type SlideShapes = Omit<PptxSlide, 'notes' | 'section'>

/** A text style of the deck: size and line height, and (as multiples of the size) space after and bullet indent. */
export interface TextStyle {
  size: number
  lineHeight: number
  after?: number
  indent?: number
}

/** One paragraph of one run at `scale`. */
export function paragraph(text: string, style: TextStyle, scale: number, run: Partial<TextRun> = {}, options: Partial<TextParagraph> = {}): TextParagraph {
  const size = style.size * scale
  return {
    runs: [{ text, size, color: 'ink', ...run }],
    lineHeight: style.lineHeight,
    after: (style.after ?? 0) * size,
    ...options,
  }
}

/** A list of points with square accent bullets (or numbers), in `style` at `scale`. */
export function bulletList(items: readonly string[], style: TextStyle, scale: number, kind: 'square' | 'number' = 'square'): TextParagraph[] {
  const indent = (style.indent ?? 1.1) * style.size * scale
  // Squares in the marks' colour, as the slides draw them; numbers in the text's colour, as an <ol>.
  const color = kind === 'square' ? 'mark' : 'ink'
  return items.map(item => paragraph(item, style, scale, {}, { bullet: { kind, indent, color } }))
}

/** A box's height for text measured at `height`: room to spare for the applications' own line breaking. */
export const slack = (height: number) => height * 1.06 + 4

/** Height of paragraphs set in a box `width` points wide; the last paragraph's space after does not count. */
export function paragraphsHeight(paragraphs: readonly TextParagraph[], width: number, metrics: Metrics): number {
  return paragraphs.reduce((sum, p, i) => {
    const first = p.runs[0]
    if (!first) return sum
    const text = p.runs.map(r => r.text).join('')
    const indent = p.bullet?.indent ?? p.margin ?? 0
    const lines = lineCount(text, width - indent, first.size, first.bold ?? false, metrics)
    return sum + lines * first.size * p.lineHeight + (i < paragraphs.length - 1 ? p.after ?? 0 : 0)
  }, 0)
}

/**
 * Paragraphs made by `build` at the largest scale whose height fits `room` (FitText's rule,
 * with the PPTX's lower floor), and that scale.
 */
export function fitParagraphs(build: (scale: number) => TextParagraph[], width: number, room: number, metrics: Metrics): { paragraphs: TextParagraph[]; scale: number } {
  const scale = fitScale(s => paragraphsHeight(build(s), width, metrics), room, PPTX_MIN_SCALE)
  return { paragraphs: build(scale), scale }
}

/** A text box; shrink-on-overflow stays on for later edits. */
export function textShape(box: Box, paragraphs: TextParagraph[], anchor: TextBody['anchor'] = 't', title = false): PptxShape {
  return { type: 'text', box, body: { paragraphs, anchor, shrink: true }, ...(title ? { title } : {}) }
}

/** The slide title in its row over the accent rule: 34 pt, smaller (and on two lines) when long. */
export function titleShape(title: string, ctx: PptxContext, color = 'accent'): PptxShape {
  const box = { x: MARGIN, y: TITLE.bottom - TITLE.height, w: CONTENT_WIDTH, h: TITLE.height }
  const style = { size: TITLE.size, lineHeight: TITLE.lineHeight }
  const build = (scale: number) => [paragraph(title, style, scale, { bold: true, color, font: 'heading' })]
  const { paragraphs } = fitParagraphs(build, box.w, box.h, ctx.metrics)
  return textShape(box, paragraphs, 'b', true)
}

/** The footer's two texts: the source citation, and `n / m` with n as PowerPoint's slide-number field. */
export function footerShapes(citation: string, no: number, ctx: PptxContext): PptxShape[] {
  const style = { size: FOOTER.size, lineHeight: 1.3 }
  const muted = { color: COLOR.muted }
  const page: TextParagraph = {
    runs: [{ text: String(no), size: FOOTER.size, color: COLOR.muted, field: 'slidenum' }, { text: ` / ${ctx.total}`, size: FOOTER.size, color: COLOR.muted }],
    lineHeight: 1.3,
    align: 'r',
  }
  const boxes = footerLayout(ctx)
  const shapes = [textShape(boxes.page, [page], 'ctr')]
  if (citation) shapes.unshift(textShape(boxes.citation, [paragraph(citation, style, 1, muted)], 'ctr'))
  return shapes
}

/** Where the footer's parts go. The brand's parts (logo, text, marking) are drawn by the slide layouts. */
export interface FooterLayout {
  citation: Box
  page: Box
  logo?: Box
  text?: Box
  marking?: Box
}

/** Space between the footer's parts, as .dw-footer.is-branded's gap. */
const FOOTER_GAP = 12
/** The footer logo's height (.dw-footer-logo) and its widest. */
const FOOTER_LOGO = { height: 16, maxWidth: 96 }
/** The marking's box: its padding and outline (.dw-footer-classification). */
export const MARKING = { padding: 6, height: 18, line: 1 } as const

/**
 * The footer as the slides lay it out: without a brand, the citation on the left and `n / m` in a
 * box on the right; with one, the logo, the brand's text and the citation from the left, the
 * marking and `n / m` from the right, each as wide as its text.
 */
export function footerLayout(ctx: PptxContext): FooterLayout {
  const y = FOOTER.top + 1
  const h = FOOTER.height - 1
  const { brand, logo, metrics } = ctx
  const right = MARGIN + CONTENT_WIDTH
  if (!logo && !brand.footer && !brand.classification)
    return { citation: { x: MARGIN, y, w: CONTENT_WIDTH - 180, h }, page: { x: right - 160, y, w: 160, h } }
  // Room for the applications' own spacing (LibreOffice spaces Chinese from Latin text): a footer part never wraps.
  const width = (text: string, bold = false) => Math.ceil(widthOf(text, FOOTER.size, bold, metrics) * 1.12) + 6
  const layout: Partial<FooterLayout> = {}
  let left = MARGIN
  if (logo) {
    const w = Math.min(FOOTER_LOGO.maxWidth, (FOOTER_LOGO.height * logo.width) / logo.height)
    layout.logo = { x: left, y: y + (h - FOOTER_LOGO.height) / 2, w, h: FOOTER_LOGO.height }
    left += w + FOOTER_GAP
  }
  if (brand.footer) {
    layout.text = { x: left, y, w: width(brand.footer), h }
    left += layout.text.w + FOOTER_GAP
  }
  const pageWidth = width(`${ctx.total} / ${ctx.total}`)
  const page = { x: right - pageWidth, y, w: pageWidth, h }
  let end = page.x - FOOTER_GAP
  if (brand.classification) {
    const w = width(brand.classification, true) + 2 * MARKING.padding
    layout.marking = { x: end - w, y: y + (h - MARKING.height) / 2, w, h: MARKING.height }
    end = layout.marking.x - FOOTER_GAP
  }
  return { ...layout, page, citation: { x: left, y, w: Math.max(0, end - left), h } }
}

/**
 * The brand's part of every footer: the logo, the brand's text and the marking in its outline.
 * The slide layouts draw them, so a slide added in PowerPoint has them too; none without a brand.
 */
export function brandFooterShapes(ctx: PptxContext): PptxShape[] {
  const boxes = footerLayout(ctx)
  const shapes: PptxShape[] = []
  if (boxes.logo && ctx.logo) shapes.push({ type: 'image', box: boxes.logo, image: ctx.logo, alt: '' })
  if (boxes.text) shapes.push(textShape(boxes.text, [paragraph(ctx.brand.footer, { size: FOOTER.size, lineHeight: 1.3 }, 1)], 'ctr'))
  if (boxes.marking) {
    shapes.push({ type: 'outline', box: boxes.marking, color: 'accent', width: MARKING.line })
    const marking = paragraph(ctx.brand.classification, { size: FOOTER.size, lineHeight: 1.3 }, 1, { bold: true, color: 'accent' }, { align: 'ctr' })
    shapes.push(textShape(boxes.marking, [marking], 'ctr'))
  }
  return shapes
}

/** The body's box, between the title rule and the footer. */
export const BODY_BOX: Box = { x: MARGIN, y: BODY.top, w: CONTENT_WIDTH, h: BODY.bottom - BODY.top }

/**
 * Two blocks of text, one over the other, centred between `above` (the bottom of what is over
 * them) and the footer; one of them is the slide's title.
 */
export function centredPair(upper: TextParagraph[], lower: TextParagraph[], gap: number, title: 'upper' | 'lower', ctx: PptxContext, above = 0): PptxShape[] {
  const [upperHeight, lowerHeight] = [upper, lower].map(p => slack(paragraphsHeight(p, CONTENT_WIDTH, ctx.metrics))) as [number, number]
  const top = Math.max(above + 8, above + (FOOTER.top - above - upperHeight - gap - lowerHeight) / 2)
  return [
    textShape({ x: MARGIN, y: top, w: CONTENT_WIDTH, h: upperHeight }, upper, title === 'upper' ? 'b' : 't', title === 'upper'),
    textShape({ x: MARGIN, y: top + upperHeight + gap, w: CONTENT_WIDTH, h: lowerHeight }, lower, 't', title === 'lower'),
  ]
}
