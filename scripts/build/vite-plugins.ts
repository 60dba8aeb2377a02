/** Vite plugins Deckwright adds to Slidev's own, for builds and the dev server. */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { ROOT } from '../core/paths.ts'
import type { Locale } from '../load/schema.ts'

export const FONTS_MODULE = 'virtual:deckwright-fonts.css'

/**
 * Serves only the deck locale's font (styles/fonts/<locale>.css), so a zh-Hant-TW deck ships
 * Noto Sans TC and not all three CJK fonts. Runs before the all-fonts fallback in vite.config.ts.
 */
export function localeFontsPlugin(locale: Locale): Plugin {
  return {
    name: 'deckwright:locale-fonts',
    enforce: 'pre',
    resolveId(id) {
      return id === FONTS_MODULE ? join(ROOT, 'styles', 'fonts', `${locale}.css`) : undefined
    },
  }
}
