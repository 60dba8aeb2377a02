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

describe('briefing fields: summary, agenda and duration', () => {
  const summary = (points: string) => `summary:\n  points:\n${points}  notes: 先說結論。\ncover_notes:`
  const point = (text: string, paragraphs = '[3]') => `    - text: ${text}\n      paragraphs: ${paragraphs}\n`
  const withSummary = (points: string) => minimal.replace('cover_notes:', summary(points))
  const withMeta = (lines: string) => minimal.replace('  keywords: [測試]\n', `  keywords: [測試]\n${lines}`)

  it('accepts a summary of key messages, an agenda switch and a duration', () => {
    const article = withMeta('  agenda: false\n  duration: 12.5\n').replace('cover_notes:', summary(point('財政資金規模大') + point('天使投資人風險偏好高', '[3, 5]')))
    const result = validateText(article, minimalSource)
    expect(result.issues).toEqual([])
    expect(result.article?.summary).toEqual({ points: [{ text: '財政資金規模大', paragraphs: [3] }, { text: '天使投資人風險偏好高', paragraphs: [3, 5] }], notes: '先說結論。' })
    expect(result.article?.meta).toMatchObject({ agenda: false, duration: 12.5 })
  })

  it('wants 2 to 5 key messages, each resting on paragraphs the source has', () => {
    expect(messages(withSummary(point('只有一點')))).toEqual([
      'article.yaml:16:5 summary.points: expected at least 2 key messages',
    ])
    expect(messages(withSummary(Array.from({ length: 6 }, (_, i) => point(`第 ${i + 1} 點`)).join('')))).toEqual([
      'article.yaml:16:5 summary.points: expected at most 5 key messages',
    ])
    expect(messages(withSummary(point('一') + point('二', '[3, 9]')))).toEqual([
      'article.yaml:19:23 summary.points[1].paragraphs[1]: paragraph 9 does not exist: source.txt has 5 paragraphs',
    ])
    expect(messages(withSummary(point('一') + point('二', '[]')))).toEqual([
      'article.yaml:19:19 summary.points[1].paragraphs: expected at least one paragraph number',
    ])
  })

  it('names a summary without notes, a message that is not text, and a misspelt key', () => {
    const noNotes = withSummary(point('一') + point('二')).replace('  notes: 先說結論。\n', '')
    expect(messages(noNotes)).toEqual(['article.yaml:15:3 summary.notes: missing: expected string'])
    expect(messages(withSummary(point('[一, 二]') + point('三')))).toEqual([
      'article.yaml:16:13 summary.points[0].text: expected string, got a list',
    ])
    expect(messages(withSummary(point('一') + point('二')).replace('summary:', 'sumary:'))).toEqual([
      'article.yaml:14:1 sumary: unknown field "sumary" (did you mean "summary"?)',
    ])
  })

  it('reads meta.agenda as true or false only', () => {
    expect(messages(withMeta('  agenda: no\n'))).toEqual(['article.yaml:14:11 meta.agenda: expected boolean, got the text "no"'])
    expect(messages(withMeta('  agenda: 1\n'))).toEqual(['article.yaml:14:11 meta.agenda: expected boolean, got number 1'])
  })

  it('reads meta.duration as a positive number of minutes', () => {
    expect(messages(withMeta('  duration: 20 min\n'))).toEqual(['article.yaml:14:13 meta.duration: expected number, got the text "20 min"'])
    expect(messages(withMeta('  duration: 0\n'))).toEqual(['article.yaml:14:13 meta.duration: expected a positive number of minutes'])
    expect(messages(withMeta('  duration: -5\n'))).toEqual(['article.yaml:14:13 meta.duration: expected a positive number of minutes'])
    expect(messages(withMeta('  duration: 900\n'))).toEqual(['article.yaml:14:13 meta.duration: expected at most 600 minutes (10 hours)'])
  })
})
