/**
 * The regional targets every deck builds by default. Kept apart from the schema so that code in the
 * browser (charts) and the lowest layers (paths, fonts) can name a locale without loading zod.
 */
export const LOCALES = ['zh-Hans-CN', 'zh-Hant-TW', 'zh-Hant-HK'] as const
export type Locale = typeof LOCALES[number]

/** Whose vocabulary a text uses: the mainland, Taiwan or Hong Kong (an article's meta.source.region). */
export const REGIONS = ['CN', 'TW', 'HK'] as const
export type Region = typeof REGIONS[number]

/** The region whose vocabulary each locale shows. */
export const LOCALE_REGION: Record<Locale, Region> = { 'zh-Hans-CN': 'CN', 'zh-Hant-TW': 'TW', 'zh-Hant-HK': 'HK' }

/** The locale that shows each region's vocabulary. */
export const REGION_LOCALE: Record<Region, Locale> = { CN: 'zh-Hans-CN', TW: 'zh-Hant-TW', HK: 'zh-Hant-HK' }
