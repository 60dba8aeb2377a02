/**
 * The original article text: its paragraphs, and the errata applied to them.
 * Pure functions; reading the file happens in read-deck.ts.
 */
import type { Erratum } from './schema.ts'

export interface SourceText {
  /** The file as received, byte for byte decoded as UTF-8. */
  raw: string
  /** Non-empty lines, in order: paragraph n is `paragraphs[n - 1]`. */
  paragraphs: readonly string[]
  /** The same paragraphs with the deck's errata applied; quotes are checked against these. */
  corrected: readonly string[]
}

/** Paragraphs are the non-empty lines of the source, as the brief numbers them. */
export function splitParagraphs(raw: string): string[] {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  return body
    .split(/\r\n|\r|\n/)
    .map(line => line.trim())
    .filter(line => line.length > 0)
}

export interface ErratumProblem {
  index: number
  message: string
}

/** Applies each erratum to its paragraph; reports errata whose original text is not there. */
export function applyErrata(paragraphs: readonly string[], errata: readonly Erratum[]): {
  corrected: string[]
  problems: ErratumProblem[]
} {
  const corrected = [...paragraphs]
  const problems: ErratumProblem[] = []
  errata.forEach((erratum, index) => {
    const at = erratum.paragraph - 1
    const paragraph = corrected[at]
    if (paragraph === undefined) return // reported by the paragraph-range check
    const expected = erratum.count ?? 1
    const found = paragraph.split(erratum.original).length - 1
    if (found !== expected) {
      problems.push({
        index,
        message: `"${erratum.original}" occurs ${found} time(s) in paragraph ${erratum.paragraph}, expected ${expected}`,
      })
      return
    }
    corrected[at] = paragraph.split(erratum.original).join(erratum.corrected)
  })
  return { corrected, problems }
}

export function readSourceText(raw: string, errata: readonly Erratum[]): SourceText & { problems: ErratumProblem[] } {
  const paragraphs = splitParagraphs(raw)
  const { corrected, problems } = applyErrata(paragraphs, errata)
  return { raw, paragraphs, corrected, problems }
}

/** Whether `quote` stands in paragraph `paragraph` (1-based) of the corrected source. */
export function quoteIsInSource(source: SourceText, quote: string, paragraph: number): boolean {
  const text = source.corrected[paragraph - 1]
  return text !== undefined && text.includes(quote)
}
