/**
 * The glossary: words that OpenCC must not convert on its own. Pure data and merging; the file
 * format is validated in glossary-schema.ts and read in glossary-file.ts.
 *
 * Three kinds of entry, all matched in the source text before OpenCC runs:
 * - `protect`: brand and technical names (DeepSeek, 深度求索, KPI) that stay exactly as written.
 * - `name`: people's names, which take the locale's script (潘宏勝 → 潘宏胜 in zh-Hans-CN) but
 *   never phrase conversion, since a name is not a word to be "translated".
 * - `term`: a word with the text some locales should show, for what OpenCC gets wrong or the
 *   deck prefers. A term changes only the locales it names; elsewhere OpenCC converts as usual.
 */
import type { Locale, Region } from '../core/locales.ts'

export type GlossaryKind = 'protect' | 'name' | 'term'

export interface GlossaryEntry {
  kind: GlossaryKind
  /** The words as the source writes them, in the source's script (Traditional for the first deck). */
  match: string
  /** For terms: the final text per locale, used verbatim (no conversion, no typography); at least one. */
  replacements: Partial<Record<Locale, string>>
  /** The match does not count right after any of these characters. Empty: no condition. */
  notPrecededBy: string
  /** The match does not count right before any of these characters. Empty: no condition. */
  notFollowedBy: string
  /** For terms: the source regions the entry applies to. Empty: every source. */
  from: readonly Region[]
  /** Why the entry exists, for reviewers; required for terms. */
  why?: string
}

/** A resolved glossary: the global file with the deck's file merged on top. */
export interface Glossary {
  entries: readonly GlossaryEntry[]
}

export const EMPTY_GLOSSARY: Glossary = { entries: [] }

/** Entries of `override` replace entries of `base` with the same match, whatever their kind. */
export function mergeGlossaries(base: Glossary, override: Glossary): Glossary {
  const replaced = new Set(override.entries.map(entry => entry.match))
  return { entries: [...base.entries.filter(entry => !replaced.has(entry.match)), ...override.entries] }
}

/** A protected term or name given as a plain string in the file. */
export function simpleEntry(kind: 'protect' | 'name', match: string): GlossaryEntry {
  return { kind, match, replacements: {}, notPrecededBy: '', notFollowedBy: '', from: [] }
}
