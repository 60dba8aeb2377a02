/**
 * The whole first article, localised with the project glossary: every paragraph of source.txt,
 * and every display string of article.yaml through localiseArticle.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectPaths } from '../../scripts/core/paths.ts'
import { readDeck, type Deck } from '../../scripts/load/read-deck.ts'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { splitParagraphs } from '../../scripts/load/source-text.ts'
import { openccConverter } from '../../scripts/localise/convert.ts'
import type { Glossary } from '../../scripts/localise/glossary.ts'
import { readGlossaryFor } from '../../scripts/localise/glossary-file.ts'
import { localiseArticle } from '../../scripts/localise/localise-article.ts'
import { createLocaliser } from '../../scripts/localise/localiser.ts'

const paths = projectPaths()
const DECK_DIR = join(paths.data, 'deepseek-tech-finance')
const paragraphs = splitParagraphs(readFileSync(join(DECK_DIR, 'source.txt'), 'utf8'))
const SOURCE = { script: 'Hant', region: 'CN' } as const

let glossary: Glossary
const localised = {} as Record<Locale, string[]>

beforeAll(async () => {
  glossary = await readGlossaryFor({ dir: DECK_DIR }, paths)
  for (const locale of LOCALES) localised[locale] = paragraphs.map(createLocaliser(locale, glossary, SOURCE))
})

const CJK_COMMA = /[\p{Script=Han}],|,[\p{Script=Han}]/u

describe('every paragraph of source.txt', () => {
  it('reads in Taiwan characters and words in zh-Hant-TW', () => {
    const text = localised['zh-Hant-TW'].join('\n')
    for (const word of ['遊戲', '複雜', '軟體', '矽谷', '晶片', '伺服器', '資訊', '資料', '分散式', '並不', '基於', '湧現', '採取', '範式', '裡'])
      expect(text).toContain(word)
    for (const word of ['游戲', '復雜', '軟件', '硅谷', '芯片', '服務器', '信息', '最佳化', '迴圈', '引數', '型別', '錶明', '范式'])
      expect(text).not.toContain(word)
  })

  it('reads in Hong Kong characters and words in zh-Hant-HK', () => {
    const text = localised['zh-Hant-HK'].join('\n')
    for (const word of ['遊戲', '複雜', '軟件', '數據', '互聯網', '矽谷', '晶片', '伺服器', '資訊', '分佈式', '並不', '基於', '範式', '裏'])
      expect(text).toContain(word)
    for (const word of ['游戲', '復雜', '軟體', '硅谷', '芯片', '服務器', '錶明', '范式'])
      expect(text).not.toContain(word)
  })

  it('is entirely Simplified in zh-Hans-CN: t2s changes nothing more', () => {
    const t2s = openccConverter('t2s')
    for (const paragraph of localised['zh-Hans-CN']) expect(t2s(paragraph)).toBe(paragraph)
    expect(localised['zh-Hans-CN'].join('')).toContain('起着')
  })

  it('keeps protected words and writes names in each locale\'s script', () => {
    for (const locale of LOCALES) {
      const text = localised[locale].join('\n')
      for (const word of ['DeepSeek', '深度求索', 'KPI', '邵宇', '周茗一']) expect(text).toContain(word)
    }
    expect(localised['zh-Hans-CN'].at(-1)).toContain('潘宏胜')
    expect(localised['zh-Hant-TW'].at(-1)).toContain('潘宏勝')
    expect(localised['zh-Hant-HK'].at(-1)).toContain('潘宏勝')
  })

  it.each(LOCALES)('has no half-width comma next to a Chinese character in %s', locale => {
    for (const paragraph of localised[locale]) expect(paragraph).not.toMatch(CJK_COMMA)
  })

  it('uses 「」 in zh-Hant-TW and zh-Hant-HK and “” in zh-Hans-CN', () => {
    for (const locale of ['zh-Hant-TW', 'zh-Hant-HK'] as const) {
      const text = localised[locale].join('')
      expect(text).toContain('「')
      expect(text).not.toMatch(/[“”]/)
    }
    const cn = localised['zh-Hans-CN'].join('')
    expect(cn).toContain('“')
    expect(cn).not.toMatch(/[「」]/)
  })

  it('paragraph 5, per locale', () => {
    expect(localised['zh-Hans-CN'][4]).toBe('DeepSeek的突破表明，软创新与硬科技同样重要，两者应该兼容和兼得。实践层面，硬科技与软创新已经深度融合，形成“技术一场景”的正向循环和共生共荣生态。忽视任何一方，都会导致创新生态失衡，削弱国家整体竞争力。AI大模型的进步充分表明，软件突破和算力芯片等硬科技不可或缺。比如，算力芯片的诞生源于游戏，若没有游戏这样的“虚拟”场景，AI的发展也将受限。近期国内各行各业纷纷部署DeepSeek，同样激发了对算力基础设施等硬科技创新的更高需求。')
    expect(localised['zh-Hant-TW'][4]).toBe('DeepSeek的突破表明，軟創新與硬科技同樣重要，兩者應該相容和兼得。實踐層面，硬科技與軟創新已經深度融合，形成「技術一場景」的正向循環和共生共榮生態。忽視任何一方，都會導致創新生態失衡，削弱國家整體競爭力。AI大模型的進步充分表明，軟體突破和算力晶片等硬科技不可或缺。比如，算力晶片的誕生源於遊戲，若沒有遊戲這樣的「虛擬」場景，AI的發展也將受限。近期國內各行各業紛紛部署DeepSeek，同樣激發了對算力基礎設施等硬科技創新的更高需求。')
    expect(localised['zh-Hant-HK'][4]).toBe('DeepSeek的突破表明，軟創新與硬科技同樣重要，兩者應該兼容和兼得。實踐層面，硬科技與軟創新已經深度融合，形成「技術一場景」的正向循環和共生共榮生態。忽視任何一方，都會導致創新生態失衡，削弱國家整體競爭力。AI大模型的進步充分表明，軟件突破和算力晶片等硬科技不可或缺。比如，算力晶片的誕生源於遊戲，若沒有遊戲這樣的「虛擬」場景，AI的發展也將受限。近期國內各行各業紛紛部署DeepSeek，同樣激發了對算力基礎設施等硬科技創新的更高需求。')
  })

  it('paragraph 13, per locale', () => {
    expect(localised['zh-Hans-CN'][12]).toBe('创新领军人才、团队和运作机制对企业科技创新的成功至关重要。通过独特的人才结构和互补的角色定位，推动了技术突破和行业影响力。DeepSeek创始人以“技术领导者”而非“管理者”身份融入团队，形成了扁平化的创新协作氛围。在运作机制上，它打破传统公司层级，取消KPI考核，鼓励成员自主立项。这种“极客领导 + 学术新锐 + 团队攻关”的科研模式，为中国人工智能创新提供了新范式。')
    expect(localised['zh-Hant-TW'][12]).toBe('創新領軍人才、團隊和運作機制對企業科技創新的成功至關重要。通過獨特的人才結構和互補的角色定位，推動了技術突破和行業影響力。DeepSeek創始人以「技術領導者」而非「管理者」身份融入團隊，形成了扁平化的創新協作氛圍。在運作機制上，它打破傳統公司層級，取消KPI考核，鼓勵成員自主立項。這種「極客領導 + 學術新銳 + 團隊攻關」的科研模式，為中國人工智慧創新提供了新範式。')
    expect(localised['zh-Hant-HK'][12]).toBe('創新領軍人才、團隊和運作機制對企業科技創新的成功至關重要。通過獨特的人才結構和互補的角色定位，推動了技術突破和行業影響力。DeepSeek創始人以「技術領導者」而非「管理者」身份融入團隊，形成了扁平化的創新協作氛圍。在運作機制上，它打破傳統公司層級，取消KPI考核，鼓勵成員自主立項。這種「極客領導 + 學術新鋭 + 團隊攻關」的科研模式，為中國人工智能創新提供了新範式。')
  })
})

describe('the first deck through localiseArticle', () => {
  let deck: Deck
  beforeAll(async () => {
    deck = await readDeck(DECK_DIR)
  })

  it.each(LOCALES)('localises every display string for %s and leaves ids alone', locale => {
    const article = localiseArticle(deck.article, locale, glossary, deck.article.meta.source)
    expect(article.sections.map(s => s.id)).toEqual(deck.article.sections.map(s => s.id))
    const strings = JSON.stringify(article)
    expect(strings).not.toMatch(CJK_COMMA)
    if (locale === 'zh-Hans-CN') expect(openccConverter('t2s')(article.meta.title)).toBe(article.meta.title)
    else expect(article.meta.title).toContain('優化')
  })
})
