/**
 * What a deck must show: for every planned slide, the texts of its visible blocks in document
 * order, and its speaker notes as a notes viewer shows them. Pure: plan in, expectations out.
 *
 * The documented normalisation, and nothing more:
 * - Slide text is shown exactly as given, code unit for code unit (the schema has already
 *   trimmed each field).
 * - Speaker notes are Markdown paragraphs: runs of white space show as one space; unpaired UTF-16
 *   surrogates, which UTF-8 cannot store, show as U+FFFD; and invisible
 *   control characters (C0 but the white space ones: tab, line feed, vertical tab, form feed and
 *   carriage return; DEL; C1) show as
 *   U+FFFD, as Markdown renders their numeric references (see escape.ts).
 * - Not checked: the browser tab title. Slidev makes it from the deck title read as inline
 *   Markdown (emphasis, inline HTML and entities interpreted, escaped for HTML), so markup-like
 *   text reads differently there; it is text, never code.
 */
import { routeWindow } from '../deck/route.ts'
import type { DeckPlan, PlannedSlide } from '../deck/types.ts'
import { layoutProps, slidevSlide } from '../render/layout-props.ts'
import type { UiStrings } from '../render/ui-strings.ts'

export interface ExpectedSlide {
  /** 1-based slide number. */
  no: number
  /** Index of the fuzz case the slide belongs to (its first source paragraph - 1), if any. */
  caseIndex?: number
  /** Visible block texts in document order (see `visibleTexts`). */
  texts: string[]
  /** A chart's text (see `chartTexts`); empty on slides without a chart. */
  chart: string[]
  /** Normalised notes; '' when the slide has none. */
  notes: string
  /** The slide's navigation title as Slidev lists it. */
  title: string
}

export function expectedSlides(plan: DeckPlan): ExpectedSlide[] {
  return plan.slides.map(slide => {
    const slidev = slidevSlide(slide, plan.ui)
    return {
      no: slide.no,
      caseIndex: slide.section && slide.kind !== 'section' ? slide.paragraphs[0]! - 1 : undefined,
      texts: visibleTexts(slide, plan.ui),
      chart: chartTexts(slide),
      notes: slidev.notes.trim() ? normaliseNotes(slidev.notes) : '',
      title: slidev.title,
    }
  })
}

/**
 * The texts a layout prints, in the order of its template: headings, list items, paragraphs,
 * quotes and captions, then the footer citation. Chart drawings are left out (they are checked
 * through their notes table).
 */
export function visibleTexts(slide: PlannedSlide, ui: UiStrings): string[] {
  const nonEmpty = (...texts: string[]) => texts.filter(t => t !== '')
  switch (slide.kind) {
    case 'cover': {
      const p = layoutProps(slide, ui)
      return [p.title, ...nonEmpty(p.subtitle), ...p.authors, p.locale]
    }
    case 'summary': {
      const p = layoutProps(slide, ui)
      return [p.title, ...p.points.flatMap(point => [point.text, point.citation]), p.footer.citation]
    }
    case 'agenda': {
      const p = layoutProps(slide, ui)
      return [p.title, ...p.entries.flatMap(e => [String(e.no), e.title, String(e.slide)]), p.footer.citation]
    }
    case 'section': {
      const p = layoutProps(slide, ui)
      // Beside the title: the sections routeWindow lists, with … where a long deck leaves some out.
      const route = routeWindow(p.sections, p.sections.findIndex(s => s.state === 'current'))
      const listed = route.shown.flatMap(s => [String(s.no), s.title])
      return [p.part, p.title, ...(route.before ? ['…'] : []), ...listed, ...(route.after ? ['…'] : []), p.footer.citation]
    }
    case 'bullets':
    case 'chart': {
      const p = layoutProps(slide, ui)
      return [p.title, ...p.bullets, p.footer.citation]
    }
    case 'quote': {
      const p = layoutProps(slide, ui)
      return [p.title, p.quote, p.citation, ...p.bullets, p.footer.citation]
    }
    case 'compare': {
      const p = layoutProps(slide, ui)
      return [p.title, p.left.heading, ...p.left.bullets, p.right.heading, ...p.right.bullets, p.footer.citation]
    }
    case 'errata': {
      const p = layoutProps(slide, ui)
      return [p.title, ...p.items, p.footer.citation]
    }
    case 'closing': {
      const p = layoutProps(slide, ui)
      return [p.title, ...p.bullets, p.labels.authors, ...p.authors, ...nonEmpty(p.editor, p.source), p.note, '']
    }
  }
}

/** A chart figure's text: title, subtitle, description, then its table (caption, head, rows). */
export function chartTexts(slide: PlannedSlide): string[] {
  if (slide.kind !== 'chart') return []
  const { chart } = slide
  return [chart.title, chart.subtitle, chart.description, chart.table.caption, ...chart.table.columns, ...chart.table.rows.flat()]
}

/** Text as UTF-8 stores it: unpaired surrogates become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

/** Runs of white space as one space, trimmed: how Markdown paragraphs and HTML show text. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Characters Markdown will not show: escape.ts writes them as numeric references, rendered as U+FFFD. */
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/** Notes as a notes viewer shows them, for comparison with the page's text (collapsed). */
export function normaliseNotes(notes: string): string {
  return collapseSpace(wellFormed(notes).replace(HIDDEN_CONTROLS, '\ufffd'))
}
