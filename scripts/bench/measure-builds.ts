/** Deckwright's builds, each as its own `deck` process (startup included), on the workspace. */
import { join } from 'node:path'
import { ROOT } from '../core/paths.ts'
import { runChild, type ChildRun } from './run-child.ts'
import { saveEdit, type BenchWorkspace } from './workspace.ts'

/** `deckwright deck` on the workspace, as a process of its own (see the file). */
const CHILD = join(ROOT, 'scripts', 'cli', 'deck-child.ts')

export interface BuildResults {
  cold: ChildRun
  noop: ChildRun
  oneEdit: ChildRun
}

export async function measureBuilds(workspace: BenchWorkspace, onStep: (step: string) => void): Promise<BuildResults> {
  onStep('cold full build (all locales: SPA, slide PDF, handout)')
  const cold = await runDeck(workspace)
  onStep('no-op rebuild')
  const noop = await runDeck(workspace)
  if (!/\b0 deck\/locale\(s\) built/.test(noop.output)) throw new Error(`the no-op rebuild built something:\n${noop.tail}`)
  onStep('rebuild after one edit')
  await saveEdit(workspace, 'BUILD1')
  const oneEdit = await runDeck(workspace)
  return { cold, noop, oneEdit }
}

/** The deck command with its defaults: every deck and locale, every output. */
async function runDeck(workspace: BenchWorkspace): Promise<ChildRun> {
  const request = { outRoot: join(workspace.paths.slides, '..'), dataDir: workspace.paths.data, options: {} }
  const run = await runChild(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(request)], { cwd: ROOT })
  if (run.code !== 0) throw new Error(`deck exited with ${run.code}:\n${run.tail}`)
  return run
}
