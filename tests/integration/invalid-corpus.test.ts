/**
 * Broken decks fail well: every deck in tests/fixtures/invalid/ is refused with a message that
 * names the file, the line and the field its expected.json gives, a non-zero exit, and not one
 * byte changed in slides/, dist/ or exports/. Decks that git cannot hold (a symbolic link loop, a
 * folder or a named pipe where a file should be, a 5 MB field) are made here, in a temporary copy.
 *
 * Root (as CI runs) can read any file whatever its mode, so "a file that cannot be read" is a
 * folder named article.yaml (EISDIR for anyone), and a named pipe named source.txt, which would
 * make a plain read wait forever.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCommand } from '../../scripts/cli/check.ts'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { main } from '../../scripts/cli/main.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { projectPaths, type ProjectPaths } from '../../scripts/core/paths.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { FIXTURES } from '../helpers/fixtures.ts'
import { captureStderr, readOutputTree } from '../helpers/outputs.ts'

interface ExpectedIssue { file: string; line?: number; path?: string; message: string }
interface Expected {
  about: string
  code: string
  /** Made by the test: git cannot store it, or should not (5 MB). */
  setup?: 'huge-field' | 'symlink-loop' | 'article-folder' | 'source-fifo'
  issues: ExpectedIssue[]
}

const CORPUS = join(FIXTURES, 'invalid')
const names = readdirSync(CORPUS).filter(name => statSync(join(CORPUS, name)).isDirectory()).sort()
const expectedOf = (name: string): Expected => JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8'))

let work: string
let paths: ProjectPaths
let outputsBefore: Map<string, string>

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'deckwright-invalid-'))
  paths = projectPaths(join(work, 'out'), join(work, 'data'))
  for (const name of names) {
    const dir = join(paths.data, name)
    cpSync(join(CORPUS, name), dir, { recursive: true, filter: source => !source.endsWith('expected.json') })
    makeSetup(dir, expectedOf(name).setup)
    writePreviousOutputs(name)
  }
  outputsBefore = readOutputTree(join(work, 'out'))
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

function makeSetup(dir: string, setup: Expected['setup']): void {
  const article = join(dir, 'article.yaml')
  if (setup === 'huge-field') writeFileSync(article, `${readFileSync(article, 'utf8')}\ncover_notes: ${'長'.repeat(5 * 1024 * 1024 / 3)}\n`)
  if (setup === 'symlink-loop') {
    rmSync(article)
    symlinkSync('article.yaml', article)
  }
  if (setup === 'article-folder') {
    rmSync(article)
    mkdirSync(article)
  }
  if (setup === 'source-fifo') {
    rmSync(join(dir, 'source.txt'))
    execFileSync('mkfifo', [join(dir, 'source.txt')])
  }
}

/** Outputs of an earlier good build, which a failed run must leave exactly as they are. */
function writePreviousOutputs(name: string): void {
  for (const locale of LOCALES) {
    const output = `${name}.${locale}`
    mkdirSync(join(paths.dist, output), { recursive: true })
    mkdirSync(paths.slides, { recursive: true })
    mkdirSync(paths.exports, { recursive: true })
    writeFileSync(join(paths.slides, `${output}.md`), `previous slides of ${output}\n`)
    writeFileSync(join(paths.dist, output, 'index.html'), `<!-- previous build of ${output} -->\n`)
    writeFileSync(join(paths.exports, `${output}.pdf`), `%PDF previous ${output}\n`)
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `file:line:column path: …message…`, as formatIssue prints an issue. */
function issuePattern(deckDir: string, issue: ExpectedIssue): RegExp {
  const where = issue.line === undefined ? '' : `:${issue.line}:\\d+`
  const path = issue.path === undefined ? '' : ` ${escape(issue.path)}`
  return new RegExp(`${escape(join(deckDir, issue.file))}${where}${path}: .*${escape(issue.message)}`)
}

describe('the bad-input corpus', () => {
  it('holds at least 25 broken decks, each with what it must report', () => {
    expect(names.length).toBeGreaterThanOrEqual(25)
    for (const name of names) expect(expectedOf(name).issues.length, name).toBeGreaterThan(0)
  })

  describe.each(names)('%s', name => {
    it('is refused by check, naming the file, the line and the field', async () => {
      const expected = expectedOf(name)
      const dir = join(paths.data, name)
      const { result, stderr } = await captureStderr(() => checkCommand([dir], { quiet: true }, paths))
      expect(result).toBe(EXIT.invalid)
      expect(stderr).toContain(`${expected.code}: `)
      for (const issue of expected.issues) expect(stderr).toMatch(issuePattern(dir, issue))
    })
  })

  it('fails the build of every broken deck, reports each, and changes nothing in slides/, dist/ or exports/', async () => {
    const { result, stderr } = await captureStderr(() => deckCommand([], { only: 'slides,spa,pdf', quiet: true }, paths))
    expect(result).toBe(EXIT.invalid)
    for (const name of names) expect(stderr).toContain(`✗ ${join(paths.data, name)}\n`)
    expect(stderr).toContain(`✗ ${names.length} failed, 0 built`)
    expect(readOutputTree(join(work, 'out'))).toEqual(outputsBefore)
  })

  it('exits 1 from the command line too', async () => {
    const dir = join(paths.data, 'yaml-unclosed-quote')
    const { result, stderr } = await captureStderr(() => main(['check', dir]))
    expect(result).toBe(EXIT.invalid)
    expect(stderr).toMatch(/article\.yaml:2:10 meta\.title: YAML syntax: Missing closing "quote/)
  })
})

describe('files that look odd but are valid', () => {
  it('reads a file with a byte order mark and CRLF line ends, counting lines as editors do', async () => {
    const dir = join(work, 'bom-crlf-valid')
    cpSync(join(CORPUS, 'bom-crlf-error'), dir, { recursive: true })
    const article = join(dir, 'article.yaml')
    writeFileSync(article, readFileSync(article, 'utf8').replace('        title:\r\n', '        title: 要點\r\n'))
    const { result, stderr } = await captureStderr(() => checkCommand([dir], { quiet: true }, paths))
    expect(stderr).toBe('')
    expect(result).toBe(EXIT.ok)
  })
})

describe('a run over many decks', () => {
  it('builds the valid decks, reports the invalid one, and exits non-zero at the end', async () => {
    const root = mkdtempSync(join(tmpdir(), 'deckwright-mixed-'))
    try {
      const mixed = projectPaths(join(root, 'out'), join(root, 'data'))
      cpSync(join(FIXTURES, 'articles', 'minimal'), join(mixed.data, 'a-valid'), { recursive: true })
      cpSync(join(CORPUS, 'quote-not-in-source'), join(mixed.data, 'b-invalid'), { recursive: true })
      const { result, stderr } = await captureStderr(() => deckCommand([], { only: 'slides', quiet: true }, mixed))
      expect(result).toBe(EXIT.invalid)
      expect(stderr).toMatch(/b-invalid\/article\.yaml:26:\d+ sections\[0\]\.slides\[1\]\.quote\.text: quote not found/)
      expect(stderr).toContain('✗ 1 failed, 3 built')
      expect(readdirSync(mixed.slides).sort()).toEqual(LOCALES.map(locale => `a-valid.${locale}.md`).sort())
    }
    finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
