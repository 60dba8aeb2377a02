/**
 * The plan's values as a reader sees them, in the locale's words: the slide title with its
 * continuation mark, an author's credit line, the footer's citation, an erratum. Every renderer
 * uses these, so the slides, the handout and the PPTX word them alike. Pure, browser-safe.
 */
import { formatParagraphs, type UiStrings } from '../render/ui-strings.ts'
import { formatClock } from './time-plan.ts'
import type { Author, ErratumEntry, PlannedSlide, SlideBudget, SlideOf } from './types.ts'

/** The title a reader sees: a follow-up slide's title carries the continuation mark (（續）). */
export function slideTitle(slide: PlannedSlide, ui: UiStrings): string {
  const continued = (slide.kind === 'bullets' || slide.kind === 'agenda') && slide.continued
  return continued ? `${slide.title}${ui.continued}` : slide.title
}

/** A divider's place in the deck: `第 4 部分，共 6 部分`, or `第 1 部分` in a deck of one section. */
export function sectionPlace(slide: SlideOf<'section'>, ui: UiStrings): string {
  return slide.sections.length < 2 ? ui.part(slide.section.index) : ui.partOf(slide.section.index, slide.sections.length)
}

/** `潘宏勝（中證金融研究院首席經濟學家）` */
export function authorLine(author: Author): string {
  return `${author.name}（${author.organisation}${author.role}）`
}

/** `原文第 4–5、7 段`, or '' when there are no paragraphs. */
export function citeParagraphs(paragraphs: readonly number[], ui: UiStrings): string {
  return paragraphs.length ? ui.sourceParagraphs(formatParagraphs(paragraphs, ui.listSeparator)) : ''
}

/**
 * The slide footer's source line: the paragraphs it cites; on the errata slide, which cites no
 * passage, what the paragraph numbers count. '' on the cover and closing slides.
 */
export function footerCitation(slide: PlannedSlide, ui: UiStrings): string {
  return slide.kind === 'errata' ? ui.sourceNote : citeParagraphs(slide.paragraphs, ui)
}

/**
 * The notes a presenter reads: the slide's time budget (when the deck has a duration), the
 * spoken notes, then a chart's data table as text, for whoever presents without seeing the chart
 * (the handout prints the table in its appendix instead).
 */
export function presenterNotes(slide: PlannedSlide, ui: UiStrings): string {
  const parts = [slide.budget ? budgetLine(slide.budget, ui) : '', slide.notes, slide.kind === 'chart' ? slide.chart.notesTable : '']
  return parts.filter(Boolean).join('\n\n')
}

/** `時間：本頁約 1:10 · 累計 12:30／25:00` */
export function budgetLine(budget: SlideBudget, ui: UiStrings): string {
  return ui.budget(formatClock(budget.seconds), formatClock(budget.elapsed), formatClock(budget.total))
}

/** `第 8 段：「天型科技企業」更正為「大型科技企業」` */
export function erratumLine(erratum: ErratumEntry, ui: UiStrings): string {
  return ui.erratum(erratum.original, erratum.corrected, erratum.paragraph)
}

/**
 * What a slide shows, as text: its title first, then its body in reading order (points, the
 * quoted passage, the columns, a chart's description, the corrections, the credits). The
 * alternative text of a slide drawn as a picture, as in the handout.
 */
export function slideText(slide: PlannedSlide, ui: UiStrings): string {
  const title = slideTitle(slide, ui)
  switch (slide.kind) {
    case 'cover':
      return lines(title, slide.subtitle, ...slide.authors.map(authorLine))
    case 'summary':
      return lines(title, ...slide.points.flatMap(p => [p.text, citeParagraphs(p.paragraphs, ui)]))
    case 'agenda':
      return lines(title, ...slide.entries.map(e => `${e.section.index} ${e.section.title} ${e.slide}`))
    case 'section':
      return lines(title, sectionPlace(slide, ui))
    case 'bullets':
      return lines(title, ...slide.bullets)
    case 'quote':
      return lines(title, slide.quote.text, citeParagraphs([slide.quote.paragraph], ui), ...slide.bullets)
    case 'compare':
      return lines(title, slide.left.heading, ...slide.left.bullets, slide.right.heading, ...slide.right.bullets)
    case 'chart':
      return lines(title, slide.chart.description, ...slide.bullets)
    case 'errata':
      return lines(title, ...slide.errata.map(e => erratumLine(e, ui)))
    case 'closing':
      return lines(title, ...slide.bullets, ui.authors, ...slide.authors.map(authorLine), slide.editor && `${ui.editor}：${slide.editor}`, slide.source && `${ui.source}：${slide.source}`)
  }
}

function lines(...parts: string[]): string {
  return parts.filter(Boolean).join('\n')
}
