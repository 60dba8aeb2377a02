/**
 * How a paragraph is numbered: the marker it opens with (一、 （二） 3. 第四， 五是 首先 ⑥), the
 * numbering style the marker belongs to, and its ordinal. A numbered list is a run of paragraphs
 * of one style whose ordinals follow each other. Pure.
 */

/** The ways Chinese articles number headings and list items. */
export type NumberingStyle = '一、' | '（一）' | '（1）' | '1.' | '第一，' | '一是' | '首先' | '①'

export interface Numbering {
  style: NumberingStyle
  /** The marker as written: "二、", "（3）", "最後". */
  marker: string
  /** 1, 2, 3, …; `last` for 最後/最后, which closes a 首先 run whatever came before. */
  ordinal: number | 'last'
}

const NUMERAL = '[〇一二三四五六七八九十两兩]+'
const SEQUENCE_WORDS: Record<string, number | 'last'> = { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最後: 'last', 最后: 'last' }

const PATTERNS: [NumberingStyle, RegExp][] = [
  ['（一）', new RegExp(`^[（(](${NUMERAL})[）)]`)],
  ['（1）', /^[（(](\d{1,2})[）)]/],
  ['一、', new RegExp(`^(${NUMERAL})、`)],
  // 1.5億 opens with a number, not a marker.
  ['1.', /^(\d{1,2})(?:[.．](?!\d)|[、)）])/],
  ['第一，', new RegExp(`^第(${NUMERAL})[，,、：:]`)],
  ['一是', new RegExp(`^(${NUMERAL})是`)],
  ['①', /^([\u2460-\u2473])/u],
]

export function numberingOf(text: string): Numbering | undefined {
  for (const [style, pattern] of PATTERNS) {
    const m = pattern.exec(text)
    if (!m) continue
    const ordinal = style === '①' ? m[1]!.codePointAt(0)! - 0x2460 + 1 : /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!)
    if (ordinal !== undefined) return { style, marker: m[0], ordinal }
  }
  const word = /^(首先|其次|再次|再者|最後|最后)/.exec(text)?.[1]
  return word ? { style: '首先', marker: word, ordinal: SEQUENCE_WORDS[word]! } : undefined
}

/** 一 … 九十九 (十一, 二十, 兩); undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  const digit = (c: string | undefined) => (c === undefined ? undefined : '〇一二三四五六七八九'.indexOf(c.replace(/[两兩]/, '二')))
  if (text.length === 1 && text !== '十') {
    const d = digit(text)
    return d !== undefined && d >= 0 ? d : undefined
  }
  const m = /^([一二三四五六七八九两兩])?十([一二三四五六七八九])?$/.exec(text)
  if (!m) return undefined
  return (m[1] ? digit(m[1])! : 1) * 10 + (m[2] ? digit(m[2])! : 0)
}

/** Whether `next` continues a list of `first`'s style right after `previous`. */
export function continuesList(first: Numbering, previous: Numbering, next: Numbering | undefined): boolean {
  if (!next || next.style !== first.style || previous.ordinal === 'last') return false
  return next.ordinal === 'last' || next.ordinal === previous.ordinal + 1
}

/** What a style looks like in a comment: 一、二、三、 */
export function describeStyle(style: NumberingStyle): string {
  const examples: Record<NumberingStyle, string> = {
    '一、': '一、二、三、',
    '（一）': '（一）（二）（三）',
    '（1）': '（1）（2）（3）',
    '1.': '1. 2. 3.',
    '第一，': '第一，第二，第三，',
    '一是': '一是、二是、三是',
    '首先': '首先、其次、最後',
    '①': '①②③',
  }
  return examples[style]
}
