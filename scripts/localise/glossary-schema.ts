/**
 * The glossary file format (`data/glossary.yaml`, `data/<deck>/glossary.yaml`) and its
 * validation: YAML text in, a glossary and every located problem out. Pure: no file access.
 * Like the article, every object is strict (an unknown key is an error) and all problems of a
 * file are reported at once.
 */
import { z } from 'zod'
import type { Issue } from '../core/errors.ts'
import { LOCALES, REGIONS, type Locale } from '../core/locales.ts'
import { formatPath, parseYaml, type FieldPath } from '../load/yaml-doc.ts'
import { simpleEntry, type Glossary, type GlossaryEntry } from './glossary.ts'
import { describeValue, editDistance } from '../core/describe.ts'

const text = z.string().trim().min(1, 'expected a non-empty string')
const characters = z.string().min(1, 'expected one or more characters')

export const TermSchema = z.strictObject({
  /** The words as they stand in the source, in the source's script (Traditional for a Hant source). */
  match: text,
  /** Text shown in zh-Hans-CN, verbatim. A locale left out is converted by OpenCC as usual. */
  'zh-Hans-CN': text.optional(),
  /** Text shown in zh-Hant-TW, verbatim. */
  'zh-Hant-TW': text.optional(),
  /** Text shown in zh-Hant-HK, verbatim. */
  'zh-Hant-HK': text.optional(),
  /** Why the term is here: what OpenCC does and why the locale wants something else. Required. */
  why: text,
  /** The match does not count right after any of these characters. */
  notPrecededBy: characters.optional(),
  /** The match does not count right before any of these characters. */
  notFollowedBy: characters.optional(),
  /**
   * Only for sources written in these regions (meta.source.region): a Taiwan or Hong Kong word
   * that a mainland author would mean otherwise. Every source when left out.
   */
  from: z.array(z.enum(REGIONS)).min(1, 'expected one or more of CN, TW, HK').optional(),
})

export const GlossaryFileSchema = z.strictObject({
  /** Words never converted in any locale: brands, acronyms, a company's registered name. */
  protect: z.array(text).default([]),
  /** People's names: the locale's script, but no phrase conversion. */
  names: z.array(text).default([]),
  /** Words with their text per locale. */
  terms: z.array(TermSchema).default([]),
})

export type GlossaryFile = z.infer<typeof GlossaryFileSchema>
type Term = z.infer<typeof TermSchema>

export interface GlossaryValidation {
  glossary?: Glossary
  issues: Issue[]
}

type At = (path: FieldPath, message: string, key?: string) => Issue

export function validateGlossary(yamlText: string, file: string): GlossaryValidation {
  const yaml = parseYaml(yamlText, file)
  const at: At = (path, message, key) => ({
    file,
    ...yaml.locate(path, key),
    path: formatPath(key === undefined ? path : [...path, key]),
    message,
  })
  if (yaml.issues.length > 0) return { issues: yaml.issues }
  // A file holding only comments is an empty glossary, not an error.
  const parsed = GlossaryFileSchema.safeParse(yaml.value ?? {}, { reportInput: true })
  if (!parsed.success) return { issues: inFileOrder(parsed.error.issues.flatMap(issue => describeIssue(issue, at))) }
  const issues = inFileOrder([...findDuplicates(parsed.data, at), ...findTermsWithoutLocale(parsed.data, at)])
  return issues.length > 0 ? { issues } : { glossary: toGlossary(parsed.data), issues }
}

function inFileOrder(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function toGlossary(file: GlossaryFile): Glossary {
  return {
    entries: [
      ...file.protect.map(match => simpleEntry('protect', match)),
      ...file.names.map(match => simpleEntry('name', match)),
      ...file.terms.map(termEntry),
    ],
  }
}

function termEntry(term: Term): GlossaryEntry {
  const replacements: Partial<Record<Locale, string>> = {}
  for (const locale of LOCALES) {
    const value = term[locale]
    if (value !== undefined) replacements[locale] = value
  }
  return {
    kind: 'term',
    match: term.match,
    replacements,
    notPrecededBy: term.notPrecededBy ?? '',
    notFollowedBy: term.notFollowedBy ?? '',
    from: term.from ?? [],
    why: term.why,
  }
}

/** The same match twice in one file is a mistake: which one would win is not obvious to a reader. */
function findDuplicates(file: GlossaryFile, at: At): Issue[] {
  const seen = new Map<string, FieldPath>()
  const issues: Issue[] = []
  const check = (match: string, path: FieldPath) => {
    const first = seen.get(match)
    if (first) issues.push(at(path, `"${match}" is already listed at ${formatPath(first)}: keep one entry per word`))
    else seen.set(match, path)
  }
  file.protect.forEach((match, i) => check(match, ['protect', i]))
  file.names.forEach((match, i) => check(match, ['names', i]))
  file.terms.forEach((term, i) => check(term.match, ['terms', i, 'match']))
  return issues
}

function findTermsWithoutLocale(file: GlossaryFile, at: At): Issue[] {
  return file.terms.flatMap((term, i) => LOCALES.some(locale => term[locale] !== undefined) ? []
    : [at(['terms', i], `"${term.match}" names no locale, so it would change nothing: add ${LOCALES.join(', ')} or some of them, with the text to show`)])
}

const FILE_FIELDS = Object.keys(GlossaryFileSchema.shape)
const TERM_FIELDS = Object.keys(TermSchema.shape)
/** Field names people reach for that mean `why` here. */
const WHY_ALIASES = new Set(['note', 'notes', 'reason', 'comment', 'because'])

function describeIssue(issue: z.core.$ZodIssue, at: At): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  switch (issue.code) {
    case 'unrecognized_keys': {
      const fields = path.length === 0 ? FILE_FIELDS : TERM_FIELDS
      return issue.keys.map(key => at(path, `unknown field "${key}"${suggestion(key, fields)}`, key))
    }
    case 'invalid_type': {
      if (issue.input === undefined && path.at(-1) === 'why')
        return [at(path.slice(0, -1), 'missing "why": every term says why it is in the glossary', 'why')]
      const got = describeValue(issue.input)
      const expected = path.length === 0 ? `a mapping with ${FILE_FIELDS.join(', ')}` : issue.expected
      return [at(path, got === 'nothing' ? `missing: expected ${expected}` : `expected ${expected}, got ${got}`)]
    }
    default:
      return [at(path, issue.message)]
  }
}

function suggestion(key: string, fields: readonly string[]): string {
  if (WHY_ALIASES.has(key.toLowerCase()) && fields.includes('why')) return ' (did you mean "why"?)'
  const near = fields.find(known => editDistance(known.toLowerCase(), key.toLowerCase()) <= 2)
  return near ? ` (did you mean "${near}"?)` : `: expected one of ${fields.join(', ')}`
}


