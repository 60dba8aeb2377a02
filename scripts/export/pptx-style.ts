/**
 * The PPTX's look, taken from the slides' own stylesheet (styles/deck.css) so the PowerPoint deck
 * and the slide PDF match. Slidev draws on a 960 × 540 px canvas and the PPTX is 13.333 × 7.5 in,
 * which is 960 × 540 pt: one CSS px of the canvas is one point here, so every size below is the
 * stylesheet's number. Positions are in points from the slide's top left.
 */

import type { BrandColors } from '../deck/brand.ts'

/** Slide size in points (16:9, 13.333 × 7.5 in). */
export const SLIDE = { width: 960, height: 540 } as const

/**
 * Colours as PowerPoint writes them (hex without `#`): deck.css's --dw-* variables, Deckwright's
 * own. Slides name the ones a brand sets by role (ink, accent, mark, accentSoft): see `pptxColors`.
 */
export const COLOR = {
  ink: '1B1F24',
  muted: '5B6470',
  accent: '174A7C',
  /** Small marks: bullets, the quote bar, column headings (a brand's accent colour). */
  mark: '174A7C',
  accentSoft: 'E8F0F8',
  rule: 'D5DBE1',
  white: 'FFFFFF',
  /** The sections a divider's progress strip shows as covered (--dw-done). */
  done: '8FA9C4',
} as const

export type ColorRole = keyof typeof COLOR
export type PptxColors = Record<ColorRole, string>

/** A CSS colour (`#8a1538`) as PowerPoint writes it (`8A1538`). */
export const pptxHex = (color: string) => color.replace('#', '').toUpperCase()

/** The deck's palette with a brand's colours (Deckwright's own for DEFAULT_COLORS). */
export function pptxColors(colors: BrandColors): PptxColors {
  return { ...COLOR, ink: pptxHex(colors.text), accent: pptxHex(colors.primary), mark: pptxHex(colors.accent), accentSoft: pptxHex(colors.soft), done: pptxHex(colors.done) }
}

/** A colour as written: a role of `palette` (ink, accent…), or a hex colour as it is. */
export function colorOf(color: string, palette: PptxColors): string {
  return color in palette ? palette[color as ColorRole] : color
}

/** Side padding of every frame (.dw-frame, cover and section: 52 px). */
export const MARGIN = 52
/** Width between the side paddings. */
export const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN

/** The footer: a rule across the slide, the citation on the left and `n / m` on the right. */
export const FOOTER = { top: SLIDE.height - 34, height: 34, size: 13, ruleWidth: 1 } as const

/**
 * The title row: 34 pt bold in the accent colour, its first line where the slides put it (34 pt
 * from the top), set from the bottom of a box tall enough for two smaller lines; then 10 pt of
 * padding and the 3 pt accent rule.
 */
export const TITLE = { bottom: 78.2, height: 64, size: 34, lineHeight: 1.3, ruleY: 89.7, ruleWidth: 3 } as const

/** The body, 18 pt under the title rule down to the footer (.dw-body). */
export const BODY = { top: 109.2, bottom: FOOTER.top - 4 } as const

/** Text sizes (pt) and spacing of the layouts, as in deck.css. */
export const TEXT = {
  /** .dw-bullets: 26 px, line-height 1.45, 0.55 em after each point, 1.1 em hanging indent. */
  bullets: { size: 26, lineHeight: 1.45, after: 0.55, indent: 1.1 },
  /** .dw-bullets-small: 0.9 em of the slide's 26 px. */
  smallBullets: { size: 23.4, lineHeight: 1.45, after: 0.55, indent: 1.1 },
  /** Bullets beside a chart: 17 px. */
  chartBullets: { size: 17, lineHeight: 1.45, after: 0.55, indent: 1.1 },
  quote: { size: 28.6, lineHeight: 1.6, caption: 18.2, padX: 24, padY: 16, bar: 6, after: 20 },
  compare: { gap: 28, heading: 27.3, headingAfter: 16 },
  cover: { band: 14, title: 40, subtitle: 24, authors: 18 },
  /** A brand's logo and name on the cover (.dw-brand-mark): 34 px down, the logo 56 px high. */
  brandMark: { top: 34, height: 56, gap: 16, name: 18 },
  section: { part: 20, title: 34 },
  /** The divider with a route: .dw-section-main.with-route (36 px above and below, columns 1.15 : 1, 40 px apart). */
  divider: { padY: 36, gap: 40, leftShare: 1.15 / 2.15, partAfter: 12 },
  /** .dw-progress: 28 px under the title, 6 px tall, segments 6 px apart, at most 380 px wide. */
  strip: { top: 28, height: 6, gap: 6, maxWidth: 380 },
  /** .dw-route: 0.66 em of 26 px, line-height 1.4, 24 px inside a 2 px rule; entries 7 × 12 px padded, 2 px apart, a 4 px bar on the current one. */
  route: { size: 17.16, lineHeight: 1.4, indent: 24, rule: 2, padY: 7, padX: 12, gap: 12, margin: 2, bar: 4 },
  /** .dw-summary: text 0.92 em, citation 0.5 em, 0.65 em between points, numbers in a 2.1 em margin. */
  summary: { size: 23.92, lineHeight: 1.45, cite: 13, citeLineHeight: 1.4, after: 16.9, indent: 54.6 },
  /** .dw-agenda: 0.85 em of 26 px, line-height 1.4; 9 × 6 px padding, 20 px gaps; the number 1.4 em wide, the slide number 0.8 em. */
  agenda: { size: 22.1, lineHeight: 1.4, padY: 9, padX: 6, gap: 20, no: 1.4, slide: 0.8, slideWidth: 48 },
  errata: { size: 18, lineHeight: 1.5, after: 0.35 },
  closing: { credits: 18, note: 15, lineHeight: 1.5 },
  chart: { caption: 17, subtitle: 14, gap: 20, bulletsShare: 0.3 },
} as const

/**
 * The smallest scale of a text body. FitText (components/FitText.vue) stops at 0.78 and the slide
 * PDF's layout check fails a deck whose text does not fit there (E_LAYOUT), so real decks stay
 * above it; the PPTX goes further rather than open with text spilling out of its box.
 */
export const PPTX_MIN_SCALE = 0.25
