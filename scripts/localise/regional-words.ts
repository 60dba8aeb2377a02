/**
 * Regional word pairs: which word each region writes for one thing (软件 / 軟體 / 軟件), for the
 * vocabulary check. Pure apart from `readRegionalWords`, the file edge.
 *
 * The pairs start from OpenCC's own phrase tables as opencc-js bundles them: TWPhrases (the
 * mainland's word → Taiwan's) and HKPhrases (the mainland's → Hong Kong's; otherwise Hong Kong
 * writes the mainland's word, as OpenCC's s2hkp does). `data/regional-words.yaml` adds the pairs
 * they lack (账户 / 帳戶 / 賬戶) and says which words a region writes too although a table pairs
 * them with another (支持 in Taiwan, 资料 on the mainland). Its `markers` are words one region
 * alone uses, with no counterpart to suggest (金管局, 健保): the importer reads them, with the
 * pairs, to tell where an article was written; the vocabulary check has nothing to say of them.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import HKPhrases from 'opencc-js/dict/HKPhrases'
import TWPhrases from 'opencc-js/dict/TWPhrases'
import { z } from 'zod'
import { fail, type Issue } from '../core/errors.ts'
import type { Locale, Region } from '../core/locales.ts'
import { ROOT, type ProjectPaths } from '../core/paths.ts'
import { formatPath, parseYaml } from '../load/yaml-doc.ts'
import { displayPath } from '../load/read-deck.ts'
import { openccConverter } from './convert.ts'

/** One thing and each region's words for it, each in its region's script; the first is the one to suggest. */
export type RegionalWord = Record<Region, readonly string[]>

export interface RegionalWords {
  words: readonly RegionalWord[]
  /** Words never flagged in a locale, in its script: a region writes them too, whatever a table says. */
  shared: Record<Locale, readonly string[]>
  /** Per region, words it alone uses and no other region has a word for (金管局, 健保), in its script. */
  markers: Record<Region, readonly string[]>
}

/** The data file of regional word pairs, beside the global glossary. */
export const REGIONAL_WORDS_FILE = 'regional-words.yaml'

/**
 * The regional word pairs: OpenCC's tables and the data folder's regional-words.yaml, or the
 * project's own when a data folder has none (the pairs are knowledge about the regions, not
 * about one set of decks).
 */
export async function loadRegionalWords(paths: Pick<ProjectPaths, 'data'>): Promise<RegionalWords> {
  const file = [join(paths.data, REGIONAL_WORDS_FILE), join(ROOT, 'data', REGIONAL_WORDS_FILE)].find(path => existsSync(path))
  if (file) return readRegionalWords(file)
  return { words: openccWords(), shared: { 'zh-Hans-CN': [], 'zh-Hant-TW': [], 'zh-Hant-HK': [] }, markers: { CN: [], TW: [], HK: [] } }
}

const text = z.string().trim().min(1, 'expected a non-empty string')
const forms = z.union([text.transform(word => [word]), z.array(text).min(1)])

export const RegionalWordsFileSchema = z.strictObject({
  /** Per locale: words of another region that this region writes too (in the locale's script). */
  shared: z.strictObject({ 'zh-Hans-CN': z.array(text).default([]), 'zh-Hant-TW': z.array(text).default([]), 'zh-Hant-HK': z.array(text).default([]) }).default({ 'zh-Hans-CN': [], 'zh-Hant-TW': [], 'zh-Hant-HK': [] }),
  /** What OpenCC's tables lack: CN in Simplified, TW and HK in Traditional; a list where a region writes several words. */
  pairs: z.array(z.strictObject({ CN: forms, TW: forms, HK: forms })).default([]),
  /** Per region: words it alone uses, with no counterpart elsewhere (CN in Simplified, TW and HK in Traditional). */
  markers: z.strictObject({ CN: z.array(text).default([]), TW: z.array(text).default([]), HK: z.array(text).default([]) }).default({ CN: [], TW: [], HK: [] }),
})

/** Reads and validates the data file; every problem is reported at once, located (E_VOCABULARY). */
export async function readRegionalWords(path: string): Promise<RegionalWords> {
  const file = displayPath(path)
  const yaml = parseYaml(await readFile(path, 'utf8'), file)
  const parsed = RegionalWordsFileSchema.safeParse(yaml.value ?? {})
  const issues: Issue[] = [...yaml.issues]
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      issues.push({ file, ...yaml.locate(at), path: formatPath(at), message: issue.message })
    }
  }
  if (issues.length > 0 || !parsed.success) fail('E_VOCABULARY', `${file}: ${issues.length} problem(s) in the regional word pairs`, issues)
  return { words: [...openccWords(), ...parsed.data.pairs], shared: parsed.data.shared, markers: parsed.data.markers }
}

/** "a b|c d" → Map(a → b, c → d), opencc-js's dictionary form. */
function table(dictionary: string): Map<string, string> {
  return new Map(dictionary.split('|').map(line => line.split(' ') as [string, string]))
}

/**
 * OpenCC's tables as pairs, keyed by the mainland word as OpenCC writes it (standard
 * Traditional), which t2s takes to Simplified. A word every region writes alike (大數據, the
 * table's guard against 數據 → 資料) comes out with the same form everywhere, so the check
 * treats it as at home everywhere.
 */
export function openccWords(): RegionalWord[] {
  const taiwan = table(TWPhrases)
  const hongKong = table(HKPhrases)
  const mainland = new Set([...taiwan.keys(), ...hongKong.keys()])
  const toSimplified = openccConverter('t2s')
  return [...mainland].sort().map(word => ({ CN: [toSimplified(word)], TW: [taiwan.get(word) ?? word], HK: [hongKong.get(word) ?? word] }))
}
