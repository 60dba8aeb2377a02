/**
 * OpenCC's own conversion cases, run through the converters Deckwright uses, and then through the
 * localiser with the project glossary on top. Every case must pass except the deviations listed
 * below, each with its reason; a listed deviation that no longer deviates fails too, so the lists
 * stay true.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import {
  CROSS_REGION_STEPS,
  OPENCC_CONFIGS,
  openccConverter,
  textChainOf,
  type CrossRegionStep,
  type OpenccConfig,
  type SourceKind,
  type Step,
} from '../../scripts/localise/convert.ts'
import type { Glossary } from '../../scripts/localise/glossary.ts'
import { readGlossaryFor } from '../../scripts/localise/glossary-file.ts'
import { createConverter } from '../../scripts/localise/localiser.ts'
import { readOpenccCases, type OpenccCase } from './opencc-testcases.ts'

/**
 * Cases opencc-js 1.4.2 does not pass, on purpose: their expected output maps to CJK Extension B
 * characters (𣨼 U+23A3C, 𪢮 U+2A8AE, 𣗊 U+235CA) from OpenCC's TSCharactersExt table, which
 * opencc-js leaves out because most fonts would draw them as tofu boxes. Deckwright's decks are
 * typeset with Noto Sans SC/TC/HK, and a readable common character is the better output.
 */
const UPSTREAM_DEVIATIONS: Partial<Record<OpenccConfig, readonly string[]>> = {
  t2s: [
    'BYVoid_OpenCC_PR_1228_existing_behaviors', // 殢 stays 殢; upstream gives 𣨼 (Ext-B)
    'BYVoid_OpenCC_PR_1229_existing_behaviors', // 圞 stays 圞; upstream gives 𪢮 (Ext-B)
    'BYVoid_OpenCC_PR_464_xi_vs_xi', // 樠谿 → 樠溪; upstream gives 𣗊溪 (Ext-B)
  ],
}

/**
 * The cross-region steps have no upstream cases of their own. Each is checked against the cases
 * of an upstream configuration it can be compared with: going on from Hong Kong to the mainland
 * (tw2hk, then hk2sp) must give tw2sp's expected output, and Hong Kong text from the same
 * Simplified input (s2hkp, then hk2tw) must give s2twp's. Where the detour through the other
 * region's phrases loses something, the case is listed with what happens.
 */
const CROSS_REGION_CHECKS: Record<CrossRegionStep, { config: OpenccConfig; run: (convert: (text: string) => string) => (input: string) => string; deviations: Record<string, string> }> = {
  tw2hk: {
    config: 'tw2sp',
    run: convert => input => openccConverter('hk2sp')(convert(input)),
    deviations: {
      BYVoid_OpenCC_Issue_475_tw2sp: 'a [sic] case: upstream keeps 畫素 and 圖示 in two places on purpose to record a segmentation quirk of tw2sp; both words come back as 像素 and 圖標 here',
      BYVoid_OpenCC_Issue_506: '機會率 is 概率 in Hong Kong\'s phrase table and comes back as 概率; tw2sp alone keeps 机会率',
    },
  },
  hk2tw: {
    config: 's2twp',
    run: convert => input => convert(openccConverter('s2hkp')(input)),
    deviations: {
      case_056_x2x: '梳芙厘 is how Hong Kong writes soufflé; from Hong Kong text it becomes 舒芙蕾, Taiwan\'s word, which is right for a Taiwan reader',
      'nk2028_opencc-js_Issue_37': 'without Simplified segmentation, Taiwan\'s phrase 低級 → 低階 matches inside 低級別 (低階別); s2twp sees 级别 first',
      BYVoid_OpenCC_Issue_1288_acyl_group: 's2twp writes 菸鹼 from the Simplified phrase 烟碱; Traditional 煙鹼 has no such phrase, so 煙 stays',
      BYVoid_OpenCC_Issue_506: 'Hong Kong\'s phrase table makes 機會率 機率 on the way in, so all four probabilities come out 機率',
    },
  },
}

/**
 * The source kinds whose chain for a locale is exactly one upstream configuration: those cases
 * go through the localiser, glossary included, as they would in a deck.
 */
const SOURCE_KINDS: SourceKind[] = (['Hant', 'Hans'] as const).flatMap(script => (['CN', 'TW', 'HK'] as const).map(region => ({ script, region })))
const WHOLE_CHAINS = LOCALES.flatMap(locale => SOURCE_KINDS.flatMap((source) => {
  const chain = textChainOf(locale, source)
  return chain.length === 1 && chain[0]! in OPENCC_CONFIGS ? [{ config: chain[0] as OpenccConfig, locale, source }] : []
}))

/**
 * Cases whose output the project glossary changes on purpose, with the reason. The glossary's
 * 調用 term (zh-Hant-TW) rules itself out after 宏, 數, 式, 法, 統, 程 and before 函 precisely so
 * that code calls keep OpenCC's 呼叫, as in case macro_terms_s2twp (宏调用 → 巨集呼叫).
 */
const GLOSSARY_DEVIATIONS: Partial<Record<OpenccConfig, Record<string, string>>> = {
  tw2sp: {
    BYVoid_OpenCC_PR_1291_tw2sp: 'tw2sp keeps 透過 as 透过; the glossary writes the mainland\'s 通过 for a Taiwan or Hong Kong 透過',
  },
}

const CONFIGS = Object.keys(OPENCC_CONFIGS) as OpenccConfig[]
const cases = readOpenccCases()

function casesFor(config: OpenccConfig): (OpenccCase & { want: string })[] {
  return cases.flatMap(c => (c.expected[config] === undefined ? [] : [{ ...c, want: c.expected[config]! }]))
}

function failingIds(config: OpenccConfig, convert: (text: string) => string): string[] {
  return casesFor(config).filter(c => convert(c.input) !== c.want).map(c => c.id).sort()
}

/** Every step any chain uses, from the chain tables themselves. */
function stepsInUse(): Set<Step> {
  return new Set(LOCALES.flatMap(locale => SOURCE_KINDS.flatMap(source => textChainOf(locale, source))))
}

describe('OpenCC conformance data', () => {
  it('is the full upstream file: 232 cases, 543 input/expected pairs', () => {
    expect(cases).toHaveLength(232)
    expect(cases.reduce((n, c) => n + Object.keys(c.expected).length, 0)).toBe(543)
  })

  it.each(CONFIGS)('has cases for %s', config => {
    expect(casesFor(config).length).toBeGreaterThan(0)
  })

  it('covers every step of every chain: an upstream configuration, or a checked cross-region step', () => {
    for (const step of stepsInUse()) expect(step in OPENCC_CONFIGS || step in CROSS_REGION_CHECKS, step).toBe(true)
    expect(stepsInUse()).toEqual(new Set(['t2s', 's2twp', 's2hkp', 'tw2sp', 'hk2sp', 's2tw', 's2hk', 'tw2hk', 'hk2tw']))
  })
})

describe.each(CONFIGS)('OpenCC %s through Deckwright\'s converter', config => {
  it('passes every case except the listed Ext-B deviations', () => {
    expect(failingIds(config, openccConverter(config))).toEqual([...UPSTREAM_DEVIATIONS[config] ?? []].sort())
  })
})

describe.each(Object.keys(CROSS_REGION_STEPS) as CrossRegionStep[])('the cross-region step %s', step => {
  it('agrees with its upstream configuration\'s cases, except the listed deviations', () => {
    const check = CROSS_REGION_CHECKS[step]
    expect(failingIds(check.config, check.run(openccConverter(step)))).toEqual(Object.keys(check.deviations).sort())
  })
})

describe('the project glossary on top of OpenCC', () => {
  let glossary: Glossary
  beforeAll(async () => {
    const paths = projectPaths()
    glossary = await readGlossaryFor({ dir: join(paths.data, 'deepseek-tech-finance') }, paths)
  })

  it('runs every configuration that is a whole chain', () => {
    expect(new Set(WHOLE_CHAINS.map(c => c.config))).toEqual(new Set(['t2s', 's2twp', 's2hkp', 'tw2sp', 'hk2sp', 's2tw', 's2hk']))
  })

  it.each(WHOLE_CHAINS.map(c => [c.config, `${c.source.script}-${c.source.region}`, c.locale, c] as const))(
    'keeps every %s case (%s source, %s), except listed deviations',
    (config, _source, _locale, { locale, source }) => {
      const convert = createConverter(locale as Locale, glossary, source)
      const expected = [...UPSTREAM_DEVIATIONS[config] ?? [], ...Object.keys(GLOSSARY_DEVIATIONS[config] ?? {})].sort()
      expect(failingIds(config, text => convert(text).text)).toEqual(expected)
    },
  )

  it('gives a reason for every deviation', () => {
    const reasons = [...Object.values(GLOSSARY_DEVIATIONS), ...Object.values(CROSS_REGION_CHECKS).map(c => c.deviations)]
    expect(reasons.flatMap(list => Object.values(list)).length).toBeGreaterThan(0)
    for (const list of reasons) {
      for (const reason of Object.values(list)) expect(reason.length).toBeGreaterThan(20)
    }
  })
})
