/**
 * Nothing breaks the deck: a few hundred random cases of hostile text, rendered, built with
 * Slidev (150 cases share one build) and opened in Chromium. Every slide must show its text
 * exactly, the notes page its notes, the go-to dialog its titles, and no payload may run.
 * The seed is random, printed when the test starts and in every failure; FUZZ_SEED replays a run.
 * `npm run fuzz -- --runs 10000` is the long version.
 */
import { describe, expect, it } from 'vitest'
import { formatFailure, summary } from '../../scripts/cli/fuzz.ts'
import { runFuzz, type FuzzReport } from '../../scripts/fuzz/run-fuzz.ts'

const RUNS = 300

/** FUZZ_SEED when set (a whole number, or the test refuses to run), else a random seed. */
function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED
  if (given === undefined || given === '') return Math.floor(Math.random() * 2 ** 31)
  const seed = Number(given)
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, got "${given}"`)
  return seed
}

const seed = fuzzSeed()

describe('render fuzzing in a real build and browser', () => {
  it(`shows ${RUNS} cases of hostile text exactly and runs none of it (seed ${seed})`, async () => {
    // In the log from the start, in case the run is killed before it can report.
    console.info(`render fuzz: seed ${seed}; replay with FUZZ_SEED=${seed} npx vitest run tests/fuzz/render-fuzz.test.ts`)
    let report: FuzzReport
    try {
      report = await runFuzz({ runs: RUNS, seed })
    }
    catch (error) {
      throw new Error(`the fuzz run failed before it could compare (replay with FUZZ_SEED=${seed})`, { cause: error })
    }
    const details = report.failures.slice(0, 10).map(formatFailure).join('\n')
    expect(report.failures, `${summary(report)}\nreplay with FUZZ_SEED=${seed}\n${details}`).toEqual([])
    expect(report.runs).toBe(RUNS)
    expect(report.slides).toBeGreaterThan(RUNS)
  }, 600_000)
})
