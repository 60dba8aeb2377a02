import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeckError, formatIssue } from '../../scripts/core/errors.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import { readGlossaryFor } from '../../scripts/localise/glossary-file.ts'
import { validateGlossary } from '../../scripts/localise/glossary-schema.ts'

const messages = (yaml: string, file = 'data/glossary.yaml') => validateGlossary(yaml, file).issues.map(formatIssue)

describe('validating a glossary file', () => {
  it('accepts the project glossary', () => {
    const paths = projectPaths()
    const result = validateGlossary(readFileSync(paths.glossary, 'utf8'), 'data/glossary.yaml')
    expect(result.issues).toEqual([])
    expect(result.glossary!.entries.length).toBeGreaterThan(10)
  })

  it('reads protect, names and terms, and treats an empty file as an empty glossary', () => {
    const { glossary } = validateGlossary('protect: [DeepSeek]\nnames: [邵宇]\nterms:\n  - match: 質量\n    zh-Hant-TW: 品質\n    why: s2twp keeps 質量\n', 'g.yaml')
    expect(glossary!.entries.map(e => [e.kind, e.match])).toEqual([['protect', 'DeepSeek'], ['name', '邵宇'], ['term', '質量']])
    expect(glossary!.entries[2]!.replacements).toEqual({ 'zh-Hant-TW': '品質' })
    expect(validateGlossary('# nothing yet\n', 'g.yaml').glossary!.entries).toEqual([])
  })

  it('reports every schema problem at once, each with file:line:column and path', () => {
    const yaml = [
      'protect: [DeepSeek, 3]', //                         1
      'names:', //                                         2
      '  - 潘宏勝', //                                      3
      'terms:', //                                         4
      '  - match: 質量', //                                 5
      '    zh-Hant-Tw: 品質', //                            6
      '    why: s2twp keeps 質量', //                       7
      '  - match: 軟件', //                                 8
      '    zh-Hant-HK: 軟件', //                            9
      '  - match: 信息', //                                10
      '    zh-Hant-HK: 資訊', //                           11
      '    note: the Hong Kong word', //                   12
      'extra: true', //                                    13
    ].join('\n')
    expect(messages(yaml)).toEqual([
      'data/glossary.yaml:1:21 protect[1]: expected string, got number 3',
      'data/glossary.yaml:6:5 terms[0].zh-Hant-Tw: unknown field "zh-Hant-Tw" (did you mean "zh-Hant-TW"?)',
      'data/glossary.yaml:8:5 terms[1].why: missing "why": every term says why it is in the glossary',
      'data/glossary.yaml:10:5 terms[2].why: missing "why": every term says why it is in the glossary',
      'data/glossary.yaml:12:5 terms[2].note: unknown field "note" (did you mean "why"?)',
      'data/glossary.yaml:13:1 extra: unknown field "extra": expected one of protect, names, terms',
    ])
  })

  it('reports the same word listed twice and a term that names no locale', () => {
    const yaml = 'protect: [KPI]\nnames: [KPI]\nterms:\n  - match: 質量\n    why: nothing\n  - match: 質量\n    zh-Hant-TW: 品質\n    why: twice\n'
    expect(messages(yaml, 'g.yaml')).toEqual([
      'g.yaml:2:9 names[0]: "KPI" is already listed at protect[0]: keep one entry per word',
      'g.yaml:4:5 terms[0]: "質量" names no locale, so it would change nothing: add zh-Hans-CN, zh-Hant-TW, zh-Hant-HK or some of them, with the text to show',
      'g.yaml:6:12 terms[1].match: "質量" is already listed at terms[0].match: keep one entry per word',
    ])
  })

  it('locates YAML syntax errors and a file that is not a mapping', () => {
    expect(messages('terms:\n  - match: [a\n', 'g.yaml')[0]).toMatch(/^g\.yaml:2:12 terms\[0\]\.match: YAML syntax: /)
    expect(messages('- a\n', 'g.yaml')).toEqual(['g.yaml:1:1: expected a mapping with protect, names, terms, got a list'])
  })
})

describe('reading the glossary for a deck', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  function project(global?: string, deck?: string) {
    dir = mkdtempSync(join(tmpdir(), 'deckwright-glossary-'))
    const deckDir = join(dir, 'data', 'deck')
    mkdirSync(deckDir, { recursive: true })
    if (global !== undefined) writeFileSync(join(dir, 'data', 'glossary.yaml'), global)
    if (deck !== undefined) writeFileSync(join(deckDir, 'glossary.yaml'), deck)
    return { deck: { dir: deckDir }, paths: { glossary: join(dir, 'data', 'glossary.yaml') } }
  }

  it('is empty when neither file exists', async () => {
    const { deck, paths } = project()
    expect((await readGlossaryFor(deck, paths)).entries).toEqual([])
  })

  it('merges the deck file over the global one', async () => {
    const { deck, paths } = project(
      'protect: [KPI]\nterms:\n  - match: 芯片\n    zh-Hant-HK: 晶片\n    why: global choice\n',
      'terms:\n  - match: 芯片\n    zh-Hant-HK: 芯片\n    why: this audience writes 芯片\n',
    )
    const glossary = await readGlossaryFor(deck, paths)
    expect(glossary.entries.map(e => [e.match, e.replacements['zh-Hant-HK']])).toEqual([['KPI', undefined], ['芯片', '芯片']])
  })

  it('throws E_GLOSSARY with the problems of both files', async () => {
    const { deck, paths } = project('protect: [1]\n', 'terms:\n  - match: 芯片\n')
    const error = await readGlossaryFor(deck, paths).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeckError)
    expect((error as DeckError).code).toBe('E_GLOSSARY')
    const issues = (error as DeckError).issues.map(formatIssue)
    expect(issues).toHaveLength(2)
    expect(issues[0]).toMatch(/glossary\.yaml:1:11 protect\[0\]: expected string, got number 1$/)
    expect(issues[1]).toMatch(/deck[/\\]glossary\.yaml:2:5 terms\[0\]\.why: missing "why"/)
  })
})
