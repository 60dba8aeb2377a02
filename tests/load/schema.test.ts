import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../scripts/core/errors.ts'
import { readFixture, validateText } from '../helpers/fixtures.ts'

const minimal = readFixture('articles', 'minimal', 'article.yaml')
const minimalSource = readFixture('articles', 'minimal', 'source.txt')

function messages(articleText: string, sourceText = minimalSource): string[] {
  return validateText(articleText, sourceText).issues.map(formatIssue)
}

describe('article validation', () => {
  it('accepts a valid article and fills defaults', () => {
    const result = validateText(minimal, minimalSource)
    expect(result.issues).toEqual([])
    expect(result.article?.errata).toEqual([])
    expect(result.source.paragraphs).toHaveLength(5)
  })

  it('reports a misspelt field, a missing title and a malformed line together, each located', () => {
    const broken = minimal
      .replace('  title: 小型測試簡報\n', '')
      .replace('  subtitle:', '  subtitel:')
      .replace('        title: 財政與天使投資\n', '        title 財政與天使投資\n')
    const found = messages(broken)
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^article\.yaml:2:3 meta\.subtitel: unknown field "subtitel" \(did you mean "subtitle"\?\)$/),
      expect.stringMatching(/^article\.yaml:2:3 meta\.title: missing: expected string$/),
      expect.stringMatching(/^article\.yaml:20:9 sections\[0\]\.slides\[0\]: YAML syntax: /),
    ]))
  })

  it('names the field path and what was expected for a wrong type', () => {
    const broken = minimal.replace('          - 財政資金規模大\n          - 天使投資人風險偏好高', '          - [財政資金規模大]\n          - 天使投資人風險偏好高')
    expect(messages(broken)).toEqual([
      expect.stringMatching(/^article\.yaml:24:13 sections\[0\]\.slides\[0\]\.bullets\[0\]: expected string, got a list$/),
    ])
  })

  it('rejects paragraph references past the end of the source', () => {
    const broken = minimal.replace('paragraphs: [5]', 'paragraphs: [5, 9]')
    expect(messages(broken)).toEqual([
      expect.stringMatching(/sections\[1\]\.slides\[0\]\.paragraphs\[1\]: paragraph 9 does not exist: source\.txt has 5 paragraphs$/),
    ])
  })

  it('rejects a quote that is not in the source, with its location', () => {
    const broken = minimal.replace('text: 天使投資人風險偏好高、決策層級少', 'text: 天使投資人從不冒險')
    expect(messages(broken)).toEqual([
      expect.stringMatching(/^article\.yaml:\d+:\d+ sections\[0\]\.slides\[1\]\.quote\.text: quote not found in paragraph 3/),
    ])
  })

  it('checks quotes after the errata are applied', () => {
    const source = minimalSource.replace('天使投資人', '天使投姿人')
    const withErratum = minimal.replace('cover_notes:', 'errata:\n  - {paragraph: 3, original: 天使投姿人, corrected: 天使投資人}\ncover_notes:')
    expect(messages(withErratum, source)).toEqual([])
    expect(messages(minimal, source)[0]).toMatch(/quote not found/)
  })

  it('reports an erratum whose original text is not in its paragraph', () => {
    const broken = minimal.replace('cover_notes:', 'errata:\n  - {paragraph: 3, original: 不存在, corrected: 存在}\ncover_notes:')
    expect(messages(broken)[0]).toMatch(/errata\[0\]\.original: "不存在" occurs 0 time\(s\) in paragraph 3, expected 1/)
  })

  it('rejects duplicate section ids, each located', () => {
    expect(messages(minimal.replace('id: second', 'id: first'))).toEqual([
      'article.yaml:34:9 sections[1].id: duplicate section id "first"',
    ])
  })

  it('rejects unknown layouts', () => {
    expect(messages(minimal.replace('layout: compare', 'layout: columns'))).toEqual([
      expect.stringMatching(/^article\.yaml:\d+:\d+ sections\[1\]\.slides\[0\]\.layout: expected "layout" to be one of "bullets", "quote", "compare", "chart"$/),
    ])
  })

  it('suggests the nearest field name the schema knows, at any depth', () => {
    const misspelt = minimal
      .replace('cover_notes:', 'cover_note:')
      .replace('  keywords: [測試]', '  keyword: [測試]')
      .replace('description: 願意承擔風險', 'descripton: 願意承擔風險')
    expect(messages(misspelt)).toEqual([
      expect.stringMatching(/ meta\.keyword: unknown field "keyword" \(did you mean "keywords"\?\)$/),
      expect.stringMatching(/ cover_note: unknown field "cover_note" \(did you mean "cover_notes"\?\)$/),
      expect.stringMatching(/ comparison\.dimensions\[0\]\.description: missing: expected string$/),
      expect.stringMatching(/ comparison\.dimensions\[0\]\.descripton: unknown field "descripton" \(did you mean "description"\?\)$/),
    ])
  })

  it('reports an empty file as such', () => {
    expect(messages('')).toEqual(['article.yaml:1:1: the file is empty: expected meta, sections and closing'])
  })

  it('reports tabs and duplicate keys as YAML errors with positions', () => {
    expect(messages('meta:\n\ttitle: x\n')).toContain('article.yaml:2:1: YAML syntax: Tabs are not allowed as indentation')
    expect(messages(minimal.replace('  editor: 李四\n', '  editor: 李四\n  editor: 王五\n')).some(m => /YAML syntax: Map keys must be unique/.test(m))).toBe(true)
  })
})
