/**
 * Which words of a paragraph a quote slide shows: a passage in quotation marks (“…”「…」‘…’『…』)
 * that someone said or wrote, with as much of its sentence as fits. Pure.
 */
import { displayWidth, quotedPassages, splitClauses, splitSentences, trimPunctuation } from './text-units.ts'

/** A quote longer than this crowds its slide. */
export const MAX_QUOTE_WIDTH = 80
/** Quoted words shorter than this (“虛擬”) are emphasis, not a passage worth a slide. */
const MIN_QUOTE_WIDTH = 6
/** A quotation not introduced as speech is a passage when it has this many characters (a sentence, not a slogan). */
const MIN_PASSAGE_HAN = 15

/**
 * The passage to show: the sentence holding the longest quotation, or as many of its clauses
 * as fit, or the quotation alone. Always a substring of the paragraph.
 */
export function quoteOf(paragraph: string): string | undefined {
  const passages = quotedPassages(paragraph).filter(p => isPassage(paragraph, p) && p.end - p.start < paragraph.length - 2)
  if (passages.length === 0) return undefined
  const longest = passages.reduce((a, b) => (displayWidth(b.text) > displayWidth(a.text) ? b : a))
  const marked = paragraph.slice(longest.start, longest.end)
  const sentence = splitSentences(paragraph).find(s => s.includes(marked))
  if (sentence && displayWidth(trimPunctuation(sentence)) <= MAX_QUOTE_WIDTH) return trimPunctuation(sentence)
  if (sentence) {
    const clauses = splitClauses(sentence)
    const at = clauses.findIndex(c => c.includes(marked))
    if (at >= 0) {
      let run = clauses[at]!
      for (let i = at - 1; i >= 0 && displayWidth(trimPunctuation(clauses[i]! + run)) <= MAX_QUOTE_WIDTH; i--) run = clauses[i]! + run
      if (displayWidth(trimPunctuation(run)) <= MAX_QUOTE_WIDTH) return trimPunctuation(run)
    }
  }
  return displayWidth(marked) <= MAX_QUOTE_WIDTH ? marked : undefined
}

/** A verb or colon that introduces what someone said or wrote: 表示：“…”, 說「…」. */
const SAYS = /(?:[:：]|说|說|表示|指出|认为|認為|强调|強調|称|稱|坦言|直言|写道|寫道|提到|提出|形容|感叹|感嘆|呼吁|呼籲)\s*$/u

/**
 * A passage someone said or wrote, worth a quote slide: introduced as speech (表示：“…”), or a
 * sentence of its own. A short term or slogan in quotation marks (“新三樣”, “換新容易回收難”) is
 * emphasis, and code (“{{ price }}”) is no passage at all.
 */
function isPassage(paragraph: string, passage: { text: string; start: number }): boolean {
  const han = passage.text.match(/\p{Script=Han}/gu)?.length ?? 0
  if (displayWidth(passage.text) < MIN_QUOTE_WIDTH || han < 4 || /[{}<>=]/.test(passage.text)) return false
  return SAYS.test(paragraph.slice(0, passage.start)) || han >= MIN_PASSAGE_HAN
}

/** Whether the end of one text is the start of the other (a bullet that repeats part of the quote). */
export function overlaps(a: string, b: string): boolean {
  for (let k = Math.min(a.length, b.length) - 1; k >= 6; k--) if (a.endsWith(b.slice(0, k)) || b.endsWith(a.slice(0, k))) return true
  return false
}
