/** Bylines and author notes in the forms articles print them: name, organisation and role, wherever the role stands. */
import { describe, expect, it } from 'vitest'
import { parseAuthorNote, parseByline } from '../../scripts/import/draft-authors.ts'
import { inferMeta } from '../../scripts/import/draft-meta.ts'

const metaOf = (...lines: string[]) => inferMeta(lines.map(text => ({ text })), {})

describe('bylines', () => {
  it.each([
    ['陳大文（香港大學經濟學系教授）', [{ name: '陳大文', organisation: '香港大學經濟學系', role: '教授' }]],
    ['王小明，台灣大學經濟系副教授', [{ name: '王小明', organisation: '台灣大學經濟系', role: '副教授' }]],
    ['李四 清華大學五道口金融學院院長', [{ name: '李四', organisation: '清華大學五道口金融學院', role: '院長' }]],
    ['張三、李四', [{ name: '張三' }, { name: '李四' }]],
    ['張三和李四', [{ name: '張三' }, { name: '李四' }]],
    ['張三（北京大學教授）、李四（清華大學副教授、博導）', [{ name: '張三', organisation: '北京大學', role: '教授' }, { name: '李四', organisation: '清華大學', role: '副教授、博導' }]],
    ['王小明，副教授，台灣大學經濟系', [{ name: '王小明', organisation: '台灣大學經濟系', role: '副教授' }]],
    ['陳大文（教授，香港大學經濟學系）', [{ name: '陳大文', organisation: '香港大學經濟學系', role: '教授' }]],
    ['陳大文（香港大學經濟系主任）', [{ name: '陳大文', organisation: '香港大學經濟系', role: '主任' }]],
    ['本報記者 王小明', [{ name: '王小明', role: '記者' }]],
    ['John Smith 香港大學教授', [{ name: 'John Smith', organisation: '香港大學', role: '教授' }]],
  ])('%s', (byline, expected) => {
    expect(parseByline(byline)).toEqual(expected)
  })
})

describe('author notes', () => {
  it.each([
    ['作者为中国人民大学财政金融学院教授', [{ name: '', organisation: '中国人民大学财政金融学院', role: '教授' }]],
    ['作者系香港大學經濟學系教授', [{ name: '', organisation: '香港大學經濟學系', role: '教授' }]],
    ['作者系教授，任職於香港大學經濟學系', [{ name: '', organisation: '香港大學經濟學系', role: '教授' }]],
    ['作者為香港大學經濟學系教授兼系主任', [{ name: '', organisation: '香港大學經濟學系', role: '教授、系主任' }]],
    ['潘宏勝為中證金融研究院首席經濟學家,邵宇為中證金融研究院研究員。責任編輯/周茗一', [{ name: '潘宏勝', organisation: '中證金融研究院', role: '首席經濟學家' }, { name: '邵宇', organisation: '中證金融研究院', role: '研究員' }]],
    ['王磊为中央财经大学绿色金融国际研究院副研究员，刘洋为该院研究助理。', [{ name: '王磊', organisation: '中央财经大学绿色金融国际研究院', role: '副研究员' }, { name: '刘洋', organisation: '中央财经大学绿色金融国际研究院', role: '研究助理' }]],
    ['本文系作者個人觀點，不代表本報立場', []],
  ])('%s', (note, expected) => {
    expect(parseAuthorNote(note)).toEqual(expected)
  })
})

describe('front and back matter', () => {
  it('a byline and a closing note about the same author make one author, the department kept', () => {
    const meta = metaOf('標題：香港金融科技', '文／陳大文（香港大學經濟學系教授）', '正文第一段，說了很多話。', '正文第二段。', '（作者系香港大學經濟學系教授）')
    expect(meta.authors.list).toEqual([{ name: '陳大文', organisation: '香港大學經濟學系', role: '教授' }])
  })

  it('a note naming no one fills in the byline\'s author; a note on its own line without brackets counts too', () => {
    const meta = metaOf('标题：财政政策', '作者：王小明', '正文。', '正文。', '作者为中国人民大学财政金融学院教授。')
    expect(meta.authors.list).toEqual([{ name: '王小明', organisation: '中国人民大学财政金融学院', role: '教授' }])
  })

  it('文｜ and 作者： bylines with the position after a space or a comma, and two authors in one line', () => {
    expect(metaOf('題：一', '文｜李四 清華大學五道口金融學院院長', '正文。').authors.list).toEqual([{ name: '李四', organisation: '清華大學五道口金融學院', role: '院長' }])
    expect(metaOf('題：一', '作者：王小明，台灣大學經濟系副教授', '正文。').authors.list).toEqual([{ name: '王小明', organisation: '台灣大學經濟系', role: '副教授' }])
    expect(metaOf('題：一', '文／張三、李四', '正文。').authors.list).toEqual([{ name: '張三' }, { name: '李四' }])
  })
})
