/**
 * The deck plan as PPTX slides: each kind of slide mapped to its layout and shapes, with the text
 * sized to fit its box. Pure: plan and font metrics in, slide specs out (pptx-spec.ts). The slides
 * show the same words as the Slidev layouts (see layout-props.ts), set in the same places.
 */
import { authorLine, erratumLine, footerCitation, citeParagraphs, presenterNotes, slideTitle } from '../deck/labels.ts'
import type { DeckPlan, PlannedSlide, SlideKind, SlideOf } from '../deck/types.ts'
import { agenda, divider, summary } from './pptx-briefing.ts'
import { BODY_BOX, bulletList, centredPair, fitParagraphs, footerShapes, paragraph, paragraphsHeight, slack, textShape, titleShape, type PptxContext, type SlideShapes } from './pptx-frame.ts'
import { chartShapes } from './pptx-figure.ts'
import type { TextParagraph } from './pptx-body.ts'
import type { PptxImage, PptxShape, PptxSlide } from './pptx-spec.ts'
import { COLOR, CONTENT_WIDTH, FOOTER, MARGIN, PPTX_MIN_SCALE, TEXT } from './pptx-style.ts'
import { fitScale, type Metrics } from './pptx-text.ts'

/** What the deck's slides are made with: its words, the font's metrics, its length and brand, the logo as PNG. */
export function pptxContext(plan: DeckPlan, metrics: Metrics, logo?: PptxImage): PptxContext {
  return { ui: plan.ui, metrics, total: plan.slides.length, brand: plan.brand, ...(logo ? { logo } : {}) }
}

export function pptxSlides(plan: DeckPlan, ctx: PptxContext): PptxSlide[] {
  return plan.slides.map((slide, i) => {
    const section = sectionStart(plan.slides, i, ctx)
    return { ...build(slide, ctx), notes: presenterNotes(slide, plan.ui), ...(section ? { section } : {}) }
  })
}

/**
 * The PowerPoint section a slide starts, if any: each section of the article, and each slide
 * outside them (cover, errata, closing) on its own, as in the PDF's outline.
 */
function sectionStart(slides: readonly PlannedSlide[], i: number, ctx: PptxContext): string | undefined {
  const slide = slides[i]!
  if (!slide.section) return slideTitle(slide, ctx.ui)
  return slides[i - 1]?.section?.id === slide.section.id ? undefined : slide.section.title
}

type Built = SlideShapes

function build<K extends SlideKind>(slide: SlideOf<K>, ctx: PptxContext): Built {
  const builder = BUILDERS[slide.kind] as (slide: SlideOf<K>, ctx: PptxContext) => Built
  const built = builder(slide, ctx)
  return { ...built, shapes: [...built.shapes, ...footerShapes(footerText(slide, ctx), slide.no, ctx)] }
}

function footerText(slide: PlannedSlide, ctx: PptxContext): string {
  return slide.kind === 'cover' ? ctx.ui.localeName : footerCitation(slide, ctx.ui)
}

const BUILDERS: { [K in SlideKind]: (slide: SlideOf<K>, ctx: PptxContext) => Built } = {
  cover: cover,
  summary,
  agenda,
  section: divider,
  bullets: (slide, ctx) => ({
    layout: slide.continued ? 'continued' : 'bullets',
    shapes: [titleShape(slideTitle(slide, ctx.ui), ctx), bodyList(slide.bullets, TEXT.bullets, ctx)],
  }),
  quote,
  compare,
  chart: (slide, ctx) => ({ layout: 'chart', shapes: [titleShape(slide.title, ctx), ...chartShapes(slide, ctx)] }),
  errata: (slide, ctx) => {
    const items = slide.errata.map(e => erratumLine(e, ctx.ui))
    const style = { size: TEXT.errata.size, lineHeight: TEXT.errata.lineHeight, after: TEXT.errata.after, indent: 1.4 }
    const { paragraphs } = fitParagraphs(s => bulletList(items, style, s, 'number'), BODY_BOX.w, BODY_BOX.h, ctx.metrics)
    return { layout: 'errata', shapes: [titleShape(slide.title, ctx), textShape(BODY_BOX, paragraphs)] }
  },
  closing,
}

function bodyList(items: readonly string[], style: typeof TEXT.bullets, ctx: PptxContext): PptxShape {
  const { paragraphs } = fitParagraphs(s => bulletList(items, style, s), BODY_BOX.w, BODY_BOX.h, ctx.metrics)
  return textShape(BODY_BOX, paragraphs)
}

/** Title, subtitle and authors, centred above the footer, beside the accent band; a brand's logo and name above them. */
function cover(slide: SlideOf<'cover'>, ctx: PptxContext): Built {
  const { cover: style } = TEXT
  const title = [paragraph(slide.title, { size: style.title, lineHeight: 1.3 }, 1, { bold: true, color: 'accent', font: 'heading' })]
  const subtitle = slide.subtitle ? [paragraph(slide.subtitle, { size: style.subtitle, lineHeight: 1.5, after: 36 / style.subtitle }, 1)] : []
  const authors = slide.authors.map(a => paragraph(authorLine(a), { size: style.authors, lineHeight: 1.5 }, 1, { color: COLOR.muted }))
  const mark = brandMark(ctx)
  return { layout: 'cover', shapes: [...mark.shapes, ...centredPair(title, [...subtitle, ...authors], 16, 'upper', ctx, mark.bottom)] }
}

/** The cover's brand line (.dw-brand-mark): the logo, 56 pt high, and the organisation's name beside it. */
function brandMark(ctx: PptxContext): { shapes: PptxShape[]; bottom: number } {
  const { brand, logo } = ctx
  if (!logo && !brand.organisation) return { shapes: [], bottom: 0 }
  const { top, height, gap, name } = TEXT.brandMark
  const shapes: PptxShape[] = []
  let x = MARGIN
  if (logo) {
    const w = Math.min(280, (height * logo.width) / logo.height)
    shapes.push({ type: 'image', box: { x, y: top, w, h: height }, image: logo, alt: '' })
    x += w + gap
  }
  if (brand.organisation)
    shapes.push(textShape({ x, y: top, w: MARGIN + CONTENT_WIDTH - x, h: height }, [paragraph(brand.organisation, { size: name, lineHeight: 1.5 }, 1, { bold: true })], 'ctr'))
  return { shapes, bottom: top + height }
}

/** The passage in a soft box with an accent bar and its citation, then the points under it. */
function quote(slide: SlideOf<'quote'>, ctx: PptxContext): Built {
  const q = TEXT.quote
  const innerWidth = CONTENT_WIDTH - q.bar - 2 * q.padX
  const passage = (s: number) => [
    paragraph(slide.quote.text, { size: q.size, lineHeight: q.lineHeight, after: 8 / q.size }, s),
    paragraph(citeParagraphs([slide.quote.paragraph], ctx.ui), { size: q.caption, lineHeight: 1.5 }, s, { color: COLOR.muted }, { align: 'r' }),
  ]
  const points = (s: number) => bulletList(slide.bullets, TEXT.smallBullets, s)
  const boxHeight = (s: number) => slack(paragraphsHeight(passage(s), innerWidth, ctx.metrics)) + 2 * q.padY
  const height = (s: number) => boxHeight(s) + (slide.bullets.length ? q.after + paragraphsHeight(points(s), CONTENT_WIDTH, ctx.metrics) : 0)
  const scale = fitScale(height, BODY_BOX.h, PPTX_MIN_SCALE)
  const boxH = boxHeight(scale)
  const { y } = BODY_BOX
  const shapes: PptxShape[] = [
    titleShape(slide.title, ctx),
    { type: 'rect', box: { x: MARGIN, y, w: CONTENT_WIDTH, h: boxH }, fill: 'accentSoft' },
    { type: 'rect', box: { x: MARGIN, y, w: q.bar, h: boxH }, fill: 'mark' },
    textShape({ x: MARGIN + q.bar + q.padX, y: y + q.padY, w: innerWidth, h: boxH - 2 * q.padY }, passage(scale)),
  ]
  if (slide.bullets.length) shapes.push(textShape({ x: MARGIN, y: y + boxH + q.after, w: CONTENT_WIDTH, h: BODY_BOX.h - boxH - q.after }, points(scale)))
  return { layout: 'quote', shapes }
}

/** Two columns, each a heading over a thin rule, then its points. */
function compare(slide: SlideOf<'compare'>, ctx: PptxContext): Built {
  const { gap, heading: headingSize } = TEXT.compare
  const width = (CONTENT_WIDTH - gap) / 2
  const heading = (text: string, s: number) => [paragraph(text, { size: headingSize, lineHeight: 1.5 }, s, { bold: true, color: 'mark', font: 'heading' })]
  const column = (c: typeof slide.left, s: number) => {
    const headingHeight = slack(paragraphsHeight(heading(c.heading, s), width, ctx.metrics))
    return { headingHeight, height: headingHeight + TEXT.compare.headingAfter + paragraphsHeight(bulletList(c.bullets, TEXT.smallBullets, s), width, ctx.metrics) }
  }
  const scale = fitScale(s => Math.max(column(slide.left, s).height, column(slide.right, s).height), BODY_BOX.h, PPTX_MIN_SCALE)
  const shapes: PptxShape[] = [titleShape(slide.title, ctx)]
  ;[slide.left, slide.right].forEach((c, i) => {
    const x = MARGIN + i * (width + gap)
    const { headingHeight } = column(c, scale)
    const ruleY = BODY_BOX.y + headingHeight + 4
    shapes.push(
      textShape({ x, y: BODY_BOX.y, w: width, h: headingHeight }, heading(c.heading, scale)),
      { type: 'line', box: { x, y: ruleY, w: width, h: 0 }, color: COLOR.rule, width: 1 },
      textShape({ x, y: ruleY + 11, w: width, h: BODY_BOX.h - headingHeight - 15 }, bulletList(c.bullets, TEXT.smallBullets, scale)),
    )
  })
  return { layout: 'compare', shapes }
}

/** Closing points, then the credits: authors, editor, source, and what the paragraph numbers mean. */
function closing(slide: SlideOf<'closing'>, ctx: PptxContext): Built {
  const { ui } = ctx
  const { credits, note, lineHeight } = TEXT.closing
  const build = (s: number) => {
    const points = bulletList(slide.bullets, TEXT.smallBullets, s)
    const last = points[points.length - 1]
    if (last) last.after = 16 * s
    const line = (text: string) => paragraph(text, { size: credits, lineHeight, after: 4 / credits }, s)
    const lines = [...slide.authors.map(authorLine), ...(slide.editor ? [`${ui.editor}：${slide.editor}`] : []), ...(slide.source ? [`${ui.source}：${slide.source}`] : [])].map(line)
    const lastLine = lines[lines.length - 1]
    if (lastLine) lastLine.after = 12 * s
    return [
      ...points,
      paragraph(ui.authors, { size: credits, lineHeight, after: 6 / credits }, s, { bold: true, color: 'accent', font: 'heading' }),
      ...lines,
      paragraph(ui.sourceNote, { size: note, lineHeight }, s, { color: COLOR.muted }),
    ]
  }
  const { paragraphs } = fitParagraphs(build, BODY_BOX.w, BODY_BOX.h, ctx.metrics)
  return { layout: 'closing', shapes: [titleShape(slide.title, ctx), textShape(BODY_BOX, paragraphs)] }
}
