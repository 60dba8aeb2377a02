/**
 * Importing the first article and rebasing its deck onto a revised source, each as its own
 * process (startup and dictionaries included), on the benchmark's workspace.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../core/paths.ts'
import { median } from './measure-regen.ts'
import { runChild } from './run-child.ts'
import type { BenchWorkspace } from './workspace.ts'

const CHILD = join(ROOT, 'scripts', 'bench', 'import-child.ts')

export interface ImportBench {
  /** Median wall time of a whole `import` process, and the first (cold file cache). */
  importMs: number
  importFirstMs: number
  /** Median wall time of a whole `rebase` process. */
  rebaseMs: number
  /** References the rebase moved, to show it did the work. */
  moved: number
}

export async function measureImport(workspace: BenchWorkspace, runs = 3): Promise<ImportBench> {
  const source = join(workspace.deckDir, 'source.txt')
  const imports: number[] = []
  for (let i = 0; i < runs; i++) imports.push((await run(workspace, 'import', source, 'bench-import')).ms)
  // A revised source: a paragraph inserted at the top moves every reference by one.
  const rebaseDeck = join(workspace.paths.data, 'bench-rebase')
  const revised = join(workspace.root, 'revised.txt')
  await writeFile(revised, `編者按：本文為修訂版。\n${await readFile(source, 'utf8')}`)
  const rebases: number[] = []
  let moved = 0
  for (let i = 0; i < runs; i++) {
    await cp(workspace.deckDir, rebaseDeck, { recursive: true, force: true })
    const child = await run(workspace, 'rebase', revised, rebaseDeck)
    rebases.push(child.ms)
    moved = Number(/(\d+) reference\(s\) moved/.exec(child.output)?.[1] ?? 0)
  }
  // The decks made here would otherwise be built by every later measure, as decks of their own.
  await Promise.all(['bench-import', 'bench-rebase'].map(deck => rm(join(workspace.paths.data, deck), { recursive: true, force: true })))
  return { importMs: median(imports), importFirstMs: imports[0]!, rebaseMs: median(rebases), moved }
}

async function run(workspace: BenchWorkspace, command: 'import' | 'rebase', file: string, deck: string) {
  const request = { command, file, deck, outRoot: join(workspace.paths.slides, '..'), dataDir: workspace.paths.data }
  const child = await runChild(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(request)], { cwd: ROOT })
  if (child.code !== 0) throw new Error(`${command} exited with ${child.code}:\n${child.tail}`)
  return child
}
