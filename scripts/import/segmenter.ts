/**
 * The importer's language tools, loaded once at the edge and handed to the pure drafting stage:
 * @node-rs/jieba for words, parts of speech and TF-IDF keywords, and OpenCC for the Simplified
 * copy that jieba reads. jieba's dictionary and IDF table are Simplified and Traditional text
 * segments poorly, so every text is segmented as its t2s copy; the article itself stays verbatim.
 */
import { createRequire } from 'node:module'
import { Jieba, TfIdf } from '@node-rs/jieba'
import * as OpenCC from 'opencc-js'
import { openccConverter } from '../localise/convert.ts'

export interface TaggedWord {
  word: string
  /** jieba's part of speech: n noun, v verb, m numeral, x punctuation or unknown, … */
  tag: string
}

export interface Keyword {
  keyword: string
  weight: number
}

/** What drafting asks of a segmenter; tests may pass a stub. */
export interface Segmenter {
  /** The Simplified copy of a text, for segmenting (t2s). */
  toSimplified(text: string): string
  /** A Simplified text in OpenCC's standard Traditional characters (s2t). */
  toTraditional(text: string): string
  /** Dictionary words with their parts of speech; no guessed words. */
  tag(simplified: string): TaggedWord[]
  /** Words, with jieba's HMM guessing the ones its dictionary lacks. */
  cutGuessing(simplified: string): string[]
  /** TF-IDF keywords of a Simplified text, best first. */
  keywords(simplified: string, top: number): Keyword[]
  /** How often the dictionary saw `word`; 0 for a word it does not know. */
  frequency(word: string): number
}

/**
 * Where a title may be cut (on the text's Simplified copy): after a noun, or before a preposition,
 * adverb or conjunction, so that a cut title ends on a phrase (…商品詳情頁模板…), not inside one.
 */
export function wordBreaks(segmenter: Segmenter): (text: string) => number[] {
  return text => {
    const simplified = segmenter.toSimplified(text)
    if (simplified.length !== text.length) return []
    const words = segmenter.tag(simplified)
    const breaks: number[] = []
    let at = 0
    words.forEach((word, i) => {
      at += word.word.length
      if (/^(?:n|vn|eng|f)/.test(word.tag) || /^[pdc]$/.test(words[i + 1]?.tag ?? '')) breaks.push(at)
    })
    return breaks
  }
}

let loaded: Segmenter | undefined

/** jieba's dictionaries (about 0.3 s) and two OpenCC converters, once per process. */
export function loadSegmenter(): Segmenter {
  if (loaded) return loaded
  // The package has no exports map: its dictionary module is reached by path (NOTES.md).
  const require = createRequire(import.meta.url)
  const { dict, idf } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array; idf: Uint8Array }
  const jieba = Jieba.withDict(dict)
  const tfidf = TfIdf.withDict(idf)
  const frequency = dictionaryLookup(Buffer.from(dict).toString('utf8'))
  const t2s = openccConverter('t2s')
  const s2t = OpenCC.Converter({ from: 'cn', to: 't' })
  loaded = {
    toSimplified: t2s,
    toTraditional: s2t,
    tag: text => jieba.tag(text, false),
    cutGuessing: text => jieba.cut(text, true),
    keywords: (text, top) => tfidf.extractKeywords(jieba, text, top),
    frequency,
  }
  return loaded
}

/**
 * Frequencies from jieba's `word frequency tag` lines, indexed on the first question (about
 * 0.2 s): typo hunting asks about hundreds of candidate words, most of them not words at all.
 */
function dictionaryLookup(text: string): (word: string) => number {
  let index: Map<string, number> | undefined
  return word => {
    index ??= indexDictionary(text)
    return index.get(word) ?? 0
  }
}

function indexDictionary(text: string): Map<string, number> {
  const index = new Map<string, number>()
  let at = 0
  while (at < text.length) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)
    const space = text.indexOf(' ', at)
    if (space > at && space < end) index.set(text.slice(at, space), Number.parseInt(text.slice(space + 1, end), 10))
    at = end + 1
  }
  return index
}
