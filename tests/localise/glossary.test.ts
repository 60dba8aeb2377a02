import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LOCALES } from '../../scripts/core/locales.ts'
import { EMPTY_GLOSSARY, mergeGlossaries, simpleEntry, type Glossary, type GlossaryEntry } from '../../scripts/localise/glossary.ts'
import { findGlossaryHits, type Matcher } from '../../scripts/localise/glossary-match.ts'
import { createLocaliser, type SourceScript } from '../../scripts/localise/localiser.ts'

const HANT: SourceScript = { script: 'Hant', region: 'CN' }
const HANS: SourceScript = { script: 'Hans', region: 'CN' }

const matcher = (match: string, notPrecededBy = '', notFollowedBy = ''): Matcher => ({ match, notPrecededBy, notFollowedBy })
const spans = (text: string, matchers: Matcher[]) =>
  findGlossaryHits(text, matchers).map(hit => text.slice(hit.start, hit.end))

function term(match: string, replacements: GlossaryEntry['replacements'], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { kind: 'term', match, replacements, notPrecededBy: '', notFollowedBy: '', from: [], why: 'test', ...extra }
}

const glossary = (...entries: GlossaryEntry[]): Glossary => ({ entries })
const localise = (locale: (typeof LOCALES)[number], g: Glossary, text: string, source = HANT) =>
  createLocaliser(locale, g, source)(text)

describe('finding glossary words', () => {
  it('takes the longest word first', () => {
    expect(spans('數據庫和數據', [matcher('數據'), matcher('數據庫')])).toEqual(['數據庫', '數據'])
  })

  it('never matches across the edge of a longer word, even one that starts later', () => {
    expect(spans('ABCD', [matcher('AB'), matcher('BCD')])).toEqual(['BCD'])
  })

  it('breaks ties between words of the same length by position', () => {
    expect(spans('ABC', [matcher('BC'), matcher('AB')])).toEqual(['AB'])
  })

  it('honours notPrecededBy and notFollowedBy', () => {
    expect(spans('發信息和信息', [matcher('信息', '發傳')])).toEqual(['信息'])
    expect(findGlossaryHits('發信息和信息', [matcher('信息', '發傳')])[0]!.start).toBe(4)
    expect(spans('調用函數,調用資源', [matcher('調用', '', '函')])).toEqual(['調用'])
  })

  it('gives the same hits whatever the order of the entries (property)', () => {
    const words = fc.constantFrom('數據', '數據庫', '大數據', '據庫', '庫和', 'AB', 'B', 'BCD')
    fc.assert(fc.property(
      fc.array(fc.constantFrom('數', '據', '庫', '和', '大', 'A', 'B', 'C', 'D'), { maxLength: 30 }).map(chars => chars.join('')),
      fc.uniqueArray(words, { minLength: 1 }),
      (text, list) => {
        const forward = findGlossaryHits(text, list.map(w => matcher(w)))
        const backward = findGlossaryHits(text, [...list].reverse().map(w => matcher(w)))
        const asText = (hits: typeof forward, order: string[]) => hits.map(h => `${h.start}:${order[h.entry]}`)
        expect(asText(backward, [...list].reverse())).toEqual(asText(forward, list))
        forward.slice(1).forEach((hit, i) => expect(hit.start).toBeGreaterThanOrEqual(forward[i]!.end))
      },
    ))
  })
})

describe('protected words', () => {
  const g = glossary(simpleEntry('protect', 'DeepSeek'), simpleEntry('protect', '深度求索'), simpleEntry('protect', 'KPI'))

  it.each(LOCALES)('stay exactly as written in %s', locale => {
    const out = localise(locale, g, '深度求索(DeepSeek)取消KPI考核')
    expect(out).toContain('深度求索（DeepSeek）')
    expect(out).toContain('KPI')
  })

  it('are not converted even where OpenCC would convert them', () => {
    const keep = glossary(simpleEntry('protect', '軟件'))
    expect(localise('zh-Hant-TW', keep, '軟件開發')).toBe('軟件開發')
    expect(localise('zh-Hans-CN', keep, '軟件開發')).toBe('軟件开发')
  })
})

describe('names', () => {
  const g = glossary(simpleEntry('name', '潘宏勝'), simpleEntry('name', '周游'))

  it('take the locale\'s script', () => {
    expect(localise('zh-Hans-CN', g, '潘宏勝為首席經濟學家')).toBe('潘宏胜为首席经济学家')
    expect(localise('zh-Hant-TW', g, '潘宏勝為首席經濟學家')).toBe('潘宏勝為首席經濟學家')
    expect(localise('zh-Hant-HK', g, '潘宏勝為首席經濟學家')).toBe('潘宏勝為首席經濟學家')
  })

  it('never take phrase conversion (周游 the person is not 周遊 the verb)', () => {
    expect(localise('zh-Hant-TW', EMPTY_GLOSSARY, '周游')).toBe('周遊')
    expect(localise('zh-Hant-TW', g, '周游說')).toBe('周游說')
  })

  it('are found in a Simplified source and written in Traditional for Taiwan', () => {
    expect(localise('zh-Hant-TW', g, '潘宏胜认为', HANS)).toBe('潘宏勝認為')
  })
})

describe('terms', () => {
  it('replace the word in the locales they name, and only there', () => {
    const g = glossary(term('數字經濟', { 'zh-Hant-TW': '數位經濟' }))
    expect(localise('zh-Hant-TW', g, '重視數字經濟')).toBe('重視數位經濟')
    expect(localise('zh-Hant-HK', g, '重視數字經濟')).toBe('重視數字經濟')
    expect(localise('zh-Hans-CN', g, '重視數字經濟')).toBe('重视数字经济')
  })

  it('leave OpenCC its longer phrases in locales they do not name', () => {
    const g = glossary(term('數據', { 'zh-Hant-HK': '數據' }))
    expect(localise('zh-Hant-TW', g, '大數據和數據')).toBe('大數據和資料')
  })

  it('prefer the longer of two terms', () => {
    const g = glossary(term('支持', { 'zh-Hant-TW': '支持' }), term('支持者', { 'zh-Hant-TW': '擁護者' }))
    expect(localise('zh-Hant-TW', g, '支持者支持')).toBe('擁護者支持')
  })

  it('never replace part of a longer glossary word', () => {
    const g = glossary(simpleEntry('protect', '大數據'), term('數據', { 'zh-Hant-TW': '數值' }))
    expect(localise('zh-Hant-TW', g, '大數據和數據')).toBe('大數據和數值')
  })

  it('skip matches ruled out by their neighbours, which OpenCC then converts', () => {
    const g = glossary(term('調用', { 'zh-Hant-TW': '調用' }, { notPrecededBy: '宏' }))
    expect(localise('zh-Hant-TW', g, '靈活調用資源')).toBe('靈活調用資源')
    expect(localise('zh-Hant-TW', g, '宏調用')).toBe('巨集呼叫')
  })

  it('are found in a Simplified source through their Simplified form', () => {
    const g = glossary(term('硅谷', { 'zh-Hant-HK': '矽谷' }))
    expect(localise('zh-Hant-HK', g, '硅谷经验', HANS)).toBe('矽谷經驗')
  })

  it('keep their text even if it holds ASCII punctuation next to Chinese', () => {
    const g = glossary(term('雅虎', { 'zh-Hant-TW': 'Yahoo!' }))
    expect(localise('zh-Hant-TW', g, '雅虎奇摩,好')).toBe('Yahoo!奇摩，好')
  })
})

describe('placeholders', () => {
  it('survive a text that already holds private-use characters', () => {
    const g = glossary(term('優化', { 'zh-Hant-TW': '優化' }))
    expect(localise('zh-Hant-TW', g, '\uE000優化\uE001')).toBe('\uE000優化\uE001')
  })
})

describe('merging the deck glossary over the global one', () => {
  it('lets a deck entry replace the global entry for the same word, whatever its kind', () => {
    const global = glossary(term('芯片', { 'zh-Hant-HK': '晶片' }), simpleEntry('protect', 'KPI'))
    const deck = glossary(term('芯片', { 'zh-Hant-HK': '芯片' }))
    const merged = mergeGlossaries(global, deck)
    expect(merged.entries.map(e => e.match)).toEqual(['KPI', '芯片'])
    expect(localise('zh-Hant-HK', merged, '算力芯片')).toBe('算力芯片')
    const asName = mergeGlossaries(global, glossary(simpleEntry('name', 'KPI')))
    expect(asName.entries.filter(e => e.match === 'KPI').map(e => e.kind)).toEqual(['name'])
  })
})

describe('sources from Taiwan and Hong Kong', () => {
  const TW: SourceScript = { script: 'Hant', region: 'TW' }
  const HK: SourceScript = { script: 'Hant', region: 'HK' }

  it('finds a term in the source region\'s own word for the other regions\' locales', () => {
    const g = glossary(term('軟件', { 'zh-Hant-HK': '軟件' }), term('信息', { 'zh-Hant-HK': '資訊' }))
    expect(localise('zh-Hant-HK', g, '軟體與資訊', TW)).toBe('軟件與資訊')
  })

  it('leaves the source region\'s own words to its author', () => {
    const g = glossary(term('優化', { 'zh-Hant-TW': '優化' }))
    expect(localise('zh-Hant-TW', g, '演算法最佳化', TW)).toBe('演算法最佳化')
  })

  it('prefers a word as written over another entry\'s word in the source\'s vocabulary', () => {
    // 數據 is 資料 in Taiwan; the entry for 資料 itself decides what a Taiwan 資料 becomes.
    const g = glossary(term('數據', { 'zh-Hant-HK': '數據' }), term('資料', { 'zh-Hant-HK': '資料' }))
    expect(localise('zh-Hant-HK', g, '參考資料', TW)).toBe('參考資料')
    expect(localise('zh-Hant-HK', glossary(term('數據', { 'zh-Hant-HK': '數據' })), '交易資料', TW)).toBe('交易數據')
  })

  it('applies a term `from` some regions only to sources from there', () => {
    const g = glossary(term('私隱', { 'zh-Hans-CN': '隐私' }, { from: ['HK'] }))
    expect(localise('zh-Hans-CN', g, '保障私隱', HK)).toBe('保障隐私')
    expect(localise('zh-Hans-CN', g, '保障私隱', HANT)).toBe('保障私隐')
  })
})

describe('a Simplified source', () => {
  it('rules a match out by its neighbours in either script', () => {
    const g = glossary(term('調用', { 'zh-Hant-TW': '調用' }, { notPrecededBy: '數' }))
    expect(localise('zh-Hant-TW', g, '函数调用', HANS)).toBe('函式呼叫')
    expect(localise('zh-Hant-TW', g, '调用资源', HANS)).toBe('調用資源')
  })
})
