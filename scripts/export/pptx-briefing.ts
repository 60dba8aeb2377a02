/**
 * The briefing's own slides in the PPTX: the summary (numbered key messages, each with its
 * paragraphs), the agenda (each section and the slide it starts on, a click away) and the divider
 * with its place in the deck (the part of how many, the progress strip, the route with this
 * section marked). Pure, like pptx-slides.ts: the same words in the same places as the layouts
 * (layouts/dw-summary.vue, dw-agenda.vue, dw-section.vue) and their sizes in deck.css.
 */
import { citeParagraphs, sectionPlace, slideTitle } from '../deck/labels.ts'
import { routeWindow } from '../deck/route.ts'
import type { SectionRef, SlideOf } from '../deck/types.ts'
import type { TextParagraph } from './pptx-body.ts'
import { BODY_BOX, centredPair, fitParagraphs, paragraph, paragraphsHeight, slack, textShape, titleShape, type PptxContext, type SlideShapes } from './pptx-frame.ts'
import type { Box, PptxShape } from './pptx-spec.ts'
import { COLOR, CONTENT_WIDTH, FOOTER, MARGIN, PPTX_MIN_SCALE, TEXT } from './pptx-style.ts'
import { fitScale } from './pptx-text.ts'

type TextShape = Extract<PptxShape, { type: 'text' }>

/** The key messages, numbered, each followed by the paragraphs it rests on. */
export function summary(slide: SlideOf<'summary'>, ctx: PptxContext): SlideShapes {
  const style = TEXT.summary
  const build = (s: number) => slide.points.flatMap((point, i): TextParagraph[] => [
    { ...paragraph(point.text, { size: style.size, lineHeight: style.lineHeight }, s), bullet: { kind: 'number', indent: style.indent * s, color: 'accent', start: i + 1 } },
    paragraph(citeParagraphs(point.paragraphs, ctx.ui), { size: style.cite, lineHeight: style.citeLineHeight, after: style.after / style.cite }, s, { color: 'muted' }, { margin: style.indent * s }),
  ])
  const { paragraphs } = fitParagraphs(build, BODY_BOX.w, BODY_BOX.h, ctx.metrics)
  return { layout: 'summary', shapes: [titleShape(slide.title, ctx), textShape(BODY_BOX, paragraphs)] }
}

/** One row per section between rules: its number, its title, the slide it starts on; a click goes there. */
export function agenda(slide: SlideOf<'agenda'>, ctx: PptxContext): SlideShapes {
  const a = TEXT.agenda
  const noWidth = a.no * a.size
  const titleX = MARGIN + a.padX + noWidth + a.gap
  const titleWidth = MARGIN + CONTENT_WIDTH - a.padX - a.slideWidth - a.gap - titleX
  const style = { size: a.size, lineHeight: a.lineHeight }
  const titleText = (title: string, s: number) => [paragraph(title, style, s)]
  const rowHeight = (title: string, s: number) => slack(paragraphsHeight(titleText(title, s), titleWidth, ctx.metrics)) + 2 * a.padY * s
  const scale = fitScale(s => slide.entries.reduce((sum, e) => sum + rowHeight(e.section.title, s), 0), BODY_BOX.h, PPTX_MIN_SCALE)
  const rule = (y: number): PptxShape => ({ type: 'line', box: { x: MARGIN, y, w: CONTENT_WIDTH, h: 0 }, color: 'rule', width: 1 })
  const shapes: PptxShape[] = [titleShape(slideTitle(slide, ctx.ui), ctx), rule(BODY_BOX.y)]
  let y = BODY_BOX.y
  for (const entry of slide.entries) {
    const h = rowHeight(entry.section.title, scale)
    const top = y + a.padY * scale
    const inner = h - 2 * a.padY * scale
    // The smaller slide number sits on the title's first baseline, as on the slide.
    const drop = a.size * (1 - a.slide) * scale * 0.8
    const linked = (box: Box, paragraphs: TextParagraph[]): PptxShape => ({ ...(textShape(box, paragraphs) as TextShape), link: entry.slide })
    shapes.push(
      linked({ x: MARGIN + a.padX, y: top, w: noWidth * scale + 8, h: inner }, [paragraph(String(entry.section.index), style, scale, { bold: true, color: 'accent' })]),
      linked({ x: titleX, y: top, w: titleWidth, h: inner }, titleText(entry.section.title, scale)),
      linked({ x: MARGIN + CONTENT_WIDTH - a.padX - a.slideWidth, y: top + drop, w: a.slideWidth, h: inner - drop },
        [paragraph(String(entry.slide), { size: a.size * a.slide, lineHeight: a.lineHeight }, scale, { color: 'muted' }, { align: 'r' })]),
      rule(y + h),
    )
    y += h
  }
  return { layout: 'agenda', shapes }
}

/**
 * 第 n 部分，共 m 部分 over the section's title and the progress strip, and beside them the route:
 * every section, the covered ones greyed, this one in bold on white. A deck of one section has
 * no route: its divider is the part over the title, centred.
 */
export function divider(slide: SlideOf<'section'>, ctx: PptxContext): SlideShapes {
  const style = TEXT.section
  const part = (s: number) => [paragraph(sectionPlace(slide, ctx.ui), { size: style.part, lineHeight: 1.5 }, s, { color: 'accent', spacing: 2 })]
  const title = (s: number) => [paragraph(slide.title, { size: style.title, lineHeight: 1.35 }, s, { bold: true, font: 'heading' })]
  if (slide.sections.length < 2) return { layout: 'section', shapes: centredPair(part(1), title(1), 12, 'lower', ctx) }
  const d = TEXT.divider
  const strip = TEXT.strip
  const top = d.padY
  const room = FOOTER.top - 2 * d.padY
  const leftWidth = (CONTENT_WIDTH - d.gap) * d.leftShare
  // The title is fitted beside the route; the part and the strip keep their size.
  const partHeight = slack(paragraphsHeight(part(1), leftWidth, ctx.metrics))
  const fixed = partHeight + d.partAfter + strip.top + strip.height
  const fitted = fitParagraphs(title, leftWidth, room - fixed, ctx.metrics)
  const titleHeight = slack(paragraphsHeight(fitted.paragraphs, leftWidth, ctx.metrics))
  const y = top + Math.max(0, (room - fixed - titleHeight) / 2)
  const titleY = y + partHeight + d.partAfter
  const shapes: PptxShape[] = [
    textShape({ x: MARGIN, y, w: leftWidth, h: partHeight }, part(1), 'b'),
    textShape({ x: MARGIN, y: titleY, w: leftWidth, h: titleHeight }, fitted.paragraphs, 't', true),
    ...progressStrip(slide, MARGIN, titleY + titleHeight + strip.top, Math.min(strip.maxWidth, leftWidth)),
    ...route(slide, MARGIN + leftWidth + d.gap, CONTENT_WIDTH - leftWidth - d.gap, { top, room }, ctx),
  ]
  return { layout: 'section', shapes }
}

/** One segment per section: covered, this one, ahead. */
function progressStrip(slide: SlideOf<'section'>, x: number, y: number, width: number): PptxShape[] {
  const { gap, height } = TEXT.strip
  const count = slide.sections.length
  const segment = (width - gap * (count - 1)) / count
  return slide.sections.map((section, i) => ({
    type: 'rect',
    box: { x: x + i * (segment + gap), y, w: segment, h: height },
    fill: section.index < slide.section.index ? 'done' : section.index === slide.section.index ? 'accent' : 'rule',
  }))
}

/** The sections listed beside a rule, vertically centred in `area`, this one marked. */
function route(slide: SlideOf<'section'>, x: number, width: number, area: { top: number; room: number }, ctx: PptxContext): PptxShape[] {
  const r = TEXT.route
  const textX = x + r.rule + r.indent + r.padX
  const noWidth = 1.2 * r.size
  const titleX = textX + noWidth + r.gap
  const titleWidth = x + width - r.padX - titleX
  // A long deck lists the sections around this one, with a mark (.dw-route-more) where others are left out.
  const { shown, before, after } = routeWindow(slide.sections, slide.section.index - 1)
  const marks = (before > 0 ? 1 : 0) + (after > 0 ? 1 : 0)
  const markHeight = (s: number) => r.size * s
  const text = (section: SectionRef, s: number, value: string) => {
    const current = section.index === slide.section.index
    const color = current ? 'accent' : section.index < slide.section.index ? 'muted' : 'ink'
    return [paragraph(value, { size: r.size, lineHeight: r.lineHeight }, s, { color, bold: current })]
  }
  const entryHeight = (section: SectionRef, s: number) => slack(paragraphsHeight(text(section, s, section.title), titleWidth, ctx.metrics)) + 2 * r.padY * s
  const listHeight = (s: number) => shown.reduce((sum, section) => sum + entryHeight(section, s) + 2 * r.margin, 0) + marks * markHeight(s)
  const scale = fitScale(listHeight, area.room, PPTX_MIN_SCALE)
  let y = area.top + Math.max(0, (area.room - listHeight(scale)) / 2)
  const shapes: PptxShape[] = [{ type: 'line', box: { x: x + r.rule / 2, y, w: 0, h: listHeight(scale) }, color: 'rule', width: r.rule }]
  const mark = () => {
    shapes.push(textShape({ x: textX, w: noWidth + 4, y, h: markHeight(scale) }, [paragraph('…', { size: r.size, lineHeight: 1 }, scale, { color: 'muted' })]))
    y += markHeight(scale)
  }
  if (before > 0) mark()
  for (const section of shown) {
    y += r.margin
    const h = entryHeight(section, scale)
    const entry = { x: x + r.rule + r.indent, y, w: width - r.rule - r.indent, h }
    if (section.index === slide.section.index)
      shapes.push({ type: 'rect', box: entry, fill: 'white' }, { type: 'rect', box: { ...entry, w: r.bar }, fill: 'accent' })
    const inner = { y: y + r.padY * scale, h: h - 2 * r.padY * scale }
    shapes.push(
      textShape({ x: textX, w: noWidth + 4, ...inner }, text(section, scale, String(section.index))),
      textShape({ x: titleX, w: titleWidth, ...inner }, text(section, scale, section.title)),
    )
    y += h + r.margin
  }
  if (after > 0) mark()
  return shapes
}
