/**
 * Chinese typography per locale, applied after conversion. Pure: text in, text out.
 *
 * - Half-width , : ; ! ? next to a Chinese character become full-width (， ： ； ！ ？); so do
 *   ( ) pairs that enclose or touch Chinese text: 深度求索(DeepSeek) → 深度求索（DeepSeek）.
 *   Spaces between such a mark and the text around it go, since full-width marks carry their
 *   own spacing.
 * - Quotation pairs around or next to Chinese text take the locale's marks by nesting depth:
 *   “ ” then ‘ ’ in zh-Hans-CN, 「 」 then 『 』 in zh-Hant-TW and zh-Hant-HK.
 * - Only punctuation of the Chinese prose changes; an ASCII run (printable ASCII without spaces:
 *   a URL, an e-mail address, f(x), alert(1), 3.5GHz, a link target `](https://…)`) stays byte
 *   for byte. A mark is part of the run when it stands between two of its characters (1,000,
 *   10:30, a?b=1), a bracket or straight quote when it opens right after one (f(x), f("x"), ](…)),
 *   and a parenthesis pair with ASCII-only content is the prose's only when it holds plain words
 *   (DeepSeek, AI) rather than code or an address.
 * - Anything else is left alone: ASCII-only text (`US$2.5B to $3B`, `{{ total }}`, HTML), and
 *   spaces around + in 技術極客 + 自由資本.
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

const SENTENCE_MARKS = ',:;!?'

function convertPunctuation(cells: Cells, editable: (i: number) => boolean): void {
  cells.forEach((cell, i) => {
    if (cell === '' || !SENTENCE_MARKS.includes(cell) || !editable(i)) return
    if (!isCjk(neighbour(cells, i - 1, -1)) && !isCjk(neighbour(cells, i + 1, 1))) return
    if (insideAsciiRun(cells, i)) return
    cells[i] = FULL_WIDTH[cell]!
    dropSpaces(cells, i, -1, editable)
    dropSpaces(cells, i, 1, editable)
  })
}

/** Printable ASCII other than the space: what an ASCII run (URL, identifier, number) is made of. */
function isAsciiInk(cell: string | undefined): boolean {
  return cell !== undefined && cell.length === 1 && cell > ' ' && cell <= '~'
}

/**
 * Whether the sentence mark at `at`, with the marks right beside it (`!!`, `?!`), stands between
 * two characters of one ASCII run: 1,000, 10:30, https://, a?b=1. Such a mark is the run's own.
 */
function insideAsciiRun(cells: Cells, at: number): boolean {
  let start = at
  let end = at
  while (start > 0 && SENTENCE_MARKS.includes(cells[start - 1]!)) start--
  while (end + 1 < cells.length && SENTENCE_MARKS.includes(cells[end + 1]!)) end++
  return isAsciiInk(cells[start - 1]) && isAsciiInk(cells[end + 1])
}

/**
 * An opening bracket or straight quote right after an ASCII character, other marks between them
 * aside, belongs to that run: f(x), alert(1), f("x"), a link target ](https://…). So does a
 * closing one right before a letter or digit: (a)b. Marks are skipped rather than looked at,
 * since this pass may turn them full-width, and a second run must decide the same way.
 */
function gluedToAscii(cells: Cells, open: number, close: number): boolean {
  let before = open - 1
  while (before >= 0 && (cells[before] === '' || MARKS.has(cells[before]!))) before--
  return isAsciiInk(cells[before]) || /^[A-Za-z0-9]$/.test(cells[close + 1] ?? '')
}

/** Words a Chinese sentence may put in brackets or quotes: DeepSeek, AI, Open Source, 3.5 GHz. */
const PLAIN_WORDS = /^[A-Za-z0-9][A-Za-z0-9 .'&-]*$/

function holdsCjk(cells: Cells, open: number, close: number): boolean {
  return cells.slice(open + 1, close).some(cell => !MARKS.has(cell) && isCjk(cell))
}

/**
 * Whether a bracket or straight-quote pair is punctuation of the Chinese prose: it touches or
 * holds Chinese text, and it is not the syntax of an ASCII run around or inside it.
 */
function belongsToProse(cells: Cells, open: number, close: number): boolean {
  if (holdsCjk(cells, open, close)) return true
  if (!touchesCjk(cells, open, close) || gluedToAscii(cells, open, close)) return false
  return PLAIN_WORDS.test(cells.slice(open + 1, close).join('').trim())
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
    if (!belongsToProse(cells, start, end)) continue
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
  const pairs = findQuotePairs(cells, editable).filter(([open, close]) => isProseQuote(cells, open, close))
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
 * Curly and corner quotes are always prose; straight quotes only as `belongsToProse` says, since
 * f("x") and a="b" are code.
 */
function isProseQuote(cells: Cells, open: number, close: number): boolean {
  return cells[open] === '"' ? belongsToProse(cells, open, close) : touchesCjk(cells, open, close)
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
