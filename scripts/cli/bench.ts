/**
 * `deckwright bench`: measures, in one run on the first deck, importing and rebasing, regeneration,
 * the PPTX, save → visible in the dev server, a cold full build, a no-op rebuild, a rebuild after
 * one edit (and how soon its PDFs are up to date), `present --watch` with Chromium, printing a
 * generated 100-slide deck, and the Slidev-native route for the same decks; prints a table against
 * the targets. Works on a copy of the deck in a temporary folder: the repository's slides/, dist/
 * and exports/ are never touched.
 */
import { readdir, stat } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { EXIT } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { createProgress } from '../core/progress.ts'
import { readDeck } from '../load/read-deck.ts'
import { measureBaseline } from '../bench/baseline.ts'
import { measureBuilds } from '../bench/measure-builds.ts'
import { measureSaveToVisible } from '../bench/measure-dev.ts'
import { measurePresent } from '../bench/measure-present.ts'
import { measureLargePrint } from '../bench/measure-print.ts'
import { measureImport } from '../bench/measure-import.ts'
import { measurePptx } from '../bench/measure-pptx.ts'
import { measureRegeneration } from '../bench/measure-regen.ts'
import { benchRows, type BenchResults } from '../bench/report.ts'
import { renderTable } from '../bench/table.ts'
import { createWorkspace, removeWorkspace, restoreArticle, type BenchWorkspace } from '../bench/workspace.ts'
import { selectDeckDirs } from './select-decks.ts'

const BASELINE_NOTE = [
  'Slidev-native: node_modules/@slidev/cli per locale on the generated markdown. Its exporters import the',
  'playwright-chromium package (not installed; --executable-path alone does not help), so they ran with a',
  'temporary playwright-chromium that re-exports playwright-core and launches the system Chromium.',
].join('\n')

export interface BenchOptions {
  /** Skip the Slidev-native baseline (minutes of work). */
  skipBaseline?: boolean
  /** Keep the temporary folder, to look at the outputs. */
  keep?: boolean
}

export async function benchCommand(options: BenchOptions, paths = projectPaths()): Promise<number> {
  const [first] = selectDeckDirs([], paths)
  const workspace = await createWorkspace(first!, paths)
  const progress = createProgress('verbose')
  try {
    const results = await measureAll(workspace, options, step => progress.stage(workspace.deckId, step))
    progress.end()
    const machine = `${cpus().length} CPUs, load average ${loadavg().map(n => n.toFixed(1)).join(' ')} at the end`
    process.stdout.write(`\nDeckwright benchmark: ${workspace.deckId}, ${results.locales} locales, ${machine}, ${new Date().toISOString()}\n\n${renderTable(benchRows(results))}\n`)
    if (results.baseline) process.stdout.write(`\n${BASELINE_NOTE}\n`)
    return EXIT.ok
  }
  finally {
    progress.end()
    if (options.keep) process.stderr.write(`Kept ${workspace.root}\n`)
    else await removeWorkspace(workspace)
  }
}

async function measureAll(workspace: BenchWorkspace, options: BenchOptions, onStep: (step: string) => void): Promise<BenchResults> {
  const deck = await readDeck(workspace.deckDir)
  onStep('importing the first article and rebasing its deck, each in a new process')
  const importing = await measureImport(workspace)
  onStep('regenerating the markdown after an edit, in process')
  const regen = await measureRegeneration(workspace)
  onStep('writing the PPTX of each locale, in process')
  const pptx = await measurePptx(workspace)
  onStep('save → visible in the dev server (starting it and Chromium)')
  const dev = await measureSaveToVisible(workspace)
  await restoreArticle(workspace)
  const builds = await measureBuilds(workspace, onStep)
  const oneFileBytes = await stat(join(workspace.paths.exports, `${workspace.deckId}.${deck.locales[0]}.html`)).then(file => file.size, () => undefined)
  onStep('present --watch: save → visible, memory with Chromium')
  const present = await measurePresent(workspace)
  await restoreArticle(workspace)
  onStep('slide PDF of a generated 100-slide deck')
  const largePrint = await measureLargePrint(workspace)
  const baseline = options.skipBaseline ? undefined : await measureBaseline(await markdowns(workspace), workspace.baselineRoot, onStep)
  return { deckId: workspace.deckId, locales: deck.locales.length, regen, dev, builds, importing, baseline, pptx, present, largePrint, oneFileBytes }
}

async function markdowns(workspace: BenchWorkspace): Promise<string[]> {
  const dir = workspace.paths.slides
  return (await readdir(dir)).filter(file => file.startsWith(`${workspace.deckId}.`) && file.endsWith('.md')).sort().map(file => join(dir, file))
}
