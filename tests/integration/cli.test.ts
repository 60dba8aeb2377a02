/**
 * The `deckwright` command as a process, in a temporary project (a copy of the builder with its
 * own data/ and outputs): `check` validates without loading Slidev, Vite, Playwright or the
 * build and export stages, and works without a browser installed; wrong command lines exit 2.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers/fixtures.ts'
import { createTempProject, type TempProject } from '../helpers/project.ts'

let project: TempProject
let logs: string

beforeAll(async () => {
  project = await createTempProject('cli')
  cpSync(join(FIXTURES, 'articles', 'minimal'), join(project.paths.data, 'minimal'), { recursive: true })
  logs = mkdtempSync(join(tmpdir(), 'deckwright-import-log-'))
})

afterAll(async () => {
  await project?.remove()
  if (logs) rmSync(logs, { recursive: true, force: true })
})

/** Runs the command with every module it loads recorded; returns the run and the module URLs. */
async function runRecorded(args: string[], env: NodeJS.ProcessEnv = {}) {
  const log = join(logs, `${args.join('-')}.log`)
  const run = await project.cli(args, {
    nodeArgs: ['--import', join(import.meta.dirname, '..', 'helpers', 'import-log', 'register.mjs')],
    env: { ...process.env, ...env, DECKWRIGHT_IMPORT_LOG: log },
  })
  return { ...run, modules: existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [] }
}

/** What a build or an export loads and a check must not. */
const BUILD_MODULES = ['/node_modules/@slidev/', '/node_modules/vite/', '/node_modules/playwright', '/node_modules/chart.js/', '/scripts/spa/', '/scripts/export/', '/scripts/pipeline/run-decks.ts']

describe('deckwright check', () => {
  it('validates without loading Slidev, Vite, a browser or the build, and needs no browser installed', async () => {
    const run = await runRecorded(['check', 'minimal'], { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(run.status, run.stderr).toBe(0)
    // Then its vocabulary warnings (the copy has no glossary) and how long its notes take: eleven slides of 10 s or less.
    expect(run.stdout).toMatch(/^✓ minimal: 6 content slides, 3 locales, 5 source paragraphs, .*notes about 1:50 at 220 characters a minute$/m)
    // The log sees what the command loads: the check itself and the schema library it validates with.
    expect(run.modules.some(url => url.endsWith('/scripts/cli/check.ts'))).toBe(true)
    expect(run.modules.some(url => url.includes('/node_modules/zod/'))).toBe(true)
    expect(run.modules.filter(url => BUILD_MODULES.some(part => url.includes(part)))).toEqual([])
  })

  it('exits 1 on an invalid deck, naming the file and line', async () => {
    const run = await project.cli(['check', join(FIXTURES, 'invalid', 'unknown-key')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/unknown-key\/article\.yaml:\d+:\d+ .*unknown field "bulets" \(did you mean "bullets"\?\)/)
  })
})

describe('a wrong command line, from the process', () => {
  it.each([
    [['deck', '--bogus'], 'E_USAGE: Unknown option `--bogus`'],
    [['deck', 'minimal', '--locale', 'zh-TW'], 'E_USAGE: --locale: unknown value "zh-TW"'],
    [['dev'], 'E_USAGE: missing required args for command `dev <deck>`'],
  ])('deckwright %j exits 2 and builds nothing', async (args, message) => {
    const run = await project.cli(args)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
    for (const output of ['slides', 'dist', 'exports', '.cache']) expect(existsSync(join(project.root, output)), output).toBe(false)
  })

  it('prints help and exits 0 on `deckwright deck --help`, without a browser installed', async () => {
    const run = await project.cli(['deck', '--help'], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('$ deckwright deck [...decks]')
  })
})
