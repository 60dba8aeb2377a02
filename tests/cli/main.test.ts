/**
 * The command line as scripts see it: `--help` on every command, and exit code 2 with an E_USAGE
 * line for every kind of wrong command line. `main` is the CLI entry (it reads argv and picks the
 * exit code); nothing here gets as far as reading a deck.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../scripts/cli/main.ts'
import { captureStderr } from '../helpers/outputs.ts'

afterEach(() => vi.restoreAllMocks())

/** Runs the CLI with argv; returns its exit code and what it printed to stdout (help) and stderr. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    stdout += `${parts.join(' ')}\n`
  })
  const { result, stderr } = await captureStderr(() => main(argv))
  return { code: result, stdout, stderr }
}

const COMMANDS = ['deck', 'check', 'dev', 'bench', 'fuzz'] as const

describe('--help', () => {
  it('lists every command and exits 0', async () => {
    const { code, stdout } = await run('--help')
    expect(code).toBe(0)
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'))
  })

  it.each(COMMANDS)('works on `%s`, showing its usage and options, and exits 0', async command => {
    const { code, stdout, stderr } = await run(command, '--help')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(new RegExp(`\\$ deckwright ${command}\\b`))
    expect(stdout).toContain('-h, --help')
  })

  it('names the values of every option that has a fixed set', async () => {
    expect((await run('deck', '--help')).stdout).toMatch(/--locale <locale> .*zh-Hans-CN, zh-Hant-TW or zh-Hant-HK/)
    expect((await run('deck', '--help')).stdout).toMatch(/--handout <layout> .*notes or 3up/)
    expect((await run('deck', '--help')).stdout).toMatch(/--only <outputs> .*slides, spa, pdf, handout, pptx or html/)
    expect((await run('dev', '--help')).stdout).toMatch(/--locale <locale> .*zh-Hans-CN, zh-Hant-TW or zh-Hant-HK/)
  })
})

describe('a wrong command line exits 2 with E_USAGE', () => {
  it.each([
    [['no-such-command'], 'unknown command "no-such-command"'],
    [[], ''],
    [['deck', '--bogus'], 'Unknown option `--bogus`'],
    [['deck', '--locale', 'zh-TW'], '--locale: unknown value "zh-TW": expected one of zh-Hans-CN, zh-Hant-TW, zh-Hant-HK'],
    [['deck', '--handout', '4up'], '--handout: unknown value "4up": expected one of notes, 3up'],
    [['deck', '--only', 'pdf,pptxx'], '--only: unknown value "pptxx"'],
    [['deck', '--only', ','], '--only: expected one or more of'],
    [['check', '--verbose'], 'Unknown option `--verbose`'],
    [['dev'], 'missing required args for command `dev <deck>`'],
    [['dev', 'minimal', '--locale', 'en'], '--locale: unknown value "en"'],
    [['dev', 'minimal', '--port', 'eighty'], '--port expects a whole number from 0 to 65535, got "eighty"'],
    [['dev', 'minimal', '--port', '70000'], '--port expects a whole number from 0 to 65535'],
    [['bench', '--runs', '3'], 'Unknown option `--runs`'],
    [['fuzz', '--runs', '0'], '--runs expects a whole number from 1'],
    [['fuzz', '--seed', '1.5'], '--seed expects a whole number'],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await run(...argv)
    expect(code).toBe(2)
    if (message) expect(stderr).toContain(`E_USAGE: ${message}`)
    else expect(stderr).toBe('')
  })
})
