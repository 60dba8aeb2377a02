/**
 * Conversion per locale on sentences of the first article's source (source script: Traditional,
 * mainland vocabulary and s→t artefacts), with no glossary: what OpenCC's chains do by themselves.
 */
import { describe, expect, it } from 'vitest'
import type { Locale } from '../../scripts/core/locales.ts'
import { nameConverter, textChainOf, textConverter, type SourceKind } from '../../scripts/localise/convert.ts'

const HANT_CN: SourceKind = { script: 'Hant', region: 'CN' }
const HANS_CN: SourceKind = { script: 'Hans', region: 'CN' }

const convert = (locale: Locale, text: string) => textConverter(locale, HANT_CN)(text)

describe('zh-Hans-CN: t2s', () => {
  it('turns the Traditional source into Simplified, s→t artefacts included', () => {
    expect(convert('zh-Hans-CN', '比如,算力芯片的誕生源于游戲,若沒有游戲這樣的“虛擬”場景,AI的發展也將受限。'))
      .toBe('比如,算力芯片的诞生源于游戏,若没有游戏这样的“虚拟”场景,AI的发展也将受限。')
    expect(convert('zh-Hans-CN', '內部決策和管理層級復雜')).toBe('内部决策和管理层级复杂')
    expect(convert('zh-Hans-CN', '讓更多“深巷里的好酒”獲得資本助力')).toBe('让更多“深巷里的好酒”获得资本助力')
  })
})

describe('zh-Hant-TW: t2s then s2twp', () => {
  it('writes Taiwan characters where the source kept s→t artefacts', () => {
    expect(convert('zh-Hant-TW', '算力芯片的誕生源于游戲')).toBe('算力晶片的誕生源於遊戲')
    expect(convert('zh-Hant-TW', '內部決策和管理層級復雜')).toBe('內部決策和管理層級複雜')
    expect(convert('zh-Hant-TW', '國內外并不存在適用所有創新的最優創新融資模式')).toBe('國內外並不存在適用所有創新的最優創新融資模式')
    expect(convert('zh-Hant-TW', '也不斷涌現重量級成果')).toBe('也不斷湧現重量級成果')
    expect(convert('zh-Hant-TW', '需要從國家戰略高度,采取更加適配各類創新')).toBe('需要從國家戰略高度,採取更加適配各類創新')
    expect(convert('zh-Hant-TW', '為中國人工智能創新提供了新范式')).toBe('為中國人工智慧創新提供了新範式')
    expect(convert('zh-Hant-TW', '讓更多“深巷里的好酒”')).toBe('讓更多“深巷裡的好酒”')
  })

  it('uses Taiwan vocabulary', () => {
    expect(convert('zh-Hant-TW', '堆電腦和服務器')).toBe('堆電腦和伺服器')
    expect(convert('zh-Hant-TW', '軟件開發、互聯網經濟')).toBe('軟體開發、網際網路經濟')
    expect(convert('zh-Hant-TW', '硅谷經驗表明')).toBe('矽谷經驗表明')
    expect(convert('zh-Hant-TW', '分布式的資本市場生態')).toBe('分散式的資本市場生態')
    expect(convert('zh-Hant-TW', '財稅、信息等方面')).toBe('財稅、資訊等方面')
    expect(convert('zh-Hant-TW', '利用其硬件、數據、算力')).toBe('利用其硬體、資料、算力')
  })
})

describe('zh-Hant-HK: t2s then s2hkp', () => {
  it('writes Hong Kong character forms and keeps mainland-shared vocabulary', () => {
    expect(convert('zh-Hant-HK', '算力芯片的誕生源于游戲')).toBe('算力芯片的誕生源於遊戲')
    expect(convert('zh-Hant-HK', '讓更多“深巷里的好酒”')).toBe('讓更多“深巷裏的好酒”')
    expect(convert('zh-Hant-HK', '提供了重要啟示')).toBe('提供了重要啓示')
    expect(convert('zh-Hant-HK', '軟件開發、互聯網經濟')).toBe('軟件開發、互聯網經濟')
    expect(convert('zh-Hant-HK', '分布式的資本市場生態')).toBe('分佈式的資本市場生態')
  })

  it('uses OpenCC\'s Hong Kong phrases', () => {
    expect(convert('zh-Hant-HK', '堆電腦和服務器')).toBe('堆電腦和伺服器')
    expect(convert('zh-Hant-HK', '操作系統和鼠標')).toBe('作業系統和滑鼠')
  })

  it('leaves the words the glossary must fix for Hong Kong', () => {
    expect(convert('zh-Hant-HK', '硅谷經驗')).toBe('硅谷經驗')
  })
})

describe('a Simplified source', () => {
  it('skips t2s', () => {
    expect(textChainOf('zh-Hant-TW', HANS_CN)).toEqual(['s2twp'])
    expect(textChainOf('zh-Hans-CN', HANS_CN)).toEqual([])
    expect(textConverter('zh-Hant-TW', HANS_CN)('软件和服务器')).toBe('軟體和伺服器')
    // No t2s step: a stray Traditional word in a Simplified source is left as written.
    expect(textConverter('zh-Hans-CN', HANS_CN)('软件和軟件')).toBe('软件和軟件')
  })
})

describe('names', () => {
  it('convert character by character', () => {
    expect(nameConverter('zh-Hans-CN', HANT_CN)('潘宏勝')).toBe('潘宏胜')
    expect(nameConverter('zh-Hant-TW', HANS_CN)('潘宏胜')).toBe('潘宏勝')
    expect(nameConverter('zh-Hant-HK', HANT_CN)('周茗一')).toBe('周茗一')
  })
})

describe('converters', () => {
  it('are built once per locale and script', () => {
    expect(textConverter('zh-Hant-HK', HANT_CN)).toBe(textConverter('zh-Hant-HK', HANT_CN))
    expect(nameConverter('zh-Hans-CN', HANT_CN)).toBe(nameConverter('zh-Hans-CN', HANT_CN))
  })
})
