/**
 * The localiser: source text in, one locale's text out. Pure and deterministic.
 *
 * 1. The glossary words that apply to the locale are found in the source text (longest first,
 *    see glossary-match.ts) and masked with private-use placeholders, so OpenCC neither converts
 *    them nor lets them take part in a longer phrase with their neighbours.
 * 2. The masked text goes through the locale's OpenCC chain (convert.ts).
 * 3. Each placeholder is restored with the entry's text for the locale.
 * 4. The locale's typography is applied; the restored glossary text is left as it is.
 */
import { LOCALE_REGION, REGION_LOCALE, type Locale } from '../core/locales.ts'
import { nameConverter, textConverter, type SourceKind } from './convert.ts'
import type { Glossary, GlossaryEntry } from './glossary.ts'
import { findGlossaryHits, type GlossaryHit, type Matcher } from './glossary-match.ts'
import { applyTypography, type Span } from './typography.ts'

/** What the source text is written in, from the article's meta.source: script and region. */
export type SourceScript = SourceKind

/** Converted text, with the spans that hold glossary output (typography leaves those alone). */
export interface ConvertedText {
  text: string
  frozen: Span[]
}

/**
 * The full localiser: script, vocabulary, glossary and typography. Returns a pure
 * `(text) => text` function; build one per locale and reuse it.
 */
export function createLocaliser(locale: Locale, glossary: Glossary, source: SourceScript): (text: string) => string {
  const convert = createConverter(locale, glossary, source)
  return text => {
    const converted = convert(text)
    return applyTypography(converted.text, locale, converted.frozen)
  }
}

/** Script, vocabulary and glossary, without typography (the conformance test checks this stage). */
export function createConverter(locale: Locale, glossary: Glossary, source: SourceScript): (text: string) => ConvertedText {
  const toLocale = textConverter(locale, source)
  const entries = glossary.entries.filter(entry => appliesTo(entry, locale, source))
  const forms = entries.map(entry => sourceForms(entry, locale, source))
  // Every entry's word as written comes before any entry's other forms, so where one entry's
  // word is another's in the source's vocabulary (資料; 數據 is 資料 in Taiwan), it wins the tie.
  const ranked = [
    ...entries.map((entry, i) => ({ entry, form: forms[i]![0]! })),
    ...entries.flatMap((entry, i) => forms[i]!.slice(1).map(form => ({ entry, form }))),
  ]
  const matchers: Matcher[] = ranked.map(({ entry, form }) => ({ match: form, ...neighbours(entry, source) }))
  const replacements = ranked.map(({ entry, form }) => replacementFor(entry, form, locale, source))
  return text => {
    const hits = findGlossaryHits(text, matchers)
    if (hits.length === 0) return { text: toLocale(text), frozen: [] }
    const { masked, placeholders } = mask(text, hits)
    return restore(toLocale(masked), placeholders, replacements)
  }
}

/**
 * Protected words and names apply everywhere; a term only in the locales it names, so it never
 * takes a word away from OpenCC where OpenCC already does the right thing (大數據 stays one
 * phrase for zh-Hant-TW even though 數據 is a zh-Hant-HK term), and only to sources of the
 * regions it is `from`.
 */
function appliesTo(entry: GlossaryEntry, locale: Locale, source: SourceKind): boolean {
  if (entry.kind !== 'term') return true
  return entry.replacements[locale] !== undefined && (entry.from.length === 0 || entry.from.includes(source.region))
}

/** The mainland-vocabulary Traditional that glossary words are written in by default. */
const GLOSSARY_FORM: SourceKind = { script: 'Hant', region: 'CN' }

/**
 * The words an entry is looked for as. Glossaries are written as the first deck's source writes
 * them (Traditional, mainland vocabulary) or as a deck's own source does. In a Simplified source
 * an entry is looked for in Simplified (芯片, 服務器 as 服务器). In a Taiwan or Hong Kong source,
 * for the locales of other regions, it is also looked for in that region's vocabulary: the entry
 * 軟件 (zh-Hant-HK: 軟件) finds 軟體 in a Taiwan source. The source's own region keeps its
 * author's words: 優化 (zh-Hant-TW: 優化) does not take 最佳化 from a Taiwan author.
 */
function sourceForms(entry: GlossaryEntry, locale: Locale, source: SourceKind): string[] {
  if (entry.kind === 'protect') return [entry.match]
  const simplified = (text: string) => nameConverter('zh-Hans-CN', GLOSSARY_FORM)(text)
  if (entry.kind === 'name') return [source.script === 'Hans' ? simplified(entry.match) : entry.match]
  const forms = [entry.match]
  if (source.script === 'Hans') forms.push(textConverter('zh-Hans-CN', GLOSSARY_FORM)(entry.match))
  if (source.region !== 'CN' && LOCALE_REGION[locale] !== source.region) {
    const regional = textConverter(REGION_LOCALE[source.region], GLOSSARY_FORM)(entry.match)
    forms.push(source.script === 'Hans' ? simplified(regional) : regional)
  }
  return [...new Set(forms)]
}

/** The characters that rule a match out, in the source's script too (設 and 设 for a Simplified source). */
function neighbours(entry: GlossaryEntry, source: SourceKind): { notPrecededBy: string; notFollowedBy: string } {
  if (source.script === 'Hant') return { notPrecededBy: entry.notPrecededBy, notFollowedBy: entry.notFollowedBy }
  const simplified = nameConverter('zh-Hans-CN', GLOSSARY_FORM)
  return { notPrecededBy: entry.notPrecededBy + simplified(entry.notPrecededBy), notFollowedBy: entry.notFollowedBy + simplified(entry.notFollowedBy) }
}

/** What a glossary word becomes in `locale`: as written, in the locale's script, or the term's text. */
function replacementFor(entry: GlossaryEntry, form: string, locale: Locale, source: SourceKind): string {
  switch (entry.kind) {
    case 'protect':
      return form
    case 'name':
      return nameConverter(locale, source)(form)
    case 'term':
      return entry.replacements[locale] ?? form
  }
}

const PRIVATE_USE_FIRST = 0xe000
const PRIVATE_USE_LAST = 0xf8ff

/** Replaces every hit with one private-use character per glossary word, choosing characters absent from the text. */
function mask(text: string, hits: readonly GlossaryHit[]): { masked: string; placeholders: Map<string, number> } {
  const placeholders = new Map<string, number>()
  const byEntry = new Map<number, string>()
  let next = PRIVATE_USE_FIRST
  let masked = ''
  let at = 0
  for (const hit of hits) {
    let placeholder = byEntry.get(hit.entry)
    if (placeholder === undefined) {
      while (text.includes(String.fromCharCode(next))) next++
      if (next > PRIVATE_USE_LAST) throw new Error('localiser: no private-use character left for the glossary placeholders')
      placeholder = String.fromCharCode(next++)
      byEntry.set(hit.entry, placeholder)
      placeholders.set(placeholder, hit.entry)
    }
    masked += text.slice(at, hit.start) + placeholder
    at = hit.end
  }
  return { masked: masked + text.slice(at), placeholders }
}

function restore(converted: string, placeholders: ReadonlyMap<string, number>, replacements: readonly string[]): ConvertedText {
  let text = ''
  const frozen: Span[] = []
  for (const char of converted) {
    const entry = placeholders.get(char)
    if (entry === undefined) {
      text += char
      continue
    }
    const replacement = replacements[entry]!
    frozen.push({ start: text.length, end: text.length + replacement.length })
    text += replacement
  }
  return { text, frozen }
}
