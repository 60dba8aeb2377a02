/**
 * The benchmark's sandbox: a copy of one deck (and the global glossary) in a temporary data folder,
 * with Deckwright's outputs and the Slidev baseline's in temporary folders beside it. The
 * repository's data/, slides/, dist/ and exports/ are never touched.
 */
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { projectPaths, type ProjectPaths } from '../core/paths.ts'
import { editFirstBullet } from './edit.ts'

export interface BenchWorkspace {
  root: string
  deckId: string
  deckDir: string
  /** Deckwright's paths for the builds: data and outputs inside `root`. */
  paths: ProjectPaths
  /** The same data with another output root, for regeneration and the dev server. */
  devPaths: ProjectPaths
  /** Output root of the Slidev-native baseline (same depth as Deckwright's, so relative paths agree). */
  baselineRoot: string
  /** article.yaml of the copy, and its text before any edit. */
  article: string
  original: string
}

export async function createWorkspace(sourceDeckDir: string, sourcePaths: ProjectPaths): Promise<BenchWorkspace> {
  const root = await mkdtemp(join(tmpdir(), 'deckwright-bench-'))
  const paths = projectPaths(join(root, 'out'), join(root, 'data'))
  const deckId = basename(sourceDeckDir)
  const deckDir = join(paths.data, deckId)
  await cp(sourceDeckDir, deckDir, { recursive: true })
  if (existsSync(sourcePaths.glossary)) await cp(sourcePaths.glossary, paths.glossary)
  const article = join(deckDir, 'article.yaml')
  const devPaths = projectPaths(join(root, 'dev'), paths.data)
  return { root, deckId, deckDir, paths, devPaths, baselineRoot: join(root, 'baseline'), article, original: await readFile(article, 'utf8') }
}

/** Puts the article back as it was copied. */
export async function restoreArticle(workspace: BenchWorkspace): Promise<void> {
  await writeFile(workspace.article, workspace.original)
}

/** Saves the article with its first bullet edited to carry `marker`; returns the bullet's new text. */
export async function saveEdit(workspace: BenchWorkspace, marker: string): Promise<string> {
  const edit = editFirstBullet(workspace.original, marker)
  await writeFile(workspace.article, edit.yaml)
  return edit.text
}

export async function removeWorkspace(workspace: BenchWorkspace): Promise<void> {
  await rm(workspace.root, { recursive: true, force: true })
}
