/**
 * The plan's values as a reader sees them, in the locale's words: the slide title with its
 * continuation mark, an author's credit line, the footer's citation, an erratum. Every renderer
 * uses these, so the slides, the handout and the PPTX word them alike. Pure, browser-safe.
 */
import { formatParagraphs, type UiStrings } from '../render/ui-strings.ts'
import type { Author, ErratumEntry, PlannedSlide } from './types.ts'

/** The title a reader sees: a follow-up slide's title carries the continuation mark (（續）). */
export function slideTitle(slide: PlannedSlide, ui: UiStrings): string {
  return slide.kind === 'bullets' && slide.continued ? `${slide.title}${ui.continued}` : slide.title
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
 * The notes a presenter reads: the spoken notes, then a chart's data table as text, for whoever
 * presents without seeing the chart (the handout prints the table in its appendix instead).
 */
export function presenterNotes(slide: PlannedSlide): string {
  return slide.kind === 'chart' ? `${slide.notes}\n\n${slide.chart.notesTable}` : slide.notes
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
    case 'section':
      return lines(title, ui.part(slide.section.index))
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
