/**
 * Articles from Taiwan, Hong Kong and the mainland, and one full of emoji and symbols, built for
 * real (Slidev SPA, Chromium, slide PDF and handout) in every locale, and read back from the PDFs
 * as a reader's PDF viewer would: each region's own words, every emoji as text, and no glyph in
 * a font other than the deck's self-hosted ones.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import { createProgress } from '../../scripts/core/progress.ts'
import { runDecks, type Output } from '../../scripts/pipeline/run-decks.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'
import { readPdfFonts, readPdfPages, squash } from '../helpers/pdf.ts'

const REGIONAL = ['taiwan-digital', 'hongkong-fintech', 'mainland-data']
const EMOJI = 'emoji-symbols'
let outRoot: string
let paths: ReturnType<typeof projectPaths>

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'deckwright-regional-'))
  paths = projectPaths(outRoot)
  const build = (decks: string[], outputs?: Output[]) =>
    runDecks({ deckDirs: decks.map(deck => join(ARTICLE_FIXTURES, deck)), paths, outputs, progress: createProgress('quiet'), strict: true })
  // The regional decks' words are on their slides; the emoji deck is printed as a handout too.
  const results = [await build(REGIONAL, ['slides', 'spa', 'pdf']), await build([EMOJI])]
  expect(results.flatMap(result => result.failed).map(f => `${f.deck}: ${String((f.error as Error).message)}`)).toEqual([])
}, 600_000)

afterAll(async () => {
  if (outRoot) await rm(outRoot, { recursive: true, force: true })
})

const pdf = (deck: string, locale: Locale, kind: 'slides' | 'handout' = 'slides') =>
  join(paths.exports, `${deck}.${locale}${kind === 'handout' ? '.handout' : ''}.pdf`)
const pdfText = async (deck: string, locale: Locale, kind: 'slides' | 'handout' = 'slides') =>
  squash((await readPdfPages(pdf(deck, locale, kind))).join(''))

/** Each region's own words, by hand, as the slide PDF must show them; and what it must not show. */
const WORDS: Record<string, Record<Locale, [has: string[], lacks: string[]]>> = {
  'taiwan-digital': {
    'zh-Hans-CN': [['软件导入率偏低', '初创团队', '数字账户', '算账不再耗时', '服务器', '(https://data.gov.tw)'], ['软体', '新创', '帐', '伺服器']],
    'zh-Hant-TW': [['軟體導入率偏低', '新創團隊', '數位帳戶', '算帳不再耗時', '伺服器', '(https://data.gov.tw)'], ['軟件', '初創', '賬']],
    'zh-Hant-HK': [['軟件導入率偏低', '初創團隊', '數碼賬户', '算賬不再耗時', '伺服器', '(https://data.gov.tw)'], ['軟體', '新創', '帳']],
  },
  'hongkong-fintech': {
    'zh-Hans-CN': [['支持初创企业', '数据隐私', '手机号码', '电子邮件地址即时转账', '《个人资料（私隐）条例》'], ['私隐规管', '手提电话', '电邮']],
    'zh-Hant-TW': [['支援新創企業', '資料隱私', '手機號碼', '電子郵件地址即時轉帳', '《個人資料（私隱）條例》'], ['初創', '手提電話', '賬']],
    'zh-Hant-HK': [['支援初創企業', '數據私隱', '手提電話號碼', '電郵地址即時轉賬', '《個人資料（私隱）條例》'], ['新創', '帳']],
  },
  'mainland-data': {
    'zh-Hans-CN': [['数字经济', '软件和信息技术服务业', '初创企业', '线上账户', '风投', '“硬科技”'], ['軟', '帐户']],
    'zh-Hant-TW': [['數位經濟', '軟體和資訊科技服務業', '新創企業', '線上帳戶', '創投', '「硬科技」', '穩定運行'], ['軟件', '初創', '賬', '穩定執行']],
    'zh-Hant-HK': [['數字經濟', '軟件和資訊科技服務業', '初創企業', '線上賬户', '風投', '「硬科技」'], ['軟體', '新創', '帳']],
  },
}

describe.each(Object.keys(WORDS))('%s, built', deck => {
  it.each(LOCALES)('reads in %s with that region\'s words in the slide PDF', async locale => {
    const text = await pdfText(deck, locale)
    const [has, lacks] = WORDS[deck]![locale]
    for (const word of has) expect(text, `${deck}.${locale}: ${word}`).toContain(squash(word))
    for (const word of lacks) expect(text, `${deck}.${locale}: no ${word}`).not.toContain(word)
  })
})

describe.each(LOCALES)('emoji and symbols in %s', locale => {
  it.each(['slides', 'handout'] as const)('stay text in the %s PDF: 🚀 📈 ✓ €', async kind => {
    const text = await pdfText('emoji-symbols', locale, kind)
    for (const char of ['🚀', '📈', '✓', '€', '🙏']) expect(text, `${char} in the ${kind} PDF`).toContain(char)
    expect(text).toContain('€9.90')
    expect(text).toContain('https://example.com/api?v=2&lang=zh')
  })

  it('are drawn in the self-hosted Noto Emoji, embedded beside the locale\'s Noto Sans', async () => {
    const names = (await readPdfFonts(pdf('emoji-symbols', locale))).map(font => font.name)
    expect(names.some(name => name.includes('NotoEmoji'))).toBe(true)
    const family = { 'zh-Hans-CN': 'NotoSansSC', 'zh-Hant-TW': 'NotoSansTC', 'zh-Hant-HK': 'NotoSansHK' }[locale]
    expect(names.some(name => name.includes(family))).toBe(true)
  })
})

describe.each([...REGIONAL, EMOJI])('no empty boxes in %s', deck => {
  it.each(LOCALES)('%s: every PDF font is one of the deck\'s own, and no text was lost to a missing glyph', async locale => {
    for (const kind of deck === EMOJI ? ['slides', 'handout'] as const : ['slides'] as const) {
      const fonts = await readPdfFonts(pdf(deck, locale, kind))
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) expect(font.name, `${kind}: ${font.name}`).toMatch(/\+Noto(Sans(SC|TC|HK)|Emoji)/)
      expect(fonts.every(font => font.embedded)).toBe(true)
      expect(await pdfText(deck, locale, kind)).not.toContain('\uFFFD')
    }
  })
})
