/** The benchmark's report: rows of measures against their targets, rendered as a Markdown table. */

export interface BenchRow {
  measure: string
  /** The measured value, formatted; "n/a (reason)" when it could not be measured. */
  result: string
  /** The target, formatted; empty for measures without one. */
  target?: string
  /** Whether the target is met; undefined for measures without one. */
  met?: boolean
}

export function renderTable(rows: readonly BenchRow[]): string {
  const cells = rows.map(row => [row.measure, row.result, row.target ?? '', row.met === undefined ? '' : row.met ? '✓' : '✗'])
  const header = ['Measure', 'Result', 'Target', '']
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map(c => width(c[i]!))))
  const line = (c: readonly string[]) => `| ${c.map((v, i) => v + ' '.repeat(widths[i]! - width(v))).join(' | ')} |`
  return [line(header), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`
}

/** `0.95 GiB PSS (RSS sum 1.40 GiB)`: what the tree uses, then the per-process sum. */
export function formatPeak(peak: { rss: number; pss: number } | undefined): string {
  return peak ? `${formatBytes(peak.pss)} PSS (RSS sum ${formatBytes(peak.rss)})` : 'n/a (no /proc)'
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0
  for (const char of text) columns += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char) ? 2 : 1
  return columns
}
