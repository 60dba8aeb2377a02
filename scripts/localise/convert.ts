/**
 * Script and vocabulary conversion with OpenCC (opencc-js). Pure functions over text; every
 * converter is built once per process and cached, because loading a dictionary trie is the slow
 * part (hundreds of milliseconds), while converting a string is fast.
 *
 * Every chain starts from Simplified: a Traditional source that keeps mainland vocabulary and
 * s→t artefacts (游戲, 復雜, 基于) is first taken to Simplified with t2s, which collapses those
 * artefacts to one form (游戏, 复杂, 基于), and the regional converters then rebuild the
 * characters and words the way each region writes them (遊戲, 複雜, 基於).
 */
import * as OpenCC from 'opencc-js'
import CJKCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs'
import STCharacters from 'opencc-js/dict/STCharacters'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import type { Locale } from '../core/locales.ts'

export type Convert = (text: string) => string

/** The script a text is written in: Traditional (Hant) or Simplified (Hans). */
export type Script = 'Hant' | 'Hans'

/**
 * The upstream OpenCC configurations Deckwright runs, each with the opencc-js locale pair that
 * implements it (mapping from shared/conformance/opencc/README.md). The conformance test runs
 * OpenCC's own cases through every one of them.
 */
export const OPENCC_CONFIGS = {
  /** Traditional → Simplified (mainland), characters and phrases. */
  t2s: { from: 't', to: 'cn' },
  /** Simplified → Taiwan Traditional, with Taiwan vocabulary (軟件 → 軟體). */
  s2twp: { from: 'cn', to: 'twp' },
  /** Simplified → Hong Kong Traditional: characters only, since OpenCC's HK phrase table is nearly empty. */
  s2hk: { from: 'cn', to: 'hk' },
  /** Traditional → Taiwan character forms (names only). */
  t2tw: { from: 't', to: 'tw' },
  /** Traditional → Hong Kong character forms (names only). */
  t2hk: { from: 't', to: 'hk' },
} as const

export type OpenccConfig = keyof typeof OPENCC_CONFIGS

/**
 * Character-only steps for names, which are not OpenCC configurations: the character tables
 * without the phrase tables, so 潘宏勝 becomes 潘宏胜 but no word inside a name is "translated".
 */
type CharacterStep = 'Hant-characters-to-Hans' | 'Hans-characters-to-Hant'
type Step = OpenccConfig | CharacterStep

/** The chain that turns running text into each locale's script and vocabulary. */
const TEXT_CHAINS: Record<Script, Record<Locale, readonly Step[]>> = {
  Hant: { 'zh-Hans-CN': ['t2s'], 'zh-Hant-TW': ['t2s', 's2twp'], 'zh-Hant-HK': ['t2s', 's2hk'] },
  Hans: { 'zh-Hans-CN': [], 'zh-Hant-TW': ['s2twp'], 'zh-Hant-HK': ['s2hk'] },
}

/** The chain for people's names: the locale's script, never its vocabulary. */
const NAME_CHAINS: Record<Script, Record<Locale, readonly Step[]>> = {
  Hant: { 'zh-Hans-CN': ['Hant-characters-to-Hans'], 'zh-Hant-TW': ['t2tw'], 'zh-Hant-HK': ['t2hk'] },
  Hans: {
    'zh-Hans-CN': [],
    'zh-Hant-TW': ['Hans-characters-to-Hant', 't2tw'],
    'zh-Hant-HK': ['Hans-characters-to-Hant', 't2hk'],
  },
}

const built = new Map<string, Convert>()

function cached(key: string, build: () => Convert): Convert {
  let convert = built.get(key)
  if (!convert) {
    convert = build()
    built.set(key, convert)
  }
  return convert
}

/**
 * Lets the built converters go (about 100 MB of dictionary tries). A one-shot run calls this once
 * every deck is localised, so the memory is free before the build and the browser start.
 */
export function releaseConverters(): void {
  built.clear()
}

/** The opencc-js converter for one upstream OpenCC configuration. */
export function openccConverter(config: OpenccConfig): Convert {
  return cached(config, () => OpenCC.Converter(OPENCC_CONFIGS[config]))
}

function stepConverter(step: Step): Convert {
  if (step === 'Hant-characters-to-Hans')
    return cached(step, () => OpenCC.ConverterFactory([CJKCompatibilityIdeographs], [TSCharacters]))
  if (step === 'Hans-characters-to-Hant')
    return cached(step, () => OpenCC.ConverterFactory([CJKCompatibilityIdeographs], [STCharacters]))
  return openccConverter(step)
}

function chainConverter(steps: readonly Step[]): Convert {
  const converters = steps.map(stepConverter)
  return text => converters.reduce((result, convert) => convert(result), text)
}

/** Converts running text from the source script into a locale's script and vocabulary. */
export function textConverter(locale: Locale, source: Script): Convert {
  return cached(`text:${source}:${locale}`, () => chainConverter(TEXT_CHAINS[source][locale]))
}

/** Converts a person's name into a locale's script, character by character. */
export function nameConverter(locale: Locale, source: Script): Convert {
  return cached(`name:${source}:${locale}`, () => chainConverter(NAME_CHAINS[source][locale]))
}

/**
 * The script a short text is written in, from its characters: those only Traditional writing uses
 * (the Traditional → Simplified table changes them) against those only Simplified writing uses.
 * A text with neither (Latin, or characters both scripts share) counts as Traditional; either
 * answer converts it the same.
 */
export function detectScript(text: string): Script {
  const changed = (convert: Convert) => [...text].filter(char => convert(char) !== char).length
  const traditional = changed(stepConverter('Hant-characters-to-Hans'))
  const simplified = changed(stepConverter('Hans-characters-to-Hant'))
  return simplified > traditional ? 'Hans' : 'Hant'
}

/** The OpenCC configurations behind a locale's text chain, for tests and documentation. */
export function textChainOf(locale: Locale, source: Script): readonly Step[] {
  return TEXT_CHAINS[source][locale]
}
