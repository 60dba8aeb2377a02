/**
 * The regional targets every deck builds by default. Kept apart from the schema so that code in the
 * browser (charts) and the lowest layers (paths, fonts) can name a locale without loading zod.
 */
export const LOCALES = ['zh-Hans-CN', 'zh-Hant-TW', 'zh-Hant-HK'] as const
export type Locale = typeof LOCALES[number]
