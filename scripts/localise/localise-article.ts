/**
 * Localises every display string of an article for one locale. Ids, layouts and other keys that
 * the builder matches on are left alone.
 */
import type { Article } from '../load/schema.ts'
import type { Locale } from '../core/locales.ts'
import type { Glossary } from './glossary.ts'
import { createLocaliser, type SourceScript } from './localiser.ts'

/** Keys whose values are identifiers or settings, never text an audience reads. */
const NON_TEXT_KEYS = new Set([
  'id', 'layout', 'type', 'channel', 'dimension', 'channels', 'dimensions', 'locales', 'handout',
  'language', 'script', 'region', 'date', 'paragraph', 'paragraphs',
])

export function localiseArticle(article: Article, locale: Locale, glossary: Glossary, source: SourceScript): Article {
  const localise = createLocaliser(locale, glossary, source)
  return mapText(article, localise) as Article
}

function mapText(value: unknown, localise: (text: string) => string, key?: string): unknown {
  // `channels` is both a list of ids (in a chart) and a list of labelled channels (in the
  // comparison): only plain values under these keys are identifiers.
  if (key !== undefined && NON_TEXT_KEYS.has(key) && !containsObjects(value)) return value
  if (typeof value === 'string') return localise(value)
  if (Array.isArray(value)) return value.map(item => mapText(item, localise))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapText(v, localise, k)]))
  }
  return value
}

function containsObjects(value: unknown): boolean {
  return Array.isArray(value) && value.some(item => item !== null && typeof item === 'object')
}
