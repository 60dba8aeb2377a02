/**
 * What every reader gives the drafting stage: the article as blocks, one per paragraph of
 * source.txt. Pure helpers for the normalisations the README lists ("Start a deck from an article").
 */

/** One paragraph of the imported article: one line of source.txt. */
export interface SourceBlock {
  /** The paragraph as it is written to source.txt (a single line, trimmed). */
  text: string
  /** Heading level when the format marks it as a heading (Markdown `#`, HTML `<h2>`, a Word heading style). */
  heading?: number
  /** A table row: its cells, in order. `text` is the cells joined by ` | `. */
  cells?: string[]
  /** Which table of the article the row belongs to (0, 1, …), for rows only. */
  table?: number
  /** The row is a header row (`<th>` cells, or a Markdown table's first row). */
  header?: boolean
}

/** What a reader found about the article beside its text (a saved web page's metadata). */
export interface SourceHints {
  /** Title from the page's metadata, when the text may not carry it. */
  title?: string
  /** Publication date as printed by the page's metadata (ISO). */
  published?: string
  /** Site or publication name. */
  site?: string
  /** The page's byline (its author metadata), which the reader puts near the top when the text lacks it. */
  byline?: string
  /** The page's language tag (`<html lang="zh-HK">`). */
  lang?: string
}

export interface ReadSource {
  blocks: SourceBlock[]
  hints: SourceHints
}

/** Separator of table cells in source.txt. */
export const CELL_SEPARATOR = ' | '

/** Spaces that look like a space but are not one: no-break, narrow no-break, figure space. */
const ODD_SPACES = /[\u00A0\u202F\u2007]/g
/** Characters with no width: they only hide differences between paragraphs and quotes. */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g

/**
 * The one normalisation every reader applies to a paragraph: no-break spaces become spaces,
 * zero-width characters go, and the line is trimmed. Nothing else in the text changes.
 */
export function normaliseLine(line: string): string {
  return line.replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '').trim()
}

/** A plain-text file as paragraphs: every non-empty line, BOM and line endings aside. */
export function textToBlocks(text: string): SourceBlock[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return body.split(/\r\n|\r|\n/).map(normaliseLine).filter(line => line.length > 0).map(line => ({ text: line }))
}

/** A table row as a block, with its line in source.txt. */
export function rowBlock(cells: string[], table: number, header: boolean): SourceBlock {
  return { text: cells.join(CELL_SEPARATOR), cells, table, header }
}

/** source.txt: one paragraph per line, ending with a newline. */
export function renderSourceText(blocks: readonly SourceBlock[]): string {
  return `${blocks.map(block => block.text).join('\n')}\n`
}
