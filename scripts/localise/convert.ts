/**
 * Script and vocabulary conversion with OpenCC (opencc-js). Pure functions over text; every
 * converter is built once per process and cached, because loading a dictionary trie is the slow
 * part (hundreds of milliseconds), while converting a string is fast.
 *
 * The chain for a locale depends on the source's script and region:
 * - A mainland source, in either script, goes through Simplified: a Traditional text with
 *   mainland vocabulary usually comes from an s→t conversion and keeps its artefacts (游戲,
 *   復雜, 基于); t2s collapses them to one form (游戏, 复杂, 基于), and s2twp / s2hkp rebuild the
 *   characters and words the way each region writes them (遊戲, 複雜, 基於).
 * - A Taiwan or Hong Kong source is written in its region's Traditional already. It reaches the
 *   mainland through its region's phrases reversed (tw2sp, hk2sp), the other Traditional region
 *   through its characters with its own region's phrases reversed and the other's applied
 *   (Taiwan → Hong Kong: 軟體 → 軟件, 伺服器 stays), and its own region as written.
 * - A Simplified source from Taiwan or Hong Kong is first given its region's Traditional
 *   characters (s2tw, s2hk: characters only, its words kept), then takes the Traditional chain.
 */
import * as OpenCC from 'opencc-js'
import CJKCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs'
import STCharacters from 'opencc-js/dict/STCharacters'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import type { Locale, Region } from '../core/locales.ts'

export type Convert = (text: string) => string

/** The script a text is written in: Traditional (Hant) or Simplified (Hans). */
export type Script = 'Hant' | 'Hans'


/** What the source text is written in, from the article's meta.source. */
export interface SourceKind {
  script: Script
  region: Region
}

type Preset = 'cn' | 't' | 'tw' | 'twp' | 'hk' | 'hkp'

/**
 * The upstream OpenCC configurations Deckwright runs, each with the opencc-js locale pair that
 * implements it. The conformance test runs OpenCC's own cases (tests/fixtures/opencc/) through
 * every one of them.
 */
export const OPENCC_CONFIGS = {
  /** Traditional → Simplified (mainland), characters and phrases. */
  t2s: { from: 't', to: 'cn' },
  /** Simplified → Taiwan Traditional, with Taiwan vocabulary (軟件 → 軟體). */
  s2twp: { from: 'cn', to: 'twp' },
  /** Simplified → Hong Kong Traditional with OpenCC's Hong Kong phrases (服務器 → 伺服器, 鼠標 → 滑鼠). */
  s2hkp: { from: 'cn', to: 'hkp' },
  /** Taiwan Traditional → Simplified, Taiwan vocabulary back to the mainland's (軟體 → 软件). */
  tw2sp: { from: 'twp', to: 'cn' },
  /** Hong Kong Traditional → Simplified, Hong Kong phrases back to the mainland's (伺服器 → 服务器). */
  hk2sp: { from: 'hkp', to: 'cn' },
  /** Simplified → Taiwan character forms, words kept (a Simplified Taiwan source). */
  s2tw: { from: 'cn', to: 'tw' },
  /** Simplified → Hong Kong character forms, words kept (a Simplified Hong Kong source). */
  s2hk: { from: 'cn', to: 'hk' },
  /** Traditional → Taiwan character forms (names). */
  t2tw: { from: 't', to: 'tw' },
  /** Traditional → Hong Kong character forms (names). */
  t2hk: { from: 't', to: 'hk' },
  /** Taiwan character forms → OpenCC's standard Traditional (names). */
  tw2t: { from: 'tw', to: 't' },
  /** Hong Kong character forms → OpenCC's standard Traditional (names). */
  hk2t: { from: 'hk', to: 't' },
} as const satisfies Record<string, { from: Preset; to: Preset }>

export type OpenccConfig = keyof typeof OPENCC_CONFIGS

/**
 * Traditional → Traditional across regions. OpenCC has no configuration for these; opencc-js
 * composes them from the same dictionaries as the configurations named, which the conformance
 * test checks by going on to the mainland: tw2hk then hk2sp must give tw2sp's expected output.
 */
export const CROSS_REGION_STEPS = {
  /** Taiwan → Hong Kong: tw2sp's reversal of Taiwan phrases, then s2hkp's Hong Kong phrases and forms. */
  tw2hk: { from: 'twp', to: 'hkp' },
  /** Hong Kong → Taiwan: hk2sp's reversal of Hong Kong phrases, then s2twp's Taiwan phrases and forms. */
  hk2tw: { from: 'hkp', to: 'twp' },
} as const satisfies Record<string, { from: Preset; to: Preset }>

export type CrossRegionStep = keyof typeof CROSS_REGION_STEPS

/**
 * Character-only steps for names, which are not OpenCC configurations: the character tables
 * without the phrase tables, so 潘宏勝 becomes 潘宏胜 but no word inside a name is "translated".
 */
type CharacterStep = 'Hant-characters-to-Hans' | 'Hans-characters-to-Hant'
export type Step = OpenccConfig | CrossRegionStep | CharacterStep

type SourceKey = `${Script}-${Region}`
type Chains = Record<SourceKey, Record<Locale, readonly Step[]>>

/** The chain that turns running text into each locale's script and vocabulary (README: "Locales"). */
const TEXT_CHAINS: Chains = {
  'Hant-CN': { 'zh-Hans-CN': ['t2s'], 'zh-Hant-TW': ['t2s', 's2twp'], 'zh-Hant-HK': ['t2s', 's2hkp'] },
  'Hans-CN': { 'zh-Hans-CN': [], 'zh-Hant-TW': ['s2twp'], 'zh-Hant-HK': ['s2hkp'] },
  'Hant-TW': { 'zh-Hans-CN': ['tw2sp'], 'zh-Hant-TW': [], 'zh-Hant-HK': ['tw2hk'] },
  'Hans-TW': { 'zh-Hans-CN': ['s2tw', 'tw2sp'], 'zh-Hant-TW': ['s2tw'], 'zh-Hant-HK': ['s2tw', 'tw2hk'] },
  'Hant-HK': { 'zh-Hans-CN': ['hk2sp'], 'zh-Hant-TW': ['hk2tw'], 'zh-Hant-HK': [] },
  'Hans-HK': { 'zh-Hans-CN': ['s2hk', 'hk2sp'], 'zh-Hant-TW': ['s2hk', 'hk2tw'], 'zh-Hant-HK': ['s2hk'] },
}

/** The chain for people's names: the locale's script and character forms, never its vocabulary. */
const HANT_NAMES = { 'zh-Hans-CN': ['Hant-characters-to-Hans'], 'zh-Hant-TW': ['t2tw'], 'zh-Hant-HK': ['t2hk'] } as const
const HANS_NAMES = {
  'zh-Hans-CN': [],
  'zh-Hant-TW': ['Hans-characters-to-Hant', 't2tw'],
  'zh-Hant-HK': ['Hans-characters-to-Hant', 't2hk'],
} as const
const NAME_CHAINS: Chains = {
  'Hant-CN': HANT_NAMES,
  'Hant-TW': { ...HANT_NAMES, 'zh-Hant-TW': [], 'zh-Hant-HK': ['tw2t', 't2hk'] },
  'Hant-HK': { ...HANT_NAMES, 'zh-Hant-TW': ['hk2t', 't2tw'], 'zh-Hant-HK': [] },
  'Hans-CN': HANS_NAMES,
  'Hans-TW': HANS_NAMES,
  'Hans-HK': HANS_NAMES,
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

/** The opencc-js converter for one upstream OpenCC configuration or cross-region step. */
export function openccConverter(config: OpenccConfig | CrossRegionStep): Convert {
  const pair = config in OPENCC_CONFIGS ? OPENCC_CONFIGS[config as OpenccConfig] : CROSS_REGION_STEPS[config as CrossRegionStep]
  return cached(config, () => OpenCC.Converter(pair))
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

const keyOf = (source: SourceKind): SourceKey => `${source.script}-${source.region}`

/** Converts running text from the source's script and region into a locale's script and vocabulary. */
export function textConverter(locale: Locale, source: SourceKind): Convert {
  return cached(`text:${keyOf(source)}:${locale}`, () => chainConverter(TEXT_CHAINS[keyOf(source)][locale]))
}

/** Converts a person's name into a locale's script, character by character. */
export function nameConverter(locale: Locale, source: SourceKind): Convert {
  return cached(`name:${keyOf(source)}:${locale}`, () => chainConverter(NAME_CHAINS[keyOf(source)][locale]))
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

/** The OpenCC steps behind a locale's text chain, for tests and documentation. */
export function textChainOf(locale: Locale, source: SourceKind): readonly Step[] {
  return TEXT_CHAINS[keyOf(source)][locale]
}
