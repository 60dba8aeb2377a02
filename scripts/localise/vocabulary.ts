/**
 * The vocabulary check: words in a locale's deck that belong to another region (軟件 in a
 * Taiwan deck, 伺服器 in a mainland one), with the locale's own word to use instead. Pure: the
 * regional word pairs and the glossary in, warnings out.
 *
 * Each locale gets a lexicon: every form of every pair in the locale's script, marked at home
 * (the locale's own forms, the words it shares, the glossary's words) or foreign. The deck's
 * text is read taking the longest known word at each place, so a longer word at home (大數據)
 * keeps a shorter foreign one inside it (數據 in a Taiwan deck) from counting.
 */
import { LOCALE_REGION, REGIONS, type Locale, type Region } from '../core/locales.ts'
import { nameConverter, openccConverter, type SourceKind } from './convert.ts'
import type { Glossary } from './glossary.ts'
import type { RegionalWords } from './regional-words.ts'

/** A word of another region in a locale's deck. */
export interface VocabularyWarning {
  /** 1-based slide number. */
  slide: number
  /** The word as it stands in the deck. */
  word: string
  /** The region whose word it is. */
  region: Region
  /** The locale's own word for it. */
  suggestion: string
}

/** A slide's text: title, every string on it, its notes. */
export interface SlideText {
  slide: number
  texts: readonly string[]
}

export interface Lexicon {
  /** Every known word by its first character, longest first. */
  byFirst: Map<string, string[]>
  /** Where a foreign word comes from and what to write instead; absent for a word at home. */
  foreign: Map<string, { region: Region; suggestion: string }>
}

/**
 * The spellings a word written in `from`'s script and character forms can take in `locale`'s
 * text: in a Traditional deck, OpenCC's standard characters (說, 戶: an author's own text) and
 * the region's (説, 户 in Hong Kong: text that went through s2hkp).
 */
function spellings(locale: Locale, from: Region): (word: string) => string[] {
  const to = LOCALE_REGION[locale]
  if (to === 'CN') return from === 'CN' ? word => [word] : word => [openccConverter('t2s')(word)]
  // A mainland word takes Traditional characters one by one: the words are short, and the
  // character table is far lighter to load than s2t's phrase table.
  const standard = from === 'CN' ? nameConverter('zh-Hant-TW', { script: 'Hans', region: 'CN' }) : openccConverter(from === 'TW' ? 'tw2t' : 'hk2t')
  const regional = openccConverter(to === 'TW' ? 't2tw' : 't2hk')
  return (word) => {
    const plain = from === to ? word : standard(word)
    return [...new Set([from === to ? word : plain, regional(plain)])]
  }
}

/** The words a glossary puts in a locale's text: they are the deck's choice, never flagged. */
export function glossaryWords(glossary: Glossary, locale: Locale, source: SourceKind): string[] {
  return glossary.entries.flatMap((entry) => {
    if (entry.kind === 'protect') return [entry.match]
    if (entry.kind === 'name') return [nameConverter(locale, source)(entry.match)]
    const replacement = entry.replacements[locale]
    return replacement === undefined ? [] : [replacement]
  })
}

export function localeLexicon(words: Pick<RegionalWords, 'words' | 'shared'>, locale: Locale, atHome: readonly string[]): Lexicon {
  const region = LOCALE_REGION[locale]
  const spell = Object.fromEntries(REGIONS.map(from => [from, spellings(locale, from)])) as Record<Region, (word: string) => string[]>
  const home = new Set([...words.shared[locale].flatMap(spell[region]), ...atHome])
  const foreign = new Map<string, { region: Region; suggestion: string }>()
  for (const word of words.words) {
    const own = word[region].flatMap(spell[region])
    own.forEach(form => home.add(form))
    for (const from of REGIONS) {
      if (from === region) continue
      for (const form of word[from].flatMap(spell[from])) {
        if (!own.includes(form) && !foreign.has(form)) foreign.set(form, { region: from, suggestion: word[region][0]! })
      }
    }
  }
  for (const form of home) foreign.delete(form)
  const byFirst = new Map<string, string[]>()
  for (const word of [...home, ...foreign.keys()]) {
    const first = String.fromCodePoint(word.codePointAt(0)!)
    byFirst.set(first, [...byFirst.get(first) ?? [], word])
  }
  for (const words of byFirst.values()) words.sort((a, b) => b.length - a.length)
  return { byFirst, foreign }
}

/** Foreign words per slide, each word once per slide, in reading order. */
export function findForeignWords(slides: readonly SlideText[], lexicon: Lexicon): VocabularyWarning[] {
  const warnings: VocabularyWarning[] = []
  for (const { slide, texts } of slides) {
    const seen = new Set<string>()
    for (const word of texts.flatMap(text => knownWords(text, lexicon))) {
      const foreign = lexicon.foreign.get(word)
      if (!foreign || seen.has(word)) continue
      seen.add(word)
      warnings.push({ slide, word, ...foreign })
    }
  }
  return warnings
}

/**
 * The lexicon's words in `text`, read left to right taking the longest word at each place (as
 * OpenCC segments), so a word at home (大數據) hides the shorter words inside it (數據).
 */
function knownWords(text: string, lexicon: Lexicon): string[] {
  const found: string[] = []
  for (let at = 0; at < text.length;) {
    const first = String.fromCodePoint(text.codePointAt(at)!)
    const word = lexicon.byFirst.get(first)?.find(candidate => text.startsWith(candidate, at))
    if (word) found.push(word)
    at += word ? word.length : first.length
  }
  return found
}
