/**
 * A PPTX slide as data: the layout it uses and its shapes, positioned in points (see
 * pptx-style.ts). pptx-slides.ts makes these from the deck plan (pure); pptx-export.ts hands them
 * to pptxgenjs and writes what is inside them (pptx-body.ts, pptx-chart.ts).
 */
import type { FigureChartData, RatingChartData } from '../charts/chart-data.ts'
import type { TextBody } from './pptx-body.ts'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** The slide layouts, one per kind of slide (and one for the follow-up of a long list). */
export const PPTX_LAYOUTS = {
  cover: 'Deckwright – cover',
  summary: 'Deckwright – summary',
  agenda: 'Deckwright – agenda',
  section: 'Deckwright – section divider',
  bullets: 'Deckwright – bullets',
  continued: 'Deckwright – bullets, continued',
  quote: 'Deckwright – quote',
  compare: 'Deckwright – two columns',
  chart: 'Deckwright – chart',
  errata: 'Deckwright – errata',
  closing: 'Deckwright – closing',
} as const

export type PptxLayout = keyof typeof PPTX_LAYOUTS

/** An image PowerPoint can show everywhere (the brand's logo, as PNG). */
export interface PptxImage {
  /** `data:image/png;base64,…` */
  data: string
  /** Pixel size, for the aspect ratio. */
  width: number
  height: number
}

/** A table cell: its text, and a fill or the hatch of a value not rated. */
export interface PptxCell {
  body: TextBody
  fill: string | 'unrated' | 'none'
}

export type PptxShape =
  /**
   * A text box; `title` makes it the slide's title placeholder (outline, accessibility); `link`
   * makes a click on it go to that slide (1-based), as the agenda's entries do.
   */
  | { type: 'text'; box: Box; body: TextBody; title?: boolean; link?: number }
  /** `fill`: hex, or a palette role (accentSoft, mark…). */
  | { type: 'rect'; box: Box; fill: string }
  /** A rectangle's outline, no fill (the marking's frame). */
  | { type: 'outline'; box: Box; color: string; width: number }
  /** A picture with its alternative text ('' for a decorative one). */
  | { type: 'image'; box: Box; image: PptxImage; alt: string }
  /** A line from (x, y) to (x + w, y + h). */
  | { type: 'line'; box: Box; color: string; width: number }
  /** A native chart with its data in an embedded workbook. */
  | { type: 'chart'; box: Box; chart: RatingChartData | FigureChartData }
  | { type: 'table'; box: Box; columns: number[]; rows: number[]; cells: PptxCell[][] }

export interface PptxSlide {
  layout: PptxLayout
  /** Starts a PowerPoint section with this name (the deck's structure in PowerPoint's sidebar). */
  section?: string
  shapes: PptxShape[]
  /** The presenter's notes, plain text. */
  notes: string
}
