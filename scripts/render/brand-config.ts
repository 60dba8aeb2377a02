/**
 * The brand as the live deck's components read it from Slidev's configs. Browser code imports
 * this module at run time, so it imports nothing but types: the builder's words per locale
 * (ui-strings.ts) stay out of the shared client bundle, which holds no locale's text.
 */
import type { BrandColors, BrandLogo } from '../deck/brand.ts'

/**
 * The brand as the layouts read it: once per deck, in the headmatter's `deckwright.brand`
 * (`brandFromConfigs`), never in each slide's props. Absent without a brand.
 */
export interface BrandConfig {
  /** On the cover, beside the logo; '' when none. */
  organisation: string
  logo: BrandLogo | null
  colors: BrandColors
  /** On every slide's footer; '' when none. */
  footer: string
  /** On every slide's footer; '' when none. */
  classification: string
}

/** The brand in Slidev's configs (the headmatter), as the layouts read it; undefined without one. */
export function brandFromConfigs(configs: unknown): BrandConfig | undefined {
  return (configs as { deckwright?: { brand?: BrandConfig } } | undefined)?.deckwright?.brand
}

/**
 * The brand's colours as styles/deck.css's variables: --dw-accent (primary: titles and their
 * rule, the cover, section labels), --dw-mark (accent: bullets, the quote bar, column headings),
 * --dw-ink (text) and --dw-accent-soft (dividers, quotes).
 */
export function brandStyle(colors: BrandColors): Record<string, string> {
  return { '--dw-ink': colors.text, '--dw-accent': colors.primary, '--dw-mark': colors.accent, '--dw-accent-soft': colors.soft, '--dw-done': colors.done }
}
