/** The import and rebase commands as a user runs them: exit codes, messages, no browser needed. */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/cli/main.ts'
import { importCommand } from '../../scripts/cli/import.ts'
import { rebaseCommand } from '../../scripts/cli/rebase.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { captureStderr, captureStdout } from '../helpers/outputs.ts'
import { FIXTURES } from '../helpers/fixtures.ts'

let root: string
let paths: ReturnType<typeof projectPaths>
const TW = join(FIXTURES, 'import', 'tw-server-industry.txt')

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-import-cli-'))
  paths = projectPaths(join(root, 'out'), join(root, 'data'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function stdoutOf(run: () => Promise<number>): Promise<{ code: number; stdout: string }> {
  const { result, stdout } = await captureStdout(run)
  return { code: result, stdout }
}

describe('deckwright import', () => {
  it('drafts the deck and prints what it inferred, the coverage and what to do next', async () => {
    const { code, stdout } = await stdoutOf(() => importCommand(TW, { id: 'tw' }, paths))
    expect(code).toBe(0)
    expect(stdout).toMatch(/✓ drafted .*tw\/ \(source\.txt, article\.yaml\)/)
    expect(stdout).toContain('region      TW')
    expect(stdout).toMatch(/coverage +\d+\/\d+ body paragraphs \(100%\)/)
    expect(stdout).toContain('npm run dev -- tw')
    expect(existsSync(join(paths.data, 'tw', 'source.txt'))).toBe(true)
  })

  it('refuses an existing deck without --force: exit 1, the folder unchanged', async () => {
    const before = readFileSync(join(paths.data, 'tw', 'article.yaml'), 'utf8')
    const error = await importCommand(join(FIXTURES, 'import', 'cn-digital-economy.md'), { id: 'tw' }, paths).catch(e => e)
    expect(error.code).toBe('E_IMPORT')
    expect(readFileSync(join(paths.data, 'tw', 'article.yaml'), 'utf8')).toBe(before)
  })

  it('exit codes: 1 for a file it cannot read, 2 for a missing argument or a bad --id, 0 for --help', async () => {
    const unreadable = await captureStderr(() => main(['import', join(root, 'article.pdf')]))
    expect(unreadable.result).toBe(1)
    expect(unreadable.stderr).toMatch(/^E_READ: cannot import .*article\.pdf: "\.pdf" files are not supported/)
    expect((await captureStderr(() => main(['import']))).result).toBe(2)
    expect((await captureStderr(() => main(['import', TW, '--id', 'Bad Id']))).result).toBe(2)
    const help = spawnSync(process.execPath, [join(ROOT, 'scripts/bin/deckwright.mjs'), 'import', '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--id <id>')
    expect(help.stdout).toContain('--force')
  })

  it('runs without a browser: the setup does not look for Chromium', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/bin/deckwright.mjs'), 'import', join(root, 'missing.txt')], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: join(root, 'no-such-browser'), PATH: '' },
      encoding: 'utf8',
    })
    expect(run.stderr).toContain('E_READ')
    expect(run.stderr).not.toMatch(/chromium/i)
    expect(run.status).toBe(1)
  })
})

describe('deckwright rebase', () => {
  it('prints what moved and what is new', async () => {
    const revised = join(root, 'revised.txt')
    const lines = readFileSync(join(paths.data, 'tw', 'source.txt'), 'utf8')
    await import('node:fs/promises').then(fs => fs.writeFile(revised, `編者按：新增的一段。\n${lines}`))
    const { code, stdout } = await stdoutOf(() => rebaseCommand('tw', revised, {}, paths))
    expect(code).toBe(0)
    expect(stdout).toMatch(/reference\(s\) moved/)
    expect(stdout).toMatch(/¶4 → ¶5 +\d+ reference/)
    expect(stdout).toContain('new paragraphs no slide cites yet: 1')
  })

  it('an unknown deck is exit 1 with the known decks listed', async () => {
    const run = await captureStderr(() => main(['rebase', 'no-such-deck-anywhere', TW]))
    expect(run.result).toBe(1)
    expect(run.stderr).toContain('E_NO_DECK')
  })
})
