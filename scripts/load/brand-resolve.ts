/**
 * The brand a deck is built with: the project's brand file, then the deck's merged over it (a
 * field the deck's file sets replaces the project's, an empty value removes it, colours merge one
 * by one), every default filled. Pure: the files' settings and their checked logos in.
 */
import { contrast, mix } from '../core/color.ts'
import { DEFAULT_BRAND, DEFAULT_COLORS, SLIDE_BACKGROUND, type BrandColors, type BrandLogo } from '../deck/brand.ts'
import { COLOR_KEYS, MIN_TEXT_CONTRAST, TEXT_KEYS, type BrandFileSettings, type BrandText } from './brand-schema.ts'

/** A brand before localisation: its texts as written (one text, or one per locale). */
export interface BrandSource {
  organisation: BrandText
  footer: BrandText
  classification: BrandText
  logo: BrandLogo | null
  colors: BrandColors
  chartColors: string[]
}

/** One brand file: its settings and, when it names one, its logo as checked. */
export interface BrandLayer {
  settings: BrandFileSettings
  logo?: BrandLogo
}

export const NO_BRAND: BrandSource = { ...DEFAULT_BRAND, colors: { ...DEFAULT_COLORS } }

/** Merges the layers in order (project first, then the deck) over Deckwright's defaults. */
export function resolveBrand(layers: readonly BrandLayer[]): BrandSource {
  const brand: BrandSource = { ...NO_BRAND, colors: { ...DEFAULT_COLORS }, chartColors: [] }
  const set: Partial<Record<'primary' | 'accent' | 'text', string>> = {}
  for (const { settings, logo } of layers) {
    for (const key of TEXT_KEYS) {
      const value = settings[key]
      if (value !== undefined) brand[key] = value ?? ''
    }
    if (settings.logo !== undefined) brand.logo = settings.logo === null ? null : logo ?? null
    Object.assign(set, settings.colors)
  }
  for (const key of COLOR_KEYS) if (set[key]) brand.colors[key] = set[key]!
  brand.colors.soft = softBackground(brand.colors, set.primary !== undefined)
  // The strip only shows progress (it is hidden from screen readers), so it needs no contrast.
  if (set.primary !== undefined) brand.colors.done = mix(brand.colors.primary, SLIDE_BACKGROUND, 0.5)
  brand.chartColors = [set.primary, set.accent].filter((c): c is string => c !== undefined)
  return brand
}

/**
 * The tint behind section dividers and quotes: the primary colour at 8 % on white (Deckwright's
 * own tint when the primary is not set), made lighter where a brand colour would fall under 4.5:1
 * on it. At worst it is white, where every brand colour was checked.
 */
export function softBackground(colors: Omit<BrandColors, 'soft' | 'done'>, primarySet: boolean): string {
  const readable = (tint: string) => COLOR_KEYS.every(key => contrast(colors[key], tint) >= MIN_TEXT_CONTRAST)
  const start = primarySet ? mix(colors.primary, SLIDE_BACKGROUND, 0.08) : DEFAULT_COLORS.soft
  for (let share = 1; share > 0; share = Math.round((share - 0.05) * 100) / 100) {
    const tint = mix(start, SLIDE_BACKGROUND, share)
    if (readable(tint)) return tint
  }
  return SLIDE_BACKGROUND
}
