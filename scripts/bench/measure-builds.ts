/** Deckwright's builds, each as its own `deck` process (startup included), on the workspace. */
import { join } from 'node:path'
import { ROOT } from '../core/paths.ts'
import type { DeckOptions } from '../cli/deck.ts'
import { runChild, type ChildRun } from './run-child.ts'
import { saveEdit, type BenchWorkspace } from './workspace.ts'

/** `deckwright deck` on the workspace, as a process of its own (see the file). */
const CHILD = join(ROOT, 'scripts', 'cli', 'deck-child.ts')

export interface BuildResults {
  cold: ChildRun
  noop: ChildRun
  oneEdit: ChildRun
  /** The one-file decks' first build, after the others (a build of its own, see below). */
  oneFile: ChildRun
}

/**
 * The cold, no-op and one-edit builds make what they made before the one-file deck existed, so
 * the rows stay comparable with Slidev's own route (which has no one-file deck); the one-file
 * decks are then built on their own and timed in a row of theirs. The PPTX is in every build.
 */
const CLASSIC: DeckOptions = { only: 'slides,spa,pdf,handout,pptx' }

export async function measureBuilds(workspace: BenchWorkspace, onStep: (step: string) => void): Promise<BuildResults> {
  onStep('cold full build (all locales: SPA, slide PDF, handout)')
  const cold = await runDeck(workspace, CLASSIC)
  onStep('no-op rebuild')
  const noop = await runDeck(workspace, CLASSIC)
  if (!/\b0 deck\/locale\(s\) built/.test(noop.output)) throw new Error(`the no-op rebuild built something:\n${noop.tail}`)
  onStep('rebuild after one edit')
  await saveEdit(workspace, 'BUILD1')
  const oneEdit = await runDeck(workspace, CLASSIC)
  onStep('one-file decks, first build')
  const oneFile = await runDeck(workspace, { only: 'html' })
  return { cold, noop, oneEdit, oneFile }
}

/** A `deck` process on the workspace, or on other data and outputs. */
export async function runDeck(where: BenchWorkspace | { outRoot: string; dataDir: string }, options: DeckOptions): Promise<ChildRun> {
  const folders = 'paths' in where ? { outRoot: join(where.paths.slides, '..'), dataDir: where.paths.data } : where
  const request = { ...folders, options }
  const run = await runChild(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(request)], { cwd: ROOT })
  if (run.code !== 0) throw new Error(`deck exited with ${run.code}:\n${run.tail}`)
  return run
}

/**
 * From the edit's `deck` run: the time from the regenerated markdown (the last `slides` line) to
 * the last slide PDF or handout, in ms; undefined when the run printed nothing.
 */
export function editToPdfsMs(output: string): number | undefined {
  const at = (kinds: string) => [...output.matchAll(new RegExp(`^\\s*([\\d.]+)s\\s+\\S+\\s+(?:${kinds})\\s`, 'gm'))].map(match => Number(match[1]) * 1000)
  const [written, printed] = [at('slides'), at('pdf|handout')]
  if (printed.length === 0) return undefined
  return Math.max(...printed) - (written.length > 0 ? Math.max(...written) : 0)
}
