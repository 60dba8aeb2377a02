/** Each locale's self-hosted font (@fontsource packages), shared by the SPA build and the handout. */
import type { Locale } from '../core/locales.ts'

export interface LocaleFont {
  /** @fontsource package name, without the scope. */
  package: string
  family: string
}

export const LOCALE_FONTS: Record<Locale, LocaleFont> = {
  'zh-Hans-CN': { package: 'noto-sans-sc', family: 'Noto Sans SC' },
  'zh-Hant-TW': { package: 'noto-sans-tc', family: 'Noto Sans TC' },
  'zh-Hant-HK': { package: 'noto-sans-hk', family: 'Noto Sans HK' },
}

/**
 * Every self-hosted font a locale's deck ships, in fallback order: the locale's own font first.
 * The built SPA and the one-file deck read this list, so a fallback font added here (such as an
 * emoji font) joins both.
 */
export function localeFontStack(locale: Locale): LocaleFont[] {
  return [LOCALE_FONTS[locale]]
}

/** The weights the decks, charts and handouts use (styles/fonts/*.css import the same two). */
export const FONT_WEIGHTS = [400, 700] as const

/** The locale's font as a CSS `font-family` value, such as `'Noto Sans TC', sans-serif`. */
export function cssFontFamily(locale: Locale): string {
  return `'${LOCALE_FONTS[locale].family}', sans-serif`
}
