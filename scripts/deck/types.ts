/**
 * The deck plan: what each slide of a localised deck is, as typed values. It is the one model
 * every renderer reads (the Slidev markdown, the handout, the PDF outline, the PPTX); each maps a
 * slide's `kind` to its own form and adds its own labels. Every string here is plain text in the
 * locale's script, never markup, and nothing carries a label another renderer would have to strip.
 *
 * Types only, importing types only: the Vue layouts read it in the browser, so it must pull in no
 * schema (zod) and no Node module. A new kind of slide is one more member of `PlannedSlide`; the
 * compiler then names every renderer that does not handle it yet.
 */
import type { ChartData } from '../charts/chart-data.ts'
import type { Brand } from './brand.ts'
import type { Locale } from '../core/locales.ts'
import type { UiStrings } from '../render/ui-strings.ts'

/** A person credited on the cover, the closing slide and in document properties. */
export interface Author {
  name: string
  /** Position, for example 首席經濟學家. */
  role: string
  organisation: string
}

/** The section a slide belongs to. */
export interface SectionRef {
  /** The section's id in the data (stable across edits of its title). */
  id: string
  title: string
  /** 1-based position among the deck's sections (第 n 部分). */
  index: number
}

/** A verbatim passage of the source. */
export interface QuotedPassage {
  text: string
  /** The source paragraph it stands in. */
  paragraph: number
}

/** One column of a compare slide. */
export interface Column {
  heading: string
  bullets: string[]
}

/** A typo of the source, corrected in the data. */
export interface ErratumEntry {
  paragraph: number
  /** As it stands in the source. */
  original: string
  /** As the deck prints it. */
  corrected: string
}

/** A slide's share of the talk's time (see time-plan.ts); present when the deck gives `meta.duration`. */
export interface SlideBudget {
  /** Seconds this slide has. */
  seconds: number
  /** Seconds from the start of the talk to the end of this slide. */
  elapsed: number
  /** The talk's length in seconds (`meta.duration`). */
  total: number
}

/** What every slide has. */
interface SlideBase {
  /** 1-based slide number in the deck. */
  no: number
  /** The slide's heading as the data gives it (renderers add a continuation mark; see `slideTitle`). */
  title: string
  /** The section the slide belongs to; absent on the cover, errata and closing slides. */
  section?: SectionRef
  /**
   * The speaker notes a presenter speaks, plain text, paragraphs separated by blank lines; '' when
   * there are none. A chart's data table is not in them: it is `chart.table` (and `chart.notesTable`).
   */
  notes: string
  /** Source paragraphs the slide draws on (the footer cites them); empty when none. */
  paragraphs: number[]
  /** The slide's time budget; absent when the deck gives no duration. */
  budget?: SlideBudget
}

/** The title slide. */
export interface CoverSlide extends SlideBase {
  kind: 'cover'
  /** '' when the deck has none. */
  subtitle: string
  authors: Author[]
}

/** A key message of the summary and the paragraphs it rests on. */
export interface KeyMessage {
  text: string
  paragraphs: number[]
}

/** Bottom line up front: the article's key messages, right after the cover. */
export interface SummarySlide extends SlideBase {
  kind: 'summary'
  /** The builder's own word for it in the locale (要點). */
  title: string
  points: KeyMessage[]
}

/** One line of the agenda: a section and the slide it starts on. */
export interface AgendaEntry {
  section: SectionRef
  /** Number of the section's first slide (its divider, or its first slide when it has none). */
  slide: number
}

/** The route through the deck: every section and where it starts. */
export interface AgendaSlide extends SlideBase {
  kind: 'agenda'
  /** The builder's own word for it in the locale (議程). */
  title: string
  entries: AgendaEntry[]
  /** A follow-up slide holding the rest of an agenda too long for one slide. */
  continued: boolean
}

/** A section divider, showing where in the deck it stands. */
export interface SectionSlide extends SlideBase {
  kind: 'section'
  section: SectionRef
  /** Every section of the deck, in order: the divider marks `section` among them. */
  sections: SectionRef[]
}

/** A title and a list of points. */
export interface BulletsSlide extends SlideBase {
  kind: 'bullets'
  bullets: string[]
  /**
   * A follow-up slide holding the rest of a list too long for one slide: its title gets the
   * locale's continuation mark (（續）) and it has no notes of its own.
   */
  continued: boolean
}

/** A verbatim passage and up to four points. */
export interface QuoteSlide extends SlideBase {
  kind: 'quote'
  quote: QuotedPassage
  bullets: string[]
}

/** Two columns side by side. */
export interface CompareSlide extends SlideBase {
  kind: 'compare'
  left: Column
  right: Column
}

/** A chart and up to three points. */
export interface ChartSlide extends SlideBase {
  kind: 'chart'
  /** Resolved, localised chart data: series, scale, caption and the data table. */
  chart: ChartData
  bullets: string[]
}

/** The source's typos and their corrections. */
export interface ErrataSlide extends SlideBase {
  kind: 'errata'
  errata: ErratumEntry[]
}

/** The last slide: closing points, then the credits. */
export interface ClosingSlide extends SlideBase {
  kind: 'closing'
  bullets: string[]
  authors: Author[]
  /** The responsible editor's name; '' when the data names none. */
  editor: string
  /** Publication and date of the article (`publication，date`); '' when the data gives neither. */
  source: string
}

export type PlannedSlide =
  | CoverSlide
  | SummarySlide
  | AgendaSlide
  | SectionSlide
  | BulletsSlide
  | QuoteSlide
  | CompareSlide
  | ChartSlide
  | ErrataSlide
  | ClosingSlide

export type SlideKind = PlannedSlide['kind']

/** The slide of one kind. */
export type SlideOf<K extends SlideKind> = Extract<PlannedSlide, { kind: K }>

/** The deck's facts, for document properties, covers and citations. */
export interface DeckMeta {
  title: string
  /** '' when the deck has none. */
  subtitle: string
  authors: Author[]
  /** '' when the data names none. */
  editor: string
  /** `publication，date`; '' when the data gives neither. */
  source: string
  keywords: string[]
}

/** The talk's time against what its notes need (see time-plan.ts). */
export interface TimePlan {
  /** The time given (`meta.duration`), in seconds; 0 when the deck gives none. */
  duration: number
  /** What the slides need at the speaking pace, in seconds (notes, and a minimum for every slide). */
  needed: number
  /** The speaking pace, in characters a minute. */
  pace: number
}

/** A localised deck: its facts and its slides in order. */
export interface DeckPlan extends DeckMeta {
  deckId: string
  locale: Locale
  /** The builder's own words in this locale (labels, footers, continuation marks). */
  ui: UiStrings
  /** The organisation's look and words in this locale; DEFAULT_BRAND without a brand file. */
  brand: Brand
  slides: PlannedSlide[]
  time: TimePlan
}
