/**
 * Chinese typography per locale, applied after conversion. Pure: text in, text out.
 *
 * - Half-width , : ; ! ? next to a Chinese character become full-width (， ： ； ！ ？); so do
 *   ( ) pairs that enclose or touch Chinese text: 深度求索(DeepSeek) → 深度求索（DeepSeek）.
 *   Spaces between such a mark and the text around it go, since full-width marks carry their
 *   own spacing.
 * - Quotation pairs around or next to Chinese text take the locale's marks by nesting depth:
 *   “ ” then ‘ ’ in zh-Hans-CN, 「 」 then 『 』 in zh-Hant-TW and zh-Hant-HK.
 * - Anything else is left alone: ASCII-only text (`US$2.5B to $3B`, `{{ total }}`, URLs, HTML),
 *   digits around a comma or a point (1,000, 3.5), and spaces around + in 技術極客 + 自由資本.
 *
 * "Next to" means the nearest character on that side, skipping plain spaces and the marks
 * above: in 「跑不了廟」, the comma after the closing mark still follows 廟. Frozen spans (the
 * glossary's output) are never changed, though they still count as context.
 */
import type { Locale } from '../core/locales.ts'

/** A range of UTF-16 offsets, end exclusive. */
export interface Span {
  start: number
  end: number
}

const QUOTES: Record<Locale, readonly [primary: [string, string], secondary: [string, string]]> = {
  'zh-Hans-CN': [['“', '”'], ['‘', '’']],
  'zh-Hant-TW': [['「', '」'], ['『', '』']],
  'zh-Hant-HK': [['「', '」'], ['『', '』']],
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' }

/** Han, kana, bopomofo, CJK symbols and punctuation, full-width forms. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFE30-\uFE4F\uFF01-\uFF60]$/u

export function isCjk(char: string): boolean {
  return CJK.test(char)
}

/**
 * The text as an array indexed by UTF-16 offset: a character sits at its first offset and the
 * second half of a surrogate pair is ''. Marks are replaced in place, so frozen spans and pair
 * positions keep their offsets while the passes run.
 */
type Cells = string[]

function toCells(text: string): Cells {
  const cells: Cells = []
  for (const char of text) cells.push(char, ...(char.length === 2 ? [''] : []))
  return cells
}

export function applyTypography(text: string, locale: Locale, frozen: readonly Span[] = []): string {
  const cells = toCells(text)
  const isFrozen = new Uint8Array(cells.length)
  for (const span of frozen) isFrozen.fill(1, span.start, span.end)
  const editable = (i: number) => isFrozen[i] === 0
  convertQuotes(cells, editable, QUOTES[locale])
  convertParentheses(cells, editable)
  convertPunctuation(cells, editable)
  return cells.join('')
}

/** Marks this module converts, in both forms: never context, so a second run decides the same way. */
const MARKS = new Set([...',:;!?()"“”‘’「」『』，：；！？（）'])

/**
 * Nearest character from `from` going in `step` direction that is neither a space nor a mark
 * this module converts, or ''. Deciding on letters only keeps typography idempotent: what one
 * pass converts never changes what the next pass sees.
 */
function neighbour(cells: Cells, from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < cells.length; i += step) {
    const cell = cells[i]!
    if (cell !== '' && cell !== ' ' && !MARKS.has(cell)) return cell
  }
  return ''
}

/** The nearest non-space character before `at`, marks included. */
function previousNonSpace(cells: Cells, at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    if (cells[i] !== '' && cells[i] !== ' ') return cells[i]!
  }
  return ''
}

function touchesCjk(cells: Cells, open: number, close: number): boolean {
  if (isCjk(neighbour(cells, open - 1, -1)) || isCjk(neighbour(cells, close + 1, 1))) return true
  return cells.slice(open + 1, close).some(cell => !MARKS.has(cell) && isCjk(cell))
}

/** Removes plain spaces next to position `at` on one side, up to the next other character. */
function dropSpaces(cells: Cells, at: number, step: 1 | -1, editable: (i: number) => boolean): void {
  for (let i = at + step; i >= 0 && i < cells.length && editable(i); i += step) {
    if (cells[i] === ' ') cells[i] = ''
    else if (cells[i] !== '') return
  }
}

function convertPunctuation(cells: Cells, editable: (i: number) => boolean): void {
  cells.forEach((cell, i) => {
    if (cell === '' || !',:;!?'.includes(cell) || !editable(i)) return
    if (!isCjk(neighbour(cells, i - 1, -1)) && !isCjk(neighbour(cells, i + 1, 1))) return
    cells[i] = FULL_WIDTH[cell]!
    dropSpaces(cells, i, -1, editable)
    dropSpaces(cells, i, 1, editable)
  })
}

function convertParentheses(cells: Cells, editable: (i: number) => boolean): void {
  const open: number[] = []
  const pairs: [number, number][] = []
  cells.forEach((cell, i) => {
    if (!editable(i)) return
    if (cell === '(') open.push(i)
    else if (cell === ')' && open.length > 0) pairs.push([open.pop()!, i])
  })
  for (const [start, end] of pairs) {
    if (!touchesCjk(cells, start, end)) continue
    cells[start] = '（'
    cells[end] = '）'
    dropSpaces(cells, start, -1, editable)
    dropSpaces(cells, end, 1, editable)
  }
}

/** Opening mark → its closing mark. Straight quotes open and close alike. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' }
const CLOSING_QUOTES = new Set(Object.values(QUOTE_PAIRS))
const isOpeningQuote = (cell: string) => Object.hasOwn(QUOTE_PAIRS, cell)

function convertQuotes(cells: Cells, editable: (i: number) => boolean, marks: (typeof QUOTES)[Locale]): void {
  const pairs = findQuotePairs(cells, editable).filter(([open, close]) => touchesCjk(cells, open, close))
  const enclosing: number[] = []
  for (const [open, close] of pairs) {
    while (enclosing.length > 0 && enclosing.at(-1)! < open) enclosing.pop()
    const [left, right] = marks[enclosing.length % 2]!
    cells[open] = left
    cells[close] = right
    enclosing.push(close)
  }
}

/**
 * Quote pairs sorted by opening position. A closing mark closes the innermost open mark if that
 * is of its kind, and is ignored otherwise (an apostrophe, as in DeepSeek’s, or a crossed pair),
 * so a second run finds the same pairs. A straight quote right after `=` is an HTML attribute
 * value, not speech, and is skipped together with its partner.
 */
function findQuotePairs(cells: Cells, editable: (i: number) => boolean): [number, number][] {
  const open: number[] = []
  const pairs: [number, number][] = []
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!
    if (!editable(i) || !(isOpeningQuote(cell) || CLOSING_QUOTES.has(cell))) continue
    if (cell === '"' && previousNonSpace(cells, i) === '=') {
      i = Math.max(i, cells.indexOf('"', i + 1))
      continue
    }
    const innermost = open.at(-1)
    if (innermost !== undefined && QUOTE_PAIRS[cells[innermost]!] === cell) pairs.push([open.pop()!, i])
    else if (isOpeningQuote(cell)) open.push(i)
  }
  return pairs.sort((a, b) => a[0] - b[0])
}
