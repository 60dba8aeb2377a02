/**
 * What every PPTX slide shares: the title (fitted to its row), the footer's citation and
 * `n / m`, paragraphs in the deck's text styles, and the measure that fits a body to its box.
 * Pure: the plan's words and the font's metrics in, shapes out.
 */
import type { UiStrings } from '../render/ui-strings.ts'
import type { TextBody, TextParagraph, TextRun } from './pptx-body.ts'
import type { Box, PptxShape } from './pptx-spec.ts'
import { BODY, COLOR, CONTENT_WIDTH, FOOTER, MARGIN, PPTX_MIN_SCALE, TITLE } from './pptx-style.ts'
import { fitScale, lineCount, type Metrics } from './pptx-text.ts'

/** What a slide is made with: the locale's words, the font's metrics, the deck's length. */
export interface PptxContext {
  ui: UiStrings
  metrics: Metrics
  /** Number of slides, for `n / m`. */
  total: number
}

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
    runs: [{ text, size, color: COLOR.ink, ...run }],
    lineHeight: style.lineHeight,
    after: (style.after ?? 0) * size,
    ...options,
  }
}

/** A list of points with square accent bullets (or numbers), in `style` at `scale`. */
export function bulletList(items: readonly string[], style: TextStyle, scale: number, kind: 'square' | 'number' = 'square'): TextParagraph[] {
  const indent = (style.indent ?? 1.1) * style.size * scale
  // Squares in the accent colour, as the slides draw them; numbers in the text's colour, as an <ol>.
  const color = kind === 'square' ? COLOR.accent : COLOR.ink
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
    const indent = p.bullet?.indent ?? 0
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
export function titleShape(title: string, ctx: PptxContext, color: string = COLOR.accent): PptxShape {
  const box = { x: MARGIN, y: TITLE.bottom - TITLE.height, w: CONTENT_WIDTH, h: TITLE.height }
  const style = { size: TITLE.size, lineHeight: TITLE.lineHeight }
  const build = (scale: number) => [paragraph(title, style, scale, { bold: true, color, font: 'heading' })]
  const { paragraphs } = fitParagraphs(build, box.w, box.h, ctx.metrics)
  return textShape(box, paragraphs, 'b', true)
}

/** The footer's two texts: the source citation, and `n / m` with n as PowerPoint's slide-number field. */
export function footerShapes(citation: string, no: number, ctx: PptxContext): PptxShape[] {
  const y = FOOTER.top + 1
  const style = { size: FOOTER.size, lineHeight: 1.3 }
  const muted = { color: COLOR.muted }
  const page: TextParagraph = {
    runs: [{ text: String(no), size: FOOTER.size, color: COLOR.muted, field: 'slidenum' }, { text: ` / ${ctx.total}`, size: FOOTER.size, color: COLOR.muted }],
    lineHeight: 1.3,
    align: 'r',
  }
  const shapes = [textShape({ x: MARGIN + CONTENT_WIDTH - 160, y, w: 160, h: FOOTER.height - 1 }, [page], 'ctr')]
  if (citation) shapes.unshift(textShape({ x: MARGIN, y, w: CONTENT_WIDTH - 180, h: FOOTER.height - 1 }, [paragraph(citation, style, 1, muted)], 'ctr'))
  return shapes
}

/** The body's box, between the title rule and the footer. */
export const BODY_BOX: Box = { x: MARGIN, y: BODY.top, w: CONTENT_WIDTH, h: BODY.bottom - BODY.top }
