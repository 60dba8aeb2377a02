/**
 * Each locale's self-hosted fonts (@fontsource packages): the one table every output reads, the
 * SPA build, the slide PDF printed from it, the handout, the charts and any later export.
 */
import type { Locale } from '../core/locales.ts'

/** One self-hosted font: its @fontsource package and CSS family. */
export interface FontPackage {
  /** @fontsource package name, without the scope. */
  package: string
  family: string
}

/** A locale's font (its CJK Noto Sans) and what covers the characters that font lacks. */
export interface LocaleFont extends FontPackage {
  /** Fallbacks in order, after the locale's own font: emoji and symbols. */
  fallbacks: readonly FontPackage[]
}

/**
 * Emoji and symbols the CJK fonts lack (🚀 📈 ✔ ⚠). The monochrome Noto Emoji: outline glyphs
 * that print as vector text, extractable from Chromium's PDF. @fontsource's Noto Color Emoji
 * draws its emoji in an OpenType-SVG table, which Chromium does not render: they came out
 * blank, on screen and in the PDF.
 */
export const EMOJI_FONT: FontPackage = { package: 'noto-emoji', family: 'Noto Emoji' }

export const LOCALE_FONTS: Record<Locale, LocaleFont> = {
  'zh-Hans-CN': { package: 'noto-sans-sc', family: 'Noto Sans SC', fallbacks: [EMOJI_FONT] },
  'zh-Hant-TW': { package: 'noto-sans-tc', family: 'Noto Sans TC', fallbacks: [EMOJI_FONT] },
  'zh-Hant-HK': { package: 'noto-sans-hk', family: 'Noto Sans HK', fallbacks: [EMOJI_FONT] },
}

/** The weights the decks, charts and handouts use (styles/fonts/*.css import the same two). */
export const FONT_WEIGHTS = [400, 700] as const

/** Every font a locale's text is set in, its own first: what a document must load or embed. */
export function fontStack(locale: Locale): readonly FontPackage[] {
  const { package: name, family, fallbacks } = LOCALE_FONTS[locale]
  return [{ package: name, family }, ...fallbacks]
}

/** Every package any locale uses, once: what may be served or copied. */
export function allFontPackages(): string[] {
  return [...new Set(Object.keys(LOCALE_FONTS).flatMap(locale => fontStack(locale as Locale).map(font => font.package)))]
}

/** The locale's fonts as a CSS `font-family` value: `'Noto Sans TC', 'Noto Emoji', sans-serif`. */
export function cssFontFamily(locale: Locale): string {
  return [...fontStack(locale).map(font => `'${font.family}'`), 'sans-serif'].join(', ')
}
