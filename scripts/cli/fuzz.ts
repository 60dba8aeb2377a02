/** `deckwright fuzz`: the render fuzzer, with a count of cases and a seed to replay a run. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXIT } from '../core/errors.ts'
import { runFuzz, type FuzzFailure, type FuzzReport } from '../fuzz/run-fuzz.ts'
import { parseWholeNumber } from './options.ts'

export interface FuzzCommandOptions {
  /** Number of cases (random content slides); cac passes a number or a string. */
  runs?: number | string
  /** Seed of the run; random when omitted. */
  seed?: number | string
}

export async function fuzzCommand(options: FuzzCommandOptions): Promise<number> {
  const runs = parseWholeNumber('runs', options.runs ?? 200, 1, 2 ** 31 - 1)!
  const seed = parseWholeNumber('seed', options.seed, -(2 ** 31), 2 ** 31 - 1) ?? Math.floor(Math.random() * 2 ** 31)
  process.stderr.write(`fuzz: ${runs} cases, seed ${seed} (replay with --seed ${seed} --runs ${runs})\n`)
  const report = await runFuzz({ runs, seed, log: line => process.stderr.write(`  ${line}\n`) })
  for (const failure of report.failures.slice(0, 50)) process.stderr.write(`${formatFailure(failure)}\n`)
  // Every failure, with its strings, beside the kept decks: the terminal shows the first 50.
  if (report.workDir) await writeFile(join(report.workDir, 'failures.json'), `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`${summary(report)}\n`)
  return report.failures.length === 0 ? EXIT.ok : EXIT.build
}

export function summary(report: FuzzReport): string {
  const kept = report.workDir ? `; decks and failures.json kept in ${report.workDir}` : ''
  return `fuzz: ${report.runs} cases in ${report.decks} deck(s) (${report.slides} slides, ${report.strings} strings), `
    + `${report.failures.length} failure(s), ${report.seconds.toFixed(1)}s, seed ${report.seed}${kept}`
}

export function formatFailure(failure: FuzzFailure): string {
  const where = [failure.deck, failure.slide === undefined ? '' : `slide ${failure.slide}`].filter(Boolean).join(' ')
  const lines = [`✗ ${failure.kind} ${where} (seed ${failure.seed}): ${failure.message}`]
  if (failure.expected !== undefined) lines.push(`    expected ${JSON.stringify(failure.expected)}`)
  if (failure.actual !== undefined) lines.push(`    actual   ${JSON.stringify(failure.actual)}`)
  if (failure.strings) lines.push(`    input    ${JSON.stringify(failure.strings).slice(0, 2000)}`)
  return lines.join('\n')
}
