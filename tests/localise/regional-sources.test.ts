/**
 * Articles written in Taiwan, in Hong Kong and on the mainland (tests/fixtures/articles/
 * taiwan-digital, hongkong-fintech, mainland-data), each as every audience reads it: the deck's
 * whole text per locale, with the project glossary and the deck's own. The expected words are
 * each region's own, written here by hand.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../../scripts/core/locales.ts'
import { textChainOf, type SourceKind } from '../../scripts/localise/convert.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'
import { slideTexts } from '../../scripts/check/slide-text.ts'

async function deckText(deck: string, locale: Locale): Promise<string> {
  const { plan } = await renderDeckDir(join(ARTICLE_FIXTURES, deck), locale)
  return slideTexts(plan).flatMap(slide => slide.texts).join('\n')
}

interface Expectation {
  has: string[]
  lacks: string[]
}

const EXPECTED: Record<string, Record<Locale, Expectation>> = {
  'taiwan-digital': {
    'zh-Hans-CN': {
      has: ['软件', '服务器', '信息安全', '数据库', '算法', '芯片', '初创', '数字化转型', '数位经济研究中心', '账户', '对账', '账本', '算账', '记账', '个人信息', '视频', '编程', '电子表格', '移动支付', '通过'],
      lacks: ['软体', '伺服器', '资讯', '资料库', '演算法', '晶片', '新创', '数位转型', '数位人才', '数位帐户', '帐', '试算表', '行动支付', '透过', '创建'],
    },
    'zh-Hant-TW': {
      has: ['軟體', '伺服器', '資訊安全', '資料庫', '演算法', '晶片', '新創', '數位轉型', '帳戶', '對帳', '帳本', '算帳', '記帳', '個人資料', '影片', '程式設計', '試算表', '行動支付', '臺灣', '(https://data.gov.tw)'],
      lacks: ['軟件', '服務器', '信息', '數據庫', '芯片', '初創', '賬', '視頻'],
    },
    'zh-Hant-HK': {
      has: ['軟件', '伺服器', '資訊安全', '資料庫', '晶片', '初創', '數碼轉型', '數位經濟研究中心', '賬户', '對賬', '賬本', '算賬', '記賬', '個人資料', '流動支付', '資料'],
      lacks: ['軟體', '新創', '數位轉型', '數位人才', '帳', '行動支付', '創建', '數據庫'],
    },
  },
  'hongkong-fintech': {
    'zh-Hans-CN': {
      has: ['初创', '数据隐私', '手机号码', '电子邮件', '转账', '应用程序', '账户', '无须', '质量', '信息技术', '云计算', '服务器', '支持初创企业', '通过', '《个人资料（私隐）条例》'],
      lacks: ['私隐规管', '手提电话', '电邮', '应用程式', '毋须', '质素', '资讯科技', '云端运算', '伺服器', '透过'],
    },
    'zh-Hant-TW': {
      has: ['新創', '資料隱私', '手機號碼', '電子郵件', '轉帳', '應用程式', '帳戶', '品質', '資訊科技', '雲端運算', '伺服器', '程式設計', '《個人資料（私隱）條例》', '高級分析員'],
      lacks: ['初創', '私隱規管', '手提電話', '電郵', '賬', '質素', '數據', '高階'],
    },
    'zh-Hant-HK': {
      has: ['初創', '數據私隱', '手提電話', '電郵', '轉賬', '應用程式', '賬戶', '毋須', '質素', '資訊科技', '雲端運算', '伺服器', '編程', '數碼港'],
      lacks: ['新創', '手機號碼', '帳戶'],
    },
  },
  'mainland-data': {
    'zh-Hans-CN': {
      has: ['数字经济', '软件', '信息技术', '初创', '数据', '个人信息', '算法', '服务质量', '账户', '云计算', '服务器', '芯片', '风投', '渠道', '“硬科技”'],
      lacks: ['軟', '資', '帐户'],
    },
    'zh-Hant-TW': {
      has: ['數位經濟', '軟體', '資訊科技', '新創', '資料', '個人資料', '演算法', '服務品質', '帳戶', '網際網路', '伺服器', '晶片', '創投', '管道', '穩定運行', '數位技術', '支持', '優化', '「硬科技」'],
      lacks: ['數字經濟', '軟件', '初創', '賬', '服務器', '芯片', '風投', '渠道', '執行'],
    },
    'zh-Hant-HK': {
      has: ['數字經濟', '軟件', '資訊科技', '初創', '數據', '個人資料', '服務質素', '賬户', '互聯網', '伺服器', '晶片', '風投', '渠道', '「硬科技」'],
      lacks: ['軟體', '新創', '帳', '資料中心', '資訊技術'],
    },
  },
}

describe.each(Object.keys(EXPECTED))('%s', deck => {
  it.each(Object.keys(EXPECTED[deck]!) as Locale[])('reads in %s with that region\'s words', async locale => {
    const text = await deckText(deck, locale)
    const { has, lacks } = EXPECTED[deck]![locale]
    for (const word of has) expect(text, `${deck}.${locale} should have ${word}`).toContain(word)
    for (const word of lacks) expect(text, `${deck}.${locale} should not have ${word}`).not.toContain(word)
  })
})

describe('the chain table', () => {
  const sources: SourceKind[] = (['Hant', 'Hans'] as const).flatMap(script => (['CN', 'TW', 'HK'] as const).map(region => ({ script, region })))

  it.each(sources.map(s => [`${s.script}-${s.region}`, s] as const))('gives a %s source a chain for every locale, none for its own region in its own script', (_name, source) => {
    const own = { CN: 'zh-Hans-CN', TW: 'zh-Hant-TW', HK: 'zh-Hant-HK' } as const
    const ownChain = textChainOf(own[source.region], source)
    if (source.region === 'CN') expect(ownChain).toEqual(source.script === 'Hans' ? [] : ['t2s'])
    else expect(ownChain).toEqual(source.script === 'Hant' ? [] : [source.region === 'TW' ? 's2tw' : 's2hk'])
  })

  it('takes a Taiwan source to the mainland and Hong Kong through Taiwan\'s phrases reversed', () => {
    expect(textChainOf('zh-Hans-CN', { script: 'Hant', region: 'TW' })).toEqual(['tw2sp'])
    expect(textChainOf('zh-Hant-HK', { script: 'Hant', region: 'TW' })).toEqual(['tw2hk'])
    expect(textChainOf('zh-Hans-CN', { script: 'Hant', region: 'HK' })).toEqual(['hk2sp'])
    expect(textChainOf('zh-Hant-TW', { script: 'Hant', region: 'HK' })).toEqual(['hk2tw'])
  })
})
