/**
 * PLACEHOLDER until the localisation stage lands: returns text unchanged.
 * Contract: createLocaliser(locale, glossary, source) returns a pure, deterministic
 * (text) => text function that converts script and regional vocabulary, applies the glossary
 * and the locale's typography.
 */
import type { Locale } from '../load/schema.ts'
import type { Glossary } from './glossary.ts'

/** What the source text is written in, from the article's meta.source. */
export interface SourceScript {
  script: 'Hant' | 'Hans'
  region: 'CN' | 'TW' | 'HK'
}

export function createLocaliser(_locale: Locale, _glossary: Glossary, _source: SourceScript): (text: string) => string {
  return text => text
}
