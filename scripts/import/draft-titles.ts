/**
 * Titles from the text: a heading whole when it fits, a paragraph's lead clause (past the words
 * that only set the scene: 不過, 值得注意的是, 截至2024年底), a caption without its pointer to the
 * table (見下表). Cut after a word when a title must be cut, with "…". Pure.
 */
import { opensOnly } from './openers.ts'
import { balanceQuotes, displayWidth, shorten, splitAt, splitSentences, trimPunctuation, type WordBreaks } from './text-units.ts'

/** One line of a slide title at the title's size. */
export const TITLE_WIDTH = 24


export interface TitleOptions {
  /** The widest title (full-width characters); one line of a slide title by default. */
  width?: number
  /** Word ends, so that a cut never falls inside a word. */
  breaks?: WordBreaks
}

/** A heading as a slide title: whole when it fits, else cut. Never empty: a line of marks is its own title. */
export function shortTitle(text: string, { width = TITLE_WIDTH, breaks }: TitleOptions = {}): string {
  const cut = shorten(trimPunctuation(text), width, breaks)
  return (cut.endsWith('…') ? cut : balanceQuotes(cut)) || shorten(text.trim(), width, breaks) || '…'
}

/**
 * A paragraph's lead clause as a title: past a connective or a setting when more follows, and
 * with the next clause when it is only a word or two (首先，人才短缺).
 */
export function leadTitle(paragraph: string, options: TitleOptions = {}): string {
  // The lead runs to the first comma or colon: an enumeration (、) stays whole until shortened.
  const clauses = splitAt(splitSentences(paragraph)[0] ?? paragraph, '，,：:')
  let first = 0
  // A clause that introduces a quotation (發言人表示：“…”) stays: it says who is speaking.
  while (first < Math.min(2, clauses.length - 1) && opensOnly(trimPunctuation(clauses[first]!)) && !/[：:]\s*$/.test(clauses[first]!)) first++
  let lead = clauses[first] ?? paragraph
  if (displayWidth(trimPunctuation(lead)) < 6 && clauses[first + 1]) lead += clauses[first + 1]
  return shortTitle(lead, options)
}

/** The words that introduce figures, as the chart's title: 下表列出近年的加幅：, 零售額較快增長，見下表：. */
export function captionTitle(caption: string, options: TitleOptions = {}): string {
  const text = trimPunctuation(caption)
    .replace(/^(?:下表|下图|下圖|表\s*\d+|图\s*\d+|圖\s*\d+)(?:列出了|列出|显示了|顯示了|显示|顯示|给出了|給出了|为|為|是)?/, '')
    .replace(/[，,]?\s*(?:(?:详见|詳見|参见|參見|见|見|如|列于|列於)(?:下表|下图|下圖|表\s*\d+|图\s*\d+|圖\s*\d+)|如下(?:表|图|圖)?)(?:所示)?$/, '')
  return text ? leadTitle(text, options) : shortTitle(caption, options)
}
