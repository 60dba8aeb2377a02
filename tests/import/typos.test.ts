/** Suspected typos: reported where a slip is likely, never inside names, addresses, ASCII runs or titles of works. */
import { describe, expect, it } from 'vitest'
import { findTypos } from '../../scripts/import/draft-typos.ts'
import { loadSegmenter } from '../../scripts/import/segmenter.ts'

const segmenter = loadSegmenter()
const originals = (paragraphs: string[], names: string[] = []) => findTypos(paragraphs, segmenter, { names }).map(t => [t.paragraph, t.original])

describe('suspected typos', () => {
  it('never inside a name the draft inferred: 陳大文 is not 陳天文, in the byline or in the text', () => {
    const paragraphs = ['文／陳大文（香港大學經濟學系教授）', '陳大文認為，天型企業的優勢明顯。']
    expect(originals(paragraphs, ['陳大文'])).toEqual([[2, '天型']])
    // Without the name, the same pair is a slip jieba cannot place: the guard is what keeps it out.
    expect(originals(paragraphs)).toEqual(expect.arrayContaining([[1, '大文']]))
  })

  it('never inside an address, an ASCII run or a title in 《》, and still beside them', () => {
    const paragraphs = [
      '詳見 https://example.org/Al一天型/ 的說明，另見《天型企業研究》一書。',
      '程式碼 {{ tianxing.Al1 }} 與 <b>x</b> 均為測試字串，但天型企業仍是筆誤。',
      '推動國內Al基礎設施升級，形成“技術一場景”的循環。',
    ]
    expect(originals(paragraphs)).toEqual([[2, '天型'], [3, 'Al基'], [3, '技術一場景']])
  })
})
