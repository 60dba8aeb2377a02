/** Headings and numbered lists: a list is consecutive items of one numbering style, and never swallows a heading. */
import { describe, expect, it } from 'vitest'
import { draftStructure } from '../../scripts/import/draft-structure.ts'
import { chineseNumber, numberingOf } from '../../scripts/import/numbering.ts'

const shapeOf = (...lines: string[]) => draftStructure(lines.map(text => ({ text })), new Set()).sections.map(section => ({
  heading: section.heading?.text,
  units: section.units.map(u => (u.kind === 'text' && u.item ? `${u.paragraphs[0]}:${u.item.index}/${u.item.count}` : `${u.paragraphs[0]}`)),
}))

describe('numbering', () => {
  it.each([
    ['一、現況', '一、', 1], ['（三）出口', '（一）', 3], ['（2）其次', '（1）', 2], ['3. 設立基金。', '1.', 3], ['4）推動', '1.', 4],
    ['第十二，完善', '第一，', 12], ['二十一是', '一是', 21], ['其次，人才', '首先', 2], ['最後，監管', '首先', 'last'], ['②建立', '①', 2],
  ] as const)('%s is %s number %s', (text, style, ordinal) => {
    expect(numberingOf(text)).toMatchObject({ style, ordinal })
  })

  it('a number is not a marker: 1.5億, 2024年', () => {
    expect(numberingOf('1.5億人使用電子支付。')).toBeUndefined()
    expect(numberingOf('2024年，交易額上升。')).toBeUndefined()
    expect([chineseNumber('十'), chineseNumber('十九'), chineseNumber('兩'), chineseNumber('九十九'), chineseNumber('百')]).toEqual([10, 19, 2, 99, undefined])
  })
})

describe('lists and headings', () => {
  it('首先/其次 under 二、 end at the 三、 heading; the 1. 2. 3. under it are a list of their own', () => {
    expect(shapeOf('導言一段，說明背景。', '一、現況', '現況一段，說明情況。', '二、挑戰', '首先，人才短缺。', '其次，監管需要與時並進。', '三、建議', '1. 設立專項基金，資助中小企業。', '2. 推出人才簽證計劃。', '3. 擴大合作。')).toEqual([
      { heading: undefined, units: ['1'] },
      { heading: '一、現況', units: ['3'] },
      { heading: '二、挑戰', units: ['5:1/2', '6:2/2'] },
      { heading: '三、建議', units: ['8:1/3', '9:2/3', '10:3/3'] },
    ])
  })

  it('items of another style, or numbers that do not follow, are not one list', () => {
    expect(shapeOf('一是加強監管，防範風險。', '1. 設立基金，支持企業。', '2. 培養人才，吸引專才。', '4. 擴大合作，加強聯繫。', '引言之後的一段話。')).toEqual([
      { heading: undefined, units: ['1', '2:1/2', '3:2/2', '4', '5'] },
    ])
  })
})
