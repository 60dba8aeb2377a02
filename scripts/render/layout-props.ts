/**
 * The Slidev form of a planned slide: which layout (layouts/dw-*.vue) draws it, and the props that
 * layout receives in the slide's frontmatter. Here the plan's values get their words (第 1 部分,
 * 原文第 3 段, 責任編輯：…); the layouts declare their props with these types, so the two cannot
 * drift apart. Pure and browser-safe (the layouts import the types).
 */
import { brandDiffers, type Brand } from '../deck/brand.ts'
import type { BrandConfig } from './brand-config.ts'
import { authorLine, citeParagraphs, erratumLine, footerCitation, presenterNotes, sectionPlace, slideTitle } from '../deck/labels.ts'
import type { ChartSlide, Column, PlannedSlide, SlideKind, SlideOf } from '../deck/types.ts'
import type { UiStrings } from './ui-strings.ts'

/** Every layout's footer: the source paragraphs the slide cites (the page number is Slidev's). */
export interface Footer {
  citation: string
}

export interface CoverProps {
  title: string
  subtitle: string
  /** Credit lines: name（organisation role）. */
  authors: string[]
  /** The locale's name, in the footer. */
  locale: string
  footer: Footer
}

export interface SummaryProps {
  /** 要點 */
  title: string
  /** Each key message with the paragraphs it rests on (原文第 1、5 段). */
  points: { text: string; citation: string }[]
  footer: Footer
}

export interface AgendaProps {
  /** 議程, with the continuation mark on a follow-up slide. */
  title: string
  /** Each section: its number, title and the slide it starts on (the live deck links there). */
  entries: { no: number; title: string; slide: number }[]
  footer: Footer
}

/** Where a section stands among the deck's sections. */
export type SectionState = 'done' | 'current' | 'ahead'

export interface SectionProps {
  /** 第 4 部分，共 6 部分 */
  part: string
  title: string
  /** Every section of the deck, the current one marked: the progress strip and its list (none in a deck of one section). */
  sections: { no: number; title: string; state: SectionState }[]
  footer: Footer
}

export interface BulletsProps {
  title: string
  bullets: string[]
  footer: Footer
}

export interface QuoteProps {
  title: string
  quote: string
  /** Where the passage stands: 原文第 1 段. */
  citation: string
  bullets: string[]
  footer: Footer
}

export interface CompareProps {
  title: string
  left: Column
  right: Column
  footer: Footer
}

export interface ChartProps {
  title: string
  chart: ChartSlide['chart']
  bullets: string[]
  footer: Footer
}

export interface ErrataProps {
  title: string
  /** One line per erratum, in the locale's words. */
  items: string[]
  footer: Footer
}

export interface ClosingProps {
  title: string
  bullets: string[]
  authors: string[]
  /** 責任編輯：周茗一, or ''. */
  editor: string
  /** 出處：publication，date, or ''. */
  source: string
  labels: { authors: string; source: string }
  note: string
  footer: Footer
}

/** The props of each kind's layout. */
export interface LayoutProps {
  cover: CoverProps
  summary: SummaryProps
  agenda: AgendaProps
  section: SectionProps
  bullets: BulletsProps
  quote: QuoteProps
  compare: CompareProps
  chart: ChartProps
  errata: ErrataProps
  closing: ClosingProps
}

/** The headmatter's brand, or undefined when the deck looks as Deckwright's own. */
export function brandConfig(brand: Brand): BrandConfig | undefined {
  if (!brandDiffers(brand)) return undefined
  const { organisation, logo, colors, footer, classification } = brand
  return { organisation, logo, colors, footer, classification }
}

/** The layout file (layouts/<name>.vue) that draws each kind. */
export const LAYOUTS = {
  cover: 'dw-cover',
  summary: 'dw-summary',
  agenda: 'dw-agenda',
  section: 'dw-section',
  bullets: 'dw-bullets',
  quote: 'dw-quote',
  compare: 'dw-compare',
  chart: 'dw-chart',
  errata: 'dw-errata',
  closing: 'dw-closing',
} as const satisfies Record<SlideKind, string>

/** A slide as Slidev gets it. */
export interface SlidevSlide {
  layout: (typeof LAYOUTS)[SlideKind]
  /** Navigation title (Slidev's `title`). */
  title: string
  props: LayoutProps[SlideKind]
  /** The notes as the presenter view shows them: a chart's are followed by its data table. */
  notes: string
}

export function slidevSlide(slide: PlannedSlide, ui: UiStrings): SlidevSlide {
  return { layout: LAYOUTS[slide.kind], title: slideTitle(slide, ui), props: layoutProps(slide, ui), notes: presenterNotes(slide, ui) }
}

/** The props of a slide's layout. */
export function layoutProps<K extends SlideKind>(slide: SlideOf<K>, ui: UiStrings): LayoutProps[K] {
  const props = PROPS[slide.kind] as (slide: SlideOf<K>, ui: UiStrings) => LayoutProps[K]
  return props(slide, ui)
}

const footer = (slide: PlannedSlide, ui: UiStrings): Footer => ({ citation: footerCitation(slide, ui) })

function sectionState(index: number, current: number): SectionState {
  return index < current ? 'done' : index === current ? 'current' : 'ahead'
}

const PROPS: { [K in SlideKind]: (slide: SlideOf<K>, ui: UiStrings) => LayoutProps[K] } = {
  cover: (slide, ui) => ({ title: slide.title, subtitle: slide.subtitle, authors: slide.authors.map(authorLine), locale: ui.localeName, footer: footer(slide, ui) }),
  summary: (slide, ui) => ({
    title: slide.title,
    points: slide.points.map(p => ({ text: p.text, citation: citeParagraphs(p.paragraphs, ui) })),
    footer: footer(slide, ui),
  }),
  agenda: (slide, ui) => ({
    title: slideTitle(slide, ui),
    entries: slide.entries.map(e => ({ no: e.section.index, title: e.section.title, slide: e.slide })),
    footer: footer(slide, ui),
  }),
  section: (slide, ui) => {
    // A deck of one section has no route to show.
    const alone = slide.sections.length < 2
    return {
      part: sectionPlace(slide, ui),
      title: slide.title,
      sections: alone ? [] : slide.sections.map(s => ({ no: s.index, title: s.title, state: sectionState(s.index, slide.section.index) })),
      footer: footer(slide, ui),
    }
  },
  bullets: (slide, ui) => ({ title: slideTitle(slide, ui), bullets: slide.bullets, footer: footer(slide, ui) }),
  quote: (slide, ui) => ({
    title: slide.title,
    quote: slide.quote.text,
    citation: citeParagraphs([slide.quote.paragraph], ui),
    bullets: slide.bullets,
    footer: footer(slide, ui),
  }),
  compare: (slide, ui) => ({ title: slide.title, left: slide.left, right: slide.right, footer: footer(slide, ui) }),
  chart: (slide, ui) => ({ title: slide.title, chart: slide.chart, bullets: slide.bullets, footer: footer(slide, ui) }),
  errata: (slide, ui) => ({ title: slide.title, items: slide.errata.map(e => erratumLine(e, ui)), footer: footer(slide, ui) }),
  closing: (slide, ui) => ({
    title: slide.title,
    bullets: slide.bullets,
    authors: slide.authors.map(authorLine),
    editor: slide.editor ? `${ui.editor}：${slide.editor}` : '',
    source: slide.source ? `${ui.source}：${slide.source}` : '',
    labels: { authors: ui.authors, source: ui.source },
    note: ui.sourceNote,
    footer: footer(slide, ui),
  }),
}
