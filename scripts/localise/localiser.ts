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
import type { Locale } from '../core/locales.ts'
import { nameConverter, openccConverter, textConverter, type Script } from './convert.ts'
import type { Glossary, GlossaryEntry } from './glossary.ts'
import { findGlossaryHits, type GlossaryHit, type Matcher } from './glossary-match.ts'
import { applyTypography, type Span } from './typography.ts'

/** What the source text is written in, from the article's meta.source. */
export interface SourceScript {
  script: Script
  /** Whose vocabulary the source uses; every chain starts from Simplified, so this is informational today. */
  region: 'CN' | 'TW' | 'HK'
}

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
  const toLocale = textConverter(locale, source.script)
  const entries = glossary.entries.filter(entry => appliesTo(entry, locale))
  const matchers = entries.map(entry => matcherFor(entry, source.script))
  const replacements = entries.map((entry, i) => replacementFor(entry, matchers[i]!.match, locale, source.script))
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
 * phrase for zh-Hant-TW even though 數據 is a zh-Hant-HK term).
 */
function appliesTo(entry: GlossaryEntry, locale: Locale): boolean {
  return entry.kind !== 'term' || entry.replacements[locale] !== undefined
}

/**
 * Glossary matches are written as the first deck's source writes them: Traditional. For a
 * Simplified source, terms and names are looked for in their Simplified form.
 */
function matcherFor(entry: GlossaryEntry, script: Script): Matcher {
  const match = script === 'Hant' || entry.kind === 'protect' ? entry.match
    : entry.kind === 'name' ? nameConverter('zh-Hans-CN', 'Hant')(entry.match)
      : openccConverter('t2s')(entry.match)
  return { match, notPrecededBy: entry.notPrecededBy, notFollowedBy: entry.notFollowedBy }
}

/** What a glossary word becomes in `locale`: as written, in the locale's script, or the term's text. */
function replacementFor(entry: GlossaryEntry, match: string, locale: Locale, script: Script): string {
  switch (entry.kind) {
    case 'protect':
      return match
    case 'name':
      return nameConverter(locale, script)(match)
    case 'term':
      return entry.replacements[locale] ?? match
  }
}

const PRIVATE_USE_FIRST = 0xe000
const PRIVATE_USE_LAST = 0xf8ff

/** Replaces every hit with one private-use character per entry, choosing characters absent from the text. */
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
