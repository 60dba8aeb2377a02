/** Progress of long work: plain lines without a terminal, an in-place line in one; --quiet and --verbose. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProgress } from '../../scripts/core/progress.ts'

function fakeStream(isTTY: boolean) {
  const writes: string[] = []
  const stream = { isTTY, columns: 200, write: (chunk: string) => writes.push(chunk) > 0 } as unknown as NodeJS.WriteStream
  return { stream, text: () => writes.join('') }
}

/** What a run of a deck reports, in order. */
function run(progress: ReturnType<typeof createProgress>) {
  progress.stage('data/demo', 'validate')
  progress.finish('data/demo')
  progress.stage('demo.zh-Hant-TW', 'building SPA')
  progress.done('demo.zh-Hant-TW', 'spa     dist/demo.zh-Hant-TW/')
  progress.warn('✗ demo.zh-Hant-HK\nE_BUILD: failed')
  progress.end()
}

let ci: string | undefined

beforeEach(() => {
  ci = process.env.CI
  delete process.env.CI
})

afterEach(() => {
  if (ci !== undefined) process.env.CI = ci
  vi.useRealTimers()
})

describe('without a terminal (CI, logs)', () => {
  it('prints results and warnings as plain lines, with deck/locale and elapsed time', () => {
    const { stream, text } = fakeStream(false)
    run(createProgress('normal', stream))
    expect(text()).not.toContain('\r')
    expect(text().split('\n')).toEqual([
      expect.stringMatching(/^\s+\d+\.\ds {2}demo\.zh-Hant-TW {2}spa {5}dist\/demo\.zh-Hant-TW\/$/),
      '✗ demo.zh-Hant-HK',
      'E_BUILD: failed',
      '',
    ])
  })

  it('prints every stage as a line with --verbose', () => {
    const { stream, text } = fakeStream(false)
    run(createProgress('verbose', stream))
    expect(text()).toMatch(/data\/demo {2}validate\n/)
    expect(text()).toMatch(/demo\.zh-Hant-TW {2}building SPA\n/)
  })

  it('prints only what went wrong with --quiet', () => {
    const { stream, text } = fakeStream(false)
    run(createProgress('quiet', stream))
    expect(text()).toBe('✗ demo.zh-Hant-HK\nE_BUILD: failed\n')
  })
})

describe('in a terminal', () => {
  it('updates one line in place and leaves only results on screen', () => {
    const { stream, text } = fakeStream(true)
    run(createProgress('normal', stream))
    expect(text()).toContain('demo.zh-Hant-TW  building SPA… 0s')
    expect(text()).toContain('\r\x1b[2K')
    // What stays on screen once the in-place line is cleared.
    const screen = text().replace(/[^\n]*\r\x1b\[2K/g, '')
    expect(screen).not.toContain('building SPA')
    expect(screen).toContain('spa     dist/demo.zh-Hant-TW/')
  })

  it('keeps the clock moving while a stage runs', () => {
    vi.useFakeTimers()
    const { stream, text } = fakeStream(true)
    const progress = createProgress('normal', stream)
    progress.stage('demo.zh-Hant-TW', 'building SPA')
    vi.advanceTimersByTime(3100)
    expect(text()).toContain('building SPA… 3s')
    progress.end()
  })

  it('prints plain lines when CI is set, even in a terminal', () => {
    process.env.CI = 'true'
    const { stream, text } = fakeStream(true)
    run(createProgress('normal', stream))
    expect(text()).not.toContain('\r')
  })
})
