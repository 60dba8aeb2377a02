/** The benchmark's pure parts: the edit it makes, and the table it prints. */
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { editFirstBullet } from '../../scripts/bench/edit.ts'
import { benchRows, type BenchResults } from '../../scripts/bench/report.ts'
import { formatBytes, formatMs, formatPeak, renderTable } from '../../scripts/bench/table.ts'
import { readFixture } from '../helpers/fixtures.ts'

describe('editFirstBullet', () => {
  it('changes only the first bullet of the article, and the YAML stays valid', () => {
    const yaml = readFixture('articles', 'minimal', 'article.yaml')
    const edit = editFirstBullet(yaml, 'BENCH1')
    expect(edit.text).toBe('財政資金規模大 BENCH1')
    expect(parse(edit.yaml).sections[0].slides[0].bullets).toEqual(['財政資金規模大 BENCH1', '天使投資人風險偏好高'])
    expect(edit.yaml.split('\n').filter((line, i) => line !== yaml.split('\n')[i])).toHaveLength(1)
  })

  it('edits inside the quotes of a quoted bullet', () => {
    const edit = editFirstBullet('bullets:\n  - "a: b"\n', 'M')
    expect(parse(edit.yaml).bullets).toEqual(['a: b M'])
    expect(edit.text).toBe('a: b M')
  })

  it('says so when the article has no bullets to edit', () => {
    expect(() => editFirstBullet('title: x\n', 'M')).toThrow(/no bullets/)
  })
})

describe('the table', () => {
  it('formats times and sizes for people', () => {
    expect([formatMs(31.4), formatMs(1234), formatMs(28_200)]).toEqual(['31 ms', '1.23 s', '28.2 s'])
    expect([formatBytes(512 * 1024 ** 2), formatBytes(2.5 * 1024 ** 3)]).toEqual(['512 MiB', '2.50 GiB'])
    expect(formatPeak({ pss: 900 * 1024 ** 2, rss: 1.5 * 1024 ** 3 })).toBe('900 MiB PSS (RSS sum 1.50 GiB)')
    expect(formatPeak(undefined)).toBe('n/a (no /proc)')
  })

  it('aligns columns, counting CJK characters as two', () => {
    const table = renderTable([{ measure: '財政', result: '1 ms', target: '≤ 2 ms', met: true }, { measure: 'ab', result: '3 ms' }])
    const widths = table.split('\n').map(line => [...line].reduce((n, c) => n + (/[財政]/.test(c) ? 2 : 1), 0))
    expect(new Set(widths).size).toBe(1)
  })

  it('checks each measure against its target and says n/a with the reason when the baseline could not run', () => {
    const run = (ms: number) => ({ ms, peak: { pss: 900 * 1024 ** 2, rss: 1.6 * 1024 ** 3 }, code: 0, tail: '', output: '' })
    const results: BenchResults = {
      deckId: 'demo',
      locales: 3,
      regen: { locale: 'zh-Hans-CN', medianMs: 20, maxMs: 30 },
      dev: { firstMs: 900, medianMs: 300, peak: { pss: 1.2 * 1024 ** 3, rss: 2 * 1024 ** 3 } },
      builds: { cold: run(20_000), noop: run(1_600), oneEdit: run(19_000) },
      importing: { importMs: 2100, importFirstMs: 2500, rebaseMs: 900, moved: 79 },
      baseline: { buildMs: 17_000, reason: 'slidev export: needs playwright-chromium' },
    }
    const rows = Object.fromEntries(benchRows(results).map(row => [row.measure.split(' (')[0], row]))
    expect(rows['Regenerate markdown after one edit']).toMatchObject({ met: true })
    expect(rows['Save → visible in the dev server']).toMatchObject({ met: true })
    expect(rows['No-op rebuild']).toMatchObject({ met: false })
    expect(rows['Slidev-native: build + export --with-toc + export-notes, 3 locales']!.result).toBe('n/a (slidev export: needs playwright-chromium)')
    expect(rows['Cold full build ÷ Slidev-native']!.result).toContain('÷ slidev build alone: 1.18×')
    // Judged on PSS: 900 MiB passes though the RSS sum is 1.6 GiB; 1.2 GiB does not.
    expect(rows['Peak memory, cold full build']).toMatchObject({ met: true })
    expect(rows['Peak memory, dev server + Chromium']).toMatchObject({ met: false })
    expect(rows['Cold full build, 3 locales']).toMatchObject({ met: undefined })
    // Import is judged against 2 s including the dictionaries; rebase has no target.
    expect(rows['Import the first article']).toMatchObject({ result: '2.10 s (first 2.50 s)', met: false })
    expect(rows['Rebase the first deck onto a revised source']).toEqual(expect.objectContaining({ result: '900 ms (79 references moved)' }))
    expect(rows['Rebase the first deck onto a revised source']!.met).toBeUndefined()
    expect(rows['PPTX per deck and locale']!.result).toBe('n/a')
  })

  it('holds the PPTX to under a second per deck and locale', () => {
    const base = { deckId: 'demo', locales: 3, regen: { locale: 'zh-Hans-CN' as const, medianMs: 20, maxMs: 30 }, dev: { firstMs: 1, medianMs: 1 }, importing: { importMs: 1, importFirstMs: 1, rebaseMs: 1, moved: 1 } }
    const run = { ms: 1, peak: undefined, code: 0, tail: '', output: '' }
    const row = (medianMs: number) => benchRows({ ...base, builds: { cold: run, noop: run, oneEdit: run }, pptx: { firstMs: 400, medianMs, locale: 'zh-Hant-TW', slides: 34 } })
      .find(r => r.measure.startsWith('PPTX'))!
    expect(row(180)).toMatchObject({ met: true, result: '180 ms (zh-Hant-TW, 34 slides; first 400 ms with loading)' })
    expect(row(1200).met).toBe(false)
  })
})
