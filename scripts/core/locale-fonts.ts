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

/** The weights the decks, charts and handouts use (styles/fonts/*.css import the same two). */
export const FONT_WEIGHTS = [400, 700] as const

/** The locale's font as a CSS `font-family` value, such as `'Noto Sans TC', sans-serif`. */
export function cssFontFamily(locale: Locale): string {
  return `'${LOCALE_FONTS[locale].family}', sans-serif`
}
