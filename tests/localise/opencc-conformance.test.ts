/**
 * OpenCC's own conversion cases, run through the converters Deckwright uses, and then through the
 * localiser with the project glossary on top. Every case must pass except the deviations listed
 * below, each with its reason; a listed deviation that no longer deviates fails too, so the lists
 * stay true.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Locale } from '../../scripts/core/locales.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import { OPENCC_CONFIGS, openccConverter, type OpenccConfig, type Script } from '../../scripts/localise/convert.ts'
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
const UPSTREAM_DEVIATIONS: Record<OpenccConfig, Record<string, string>> = {
  t2s: {
    BYVoid_OpenCC_PR_1228_existing_behaviors: '殢 stays 殢; upstream gives 𣨼 (Ext-B)',
    BYVoid_OpenCC_PR_1229_existing_behaviors: '圞 stays 圞; upstream gives 𪢮 (Ext-B)',
    BYVoid_OpenCC_PR_464_xi_vs_xi: '樠谿 → 樠溪; upstream gives 𣗊溪 (Ext-B)',
  },
  s2twp: {},
  s2hk: {},
  t2tw: {},
  t2hk: {},
}

/**
 * The localiser path that runs each configuration as its whole chain: zh-Hans-CN from a
 * Traditional source is exactly t2s; zh-Hant-TW and zh-Hant-HK from a Simplified source are
 * exactly s2twp and s2hk. t2tw and t2hk serve only people's names, so they have no text path.
 */
const LOCALISER_PATHS: Partial<Record<OpenccConfig, { locale: Locale; script: Script }>> = {
  t2s: { locale: 'zh-Hans-CN', script: 'Hant' },
  s2twp: { locale: 'zh-Hant-TW', script: 'Hans' },
  s2hk: { locale: 'zh-Hant-HK', script: 'Hans' },
}

/**
 * Cases whose output the project glossary changes on purpose, with the reason. None today: the
 * glossary's 調用 term (zh-Hant-TW) rules itself out after 宏, 數, 式, 法, 統, 程 and before 函
 * precisely so that code calls keep OpenCC's 呼叫, as in case macro_terms_s2twp (宏调用 → 巨集呼叫).
 */
const GLOSSARY_DEVIATIONS: Partial<Record<OpenccConfig, Record<string, string>>> = {}

const CONFIGS = Object.keys(OPENCC_CONFIGS) as OpenccConfig[]
const cases = readOpenccCases()

function casesFor(config: OpenccConfig): (OpenccCase & { want: string })[] {
  return cases.flatMap(c => (c.expected[config] === undefined ? [] : [{ ...c, want: c.expected[config]! }]))
}

function failingIds(config: OpenccConfig, convert: (text: string) => string): string[] {
  return casesFor(config).filter(c => convert(c.input) !== c.want).map(c => c.id).sort()
}

describe('OpenCC conformance data', () => {
  it('is the full upstream file: 232 cases, 543 input/expected pairs', () => {
    expect(cases).toHaveLength(232)
    expect(cases.reduce((n, c) => n + Object.keys(c.expected).length, 0)).toBe(543)
  })

  it.each(CONFIGS)('has cases for %s', config => {
    expect(casesFor(config).length).toBeGreaterThan(0)
  })
})

describe.each(CONFIGS)('OpenCC %s through Deckwright\'s converter', config => {
  it('passes every case except the listed Ext-B deviations', () => {
    expect(failingIds(config, openccConverter(config))).toEqual(Object.keys(UPSTREAM_DEVIATIONS[config]).sort())
  })
})

describe('the project glossary on top of OpenCC', () => {
  let glossary: Glossary
  beforeAll(async () => {
    const paths = projectPaths()
    glossary = await readGlossaryFor({ dir: join(paths.data, 'deepseek-tech-finance') }, paths)
  })

  it.each(Object.keys(LOCALISER_PATHS) as OpenccConfig[])('keeps every %s case, except listed deviations', config => {
    const { locale, script } = LOCALISER_PATHS[config]!
    const convert = createConverter(locale, glossary, { script, region: 'CN' })
    const expected = [...Object.keys(UPSTREAM_DEVIATIONS[config]), ...Object.keys(GLOSSARY_DEVIATIONS[config] ?? {})].sort()
    expect(failingIds(config, text => convert(text).text)).toEqual(expected)
  })

  it('gives a reason for every listed deviation, upstream and glossary alike', () => {
    const listed = [...Object.values(UPSTREAM_DEVIATIONS), ...Object.values(GLOSSARY_DEVIATIONS)].flatMap(reasons => Object.entries(reasons))
    expect(listed.length).toBeGreaterThanOrEqual(3)
    expect(listed.filter(([, reason]) => reason.trim().length < 10).map(([id]) => id)).toEqual([])
  })
})
