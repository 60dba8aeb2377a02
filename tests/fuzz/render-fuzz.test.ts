/**
 * Nothing breaks the deck: a few hundred random cases of hostile text, rendered, built with
 * Slidev (150 cases share one build) and opened in Chromium. Every slide must show its text
 * exactly, the notes page its notes, the go-to dialog its titles, and no payload may run.
 * The seed is random and printed; FUZZ_SEED replays a run. `npm run fuzz -- --runs 10000` is the
 * long version.
 */
import { describe, expect, it } from 'vitest'
import { formatFailure, summary } from '../../scripts/cli/fuzz.ts'
import { runFuzz } from '../../scripts/fuzz/run-fuzz.ts'

const RUNS = 300
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31)

describe('render fuzzing in a real build and browser', () => {
  it(`shows ${RUNS} cases of hostile text exactly and runs none of it (seed ${seed})`, async () => {
    const report = await runFuzz({ runs: RUNS, seed })
    const details = report.failures.slice(0, 10).map(formatFailure).join('\n')
    expect(report.failures, `${summary(report)}\nreplay with FUZZ_SEED=${seed}\n${details}`).toEqual([])
    expect(report.runs).toBe(RUNS)
    expect(report.slides).toBeGreaterThan(RUNS)
  }, 600_000)
})
