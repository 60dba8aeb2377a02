/**
 * Whose vocabulary an article uses, from the project's one list of regional words
 * (data/regional-words.yaml with OpenCC's tables): every word counts for the regions that write
 * it, and Hong Kong, which writes most words as the mainland or Taiwan does, needs its own.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { inferRegion } from '../../scripts/import/draft-language.ts'
import { loadSegmenter } from '../../scripts/import/segmenter.ts'
import { loadRegionalWords, type RegionalWords } from '../../scripts/localise/regional-words.ts'

const segmenter = loadSegmenter()
const small: RegionalWords = {
  words: [{ CN: ['软件'], TW: ['軟體'], HK: ['軟件'] }, { CN: ['服务器'], TW: ['伺服器'], HK: ['伺服器'] }, { CN: ['隐私'], TW: ['隱私'], HK: ['私隱'] }, { CN: ['数据'], TW: ['資料'], HK: ['數據'] }],
  shared: { 'zh-Hans-CN': [], 'zh-Hant-TW': ['數據'], 'zh-Hant-HK': ['服務器'] },
  markers: { CN: [], TW: ['健保'], HK: ['HK$', '金管局'] },
}
const regionOf = (text: string, script: 'Hant' | 'Hans' = 'Hant', words = small) => inferRegion(text, script, segmenter, words).value

describe('region of an article', () => {
  it('mainland words that Hong Kong writes too make a mainland text, not a Hong Kong one', () => {
    expect(regionOf('軟件與服務器的市場。')).toBe('CN')
  })

  it('one word of Hong Kong\'s own among them makes it Hong Kong: 私隱, a marker, HK$', () => {
    expect(regionOf('軟件與服務器的私隱問題。')).toBe('HK')
    expect(regionOf('金管局推出軟件沙盒。')).toBe('HK')
    expect(regionOf('每月租金HK$5,500。')).toBe('HK')
  })

  it('Taiwan words make Taiwan; a word every region writes tells nothing (數據 is Taiwan\'s too)', () => {
    expect(regionOf('軟體與伺服器，健保資料。')).toBe('TW')
    expect(inferRegion('數據很多。', 'Hant', segmenter, small).why).toMatch(/no regional words found/)
  })

  it('no regional word: the script decides', () => {
    expect([regionOf('今天天氣很好。'), regionOf('今天天气很好。', 'Hans')]).toEqual(['TW', 'CN'])
  })

  it('with the project\'s own list: the first article is mainland, in Traditional script', async () => {
    const words = await loadRegionalWords({ data: join(ROOT, 'data') })
    expect(regionOf('深度求索推動了國內芯片、軟件與互聯網企業的發展，服務器需求增加。', 'Hant', words)).toBe('CN')
    expect(regionOf('人工智能和數據私隱等範疇，都需要更清晰的指引。', 'Hant', words)).toBe('HK')
    expect(regionOf('AI 伺服器熱潮下，台灣軟體與資料服務業的下一步。', 'Hant', words)).toBe('TW')
  })
})
