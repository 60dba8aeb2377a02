/**
 * The checks of a localised deck that need no build, run by `check` and by every build before
 * anything is built: characters no font of the locale can draw (an error, E_GLYPH: they would
 * print as empty boxes) and words of another region (warnings; errors with --strict).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DeckError, fail, type Issue } from '../core/errors.ts'
import { LOCALE_REGION, type Locale, type Region } from '../core/locales.ts'
import { ROOT, type ProjectPaths } from '../core/paths.ts'
import { ARTICLE_FILE } from '../load/read-deck.ts'
import { nameConverter, type SourceKind } from '../localise/convert.ts'
import type { Glossary } from '../localise/glossary.ts'
import type { RegionalWords } from '../localise/regional-words.ts'
import { findForeignWords, glossaryWords, localeLexicon, type VocabularyWarning } from '../localise/vocabulary.ts'
import type { LocaleTarget } from '../pipeline/prepare.ts'
import { localeCoverage } from './font-coverage.ts'
import { findMissingGlyphs, formatCodePoint } from './glyphs.ts'
import { slideTexts } from './slide-text.ts'

// The pairs' loader lives with the data file's reader; the callers of the checks load them here.
export { loadRegionalWords } from '../localise/regional-words.ts'

/**
 * Both checks of one deck/locale, as `check` and every build run them: throws E_GLYPH, or
 * E_VOCABULARY with `strict`; otherwise hands each warning line to `warn`. Returns how many.
 */
export async function checkTarget(target: LocaleTarget, glossary: Glossary, words: RegionalWords, options: { strict?: boolean; warn: (line: string) => void }): Promise<number> {
  await checkGlyphs(target)
  const warnings = checkVocabulary(target, glossary, words)
  if (warnings.length > 0 && options.strict) throw vocabularyError(target, warnings)
  for (const warning of warnings) options.warn(`⚠ ${formatVocabularyWarning(target, warning)}`)
  return warnings.length
}

/** Fails with E_GLYPH, naming slide, character and code point, when the locale's fonts lack a character the deck shows. */
export async function checkGlyphs(target: LocaleTarget): Promise<void> {
  const coverage = await localeCoverage(target.locale)
  // The brand's words are on every slide, the cover first.
  const { organisation, footer, classification } = target.plan.brand
  const texts = [...slideTexts(target.plan), { slide: 1, texts: [organisation, footer, classification].filter(Boolean) }]
  const missing = findMissingGlyphs(texts, coverage.covers)
  if (missing.length === 0) return
  const article = join(target.deck.dir, ARTICLE_FILE)
  const lines = (await readFile(article, 'utf8').catch(() => '')).split('\n')
  const issues: Issue[] = missing.map(({ slide, char, codePoint }) => ({
    file: target.deck.articleFile,
    ...locate(lines, char),
    path: `slide ${slide}`,
    message: `"${char}" ${formatCodePoint(codePoint)} is in no font of ${target.locale} (${coverage.families.join(', ')}), so it would print as an empty box: replace or remove it`,
  }))
  fail('E_GLYPH', `${target.name}: ${missing.length} character(s) no font can show`, issues)
}

/** Line and column of the first occurrence of `char`, when the file has it. */
function locate(lines: readonly string[], char: string): { line?: number; column?: number } {
  const line = lines.findIndex(text => text.includes(char))
  return line === -1 ? {} : { line: line + 1, column: [...lines[line]!.slice(0, lines[line]!.indexOf(char))].length + 1 }
}

/** Words of another region in a locale's deck. */
export function checkVocabulary(target: LocaleTarget, glossary: Glossary, words: RegionalWords): VocabularyWarning[] {
  const source = target.deck.article.meta.source
  const lexicon = localeLexicon(words, target.locale, glossaryWords(glossary, target.locale, source))
  return findForeignWords(slideTexts(target.plan), lexicon)
}

const REGION_WORD: Record<Region, string> = { CN: 'a mainland word', TW: 'a Taiwan word', HK: 'a Hong Kong word' }

/** `deck.locale slide 3: …`, as the build and `check` print a warning. */
export function formatVocabularyWarning(target: LocaleTarget, warning: VocabularyWarning): string {
  return `${target.name} slide ${warning.slide}: ${describeWarning(target, warning)}`
}

/**
 * `新创 is a Taiwan word; zh-Hans-CN writes 初创. Fix: a glossary term { match: 新創,
 * zh-Hans-CN: 初创, why: … }`, with the match as the source would spell it.
 */
function describeWarning(target: LocaleTarget, warning: VocabularyWarning): string {
  const match = sourceSpelling(warning.word, target.locale, target.deck.article.meta.source)
  return `${warning.word} is ${REGION_WORD[warning.region]}; ${target.locale} writes ${warning.suggestion}. `
    + `Fix: a glossary term { match: ${match}, ${target.locale}: ${warning.suggestion}, why: … }`
}

/** The word in the source's script, character by character: what a glossary `match` would say. */
function sourceSpelling(word: string, locale: Locale, source: SourceKind): string {
  const localeScript = LOCALE_REGION[locale] === 'CN' ? 'Hans' : 'Hant'
  if (localeScript === source.script) return word
  return nameConverter(source.script === 'Hans' ? 'zh-Hans-CN' : 'zh-Hant-TW', { script: localeScript, region: 'CN' })(word)
}

/** With --strict, a deck's vocabulary warnings become one E_VOCABULARY error. */
export function vocabularyError(target: LocaleTarget, warnings: readonly VocabularyWarning[]): DeckError {
  return new DeckError('E_VOCABULARY', `${target.name}: ${warnings.length} word(s) of another region (--strict)`, warnings.map(warning => ({
    file: target.deck.articleFile,
    path: `slide ${warning.slide}`,
    message: describeWarning(target, warning),
  })))
}
