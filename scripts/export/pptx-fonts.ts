/**
 * The PPTX's fonts: which typeface each locale names, what PowerPoint falls back to where it is
 * not installed, and the advance widths the text is sized with (read from the same self-hosted
 * Noto Sans the slides use). Fonts are not embedded: PowerPoint cannot embed OpenType CFF fonts.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'
import type { Locale } from '../core/locales.ts'
import { LOCALE_FONTS } from '../core/locale-fonts.ts'
import { isWide, type Metrics } from './pptx-text.ts'

export interface PptxFont {
  /** The deck's typeface: Noto Sans SC, TC or HK. */
  typeface: string
  /**
   * The Windows character set PowerPoint uses to find a substitute when the typeface is missing:
   * -122 is GB 2312 (Simplified, Microsoft YaHei), -120 is Big5 (Traditional, Microsoft JhengHei).
   */
  charset: -122 | -120
}

export const PPTX_FONTS: Record<Locale, PptxFont> = {
  'zh-Hans-CN': { typeface: LOCALE_FONTS['zh-Hans-CN'].family, charset: -122 },
  'zh-Hant-TW': { typeface: LOCALE_FONTS['zh-Hant-TW'].family, charset: -120 },
  'zh-Hant-HK': { typeface: LOCALE_FONTS['zh-Hant-HK'].family, charset: -120 },
}

/** `lang` of every run: the region's language tag as PowerPoint knows it. */
export const PPTX_LANG: Record<Locale, string> = { 'zh-Hans-CN': 'zh-CN', 'zh-Hant-TW': 'zh-TW', 'zh-Hant-HK': 'zh-HK' }

/** Width of a character the deck font's Latin files do not hold, in em: a CJK glyph is one em. */
const NARROW_FALLBACK = 0.6

const require = createRequire(import.meta.url)
const cache = new Map<string, Metrics>()

/**
 * Advance widths of the locale's Noto Sans: Latin letters from its `latin` and `latin-ext` files
 * (regular and bold), wide characters one em, which is what every Noto CJK ideograph and
 * full-width mark is.
 */
export function readMetrics(locale: Locale): Metrics {
  const pkg = LOCALE_FONTS[locale].package
  const known = cache.get(pkg)
  if (known) return known
  const files = join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files')
  const open = (subset: string, weight: number) => fontkit.openSync(join(files, `${pkg}-${subset}-${weight}-normal.woff2`)) as fontkit.Font
  const fonts = { regular: [open('latin', 400), open('latin-ext', 400)], bold: [open('latin', 700), open('latin-ext', 700)] }
  const widths = new Map<string, number>()
  const metrics: Metrics = {
    advance(codePoint, bold) {
      const key = `${bold ? 'b' : 'r'}${codePoint}`
      let width = widths.get(key)
      if (width === undefined) {
        const font = (bold ? fonts.bold : fonts.regular).find(f => f.hasGlyphForCodePoint(codePoint))
        width = font ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm : isWide(codePoint) ? 1 : NARROW_FALLBACK
        widths.set(key, width)
      }
      return width
    },
  }
  cache.set(pkg, metrics)
  return metrics
}
