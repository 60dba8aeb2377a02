/**
 * An organisation's look, as every renderer gets it: resolved (every default filled) and
 * localised (its words in the locale's script). The brand file's format and its checks are in
 * scripts/load/brand-schema.ts; this module is types and defaults only, so the Vue layouts can
 * read it in the browser.
 *
 * With no brand file the brand is DEFAULT_BRAND, which is Deckwright's own look: the renderers
 * then write exactly what they wrote before brands existed.
 */

/** The colours a brand sets; each reads on the white slide at 4.5:1 or more (WCAG AA). */
export interface BrandColors {
  /** Titles, the title rule, the cover's band and title, section labels: `#rrggbb`. */
  primary: string
  /** Bullets, the quote bar, column headings and other small marks. */
  accent: string
  /** Body text. */
  text: string
  /**
   * The soft background of section dividers and quotes: the primary colour at a few per cent on
   * white, light enough that every brand colour keeps 4.5:1 on it. Derived, never set by hand.
   */
  soft: string
  /** The covered sections on a divider's progress strip: the primary colour faded. Derived; decorative. */
  done: string
}

/** The organisation's logo, carried inline so every output (and the one-file deck) has it. */
export interface BrandLogo {
  /** `data:image/svg+xml;base64,…` or `data:image/png;base64,…` */
  src: string
  format: 'svg' | 'png'
  /** Intrinsic size in CSS px (SVG: its width and height or viewBox), for the aspect ratio. */
  width: number
  height: number
}

export interface Brand {
  /** The organisation's name, in the locale's script; '' when none is set. */
  organisation: string
  /** null when the brand has no logo. */
  logo: BrandLogo | null
  colors: BrandColors
  /** Text on every slide's footer; '' when none. */
  footer: string
  /** The marking on every slide, handout page and in the documents' properties (公開, 內部資料, 機密); '' when none. */
  classification: string
  /**
   * The brand colours the file sets (primary, then accent), offered to the charts; they lead the
   * chart palette only where contrast and colour-blind safety hold (charts/chart-palette.ts).
   */
  chartColors: string[]
}

/** Deckwright's own colours (styles/deck.css). */
export const DEFAULT_COLORS: BrandColors = {
  primary: '#174a7c',
  accent: '#174a7c',
  text: '#1b1f24',
  soft: '#e8f0f8',
  done: '#8fa9c4',
}

/** No brand file: Deckwright's own look, no logo, no marking. */
export const DEFAULT_BRAND: Brand = {
  organisation: '',
  logo: null,
  colors: DEFAULT_COLORS,
  footer: '',
  classification: '',
  chartColors: [],
}

/** The background every brand colour is checked against: the slides' white. */
export const SLIDE_BACKGROUND = '#ffffff'

/** What a renderer puts on a slide beyond the deck's own: only what differs from DEFAULT_BRAND. */
export function brandDiffers(brand: Brand): boolean {
  return brand.organisation !== '' || brand.logo !== null || brand.footer !== '' || brand.classification !== ''
    || (Object.keys(DEFAULT_COLORS) as (keyof BrandColors)[]).some(key => brand.colors[key] !== DEFAULT_COLORS[key])
}
