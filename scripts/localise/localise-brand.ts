/**
 * A brand's words in one locale. They are the organisation's own fixed wording (its name, its
 * legal line, its marking), so they take the locale's script character by character, as people's
 * names do, and never its vocabulary or the glossary's terms: 中證金融研究院 is 中证金融研究院 in
 * zh-Hans-CN, and 內部資料 never becomes another word. A brand text written per locale is used
 * exactly as written. Each text may be in either script; it is read from its characters. Pure.
 */
import type { Locale } from '../core/locales.ts'
import type { Brand } from '../deck/brand.ts'
import type { BrandSource } from '../load/brand-resolve.ts'
import type { BrandText } from '../load/brand-schema.ts'
import { detectScript, nameConverter } from './convert.ts'

export function localiseBrand(source: BrandSource, locale: Locale): Brand {
  return {
    ...source,
    colors: { ...source.colors },
    chartColors: [...source.chartColors],
    organisation: brandText(source.organisation, locale),
    footer: brandText(source.footer, locale),
    classification: brandText(source.classification, locale),
  }
}

export function brandText(text: BrandText, locale: Locale): string {
  if (typeof text !== 'string') return text[locale]
  // Read as OpenCC's standard character forms (the `CN` chains): the locale's own forms come out.
  return text === '' ? '' : nameConverter(locale, { script: detectScript(text), region: 'CN' })(text)
}
