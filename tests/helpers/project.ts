/**
 * A temporary Deckwright project, for tests that run the command line as a user would or change
 * the builder's own files: a copy of everything the builder is made of (the folders and files
 * `hashBuilderFiles` reads, package.json and the setup scripts), node_modules linked package by
 * package to the repository's with an install stamp of its own, and a data/ with the project's glossary and regional words but no deck. Commands run
 * there exactly as in a fresh clone, and nothing in the repository changes.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { projectPaths, ROOT, type ProjectPaths } from '../../scripts/core/paths.ts'
import { BUILDER_INPUTS } from '../../scripts/pipeline/builder-files.ts'

export interface TempProject {
  root: string
  /** The project's own paths: data/, slides/, dist/, exports/ and .cache/ inside `root`. */
  paths: ProjectPaths
  /** Runs `deckwright <args>` in the project, as `npm run` would (the project's own bin script). */
  cli: (args: readonly string[], options?: CliOptions) => Promise<CliRun>
  remove: () => Promise<void>
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv
  /** Arguments for node itself, before the script (`--import …`). */
  nodeArgs?: readonly string[]
}

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Files in data/ that belong to the project rather than to a deck. */
const PROJECT_DATA = ['glossary.yaml', 'regional-words.yaml']

export async function createTempProject(name: string): Promise<TempProject> {
  const root = await mkdtemp(join(tmpdir(), `deckwright-${name}-`))
  for (const entry of [...BUILDER_INPUTS, 'package.json', 'tsconfig.json']) {
    await cp(join(ROOT, entry), join(root, entry), { recursive: true, filter: source => !relative(ROOT, source).split(sep).some(part => part.startsWith('.')) }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
  await linkDependencies(root)
  await mkdir(join(root, 'data'), { recursive: true })
  // The project's own data files (not its decks): the glossary and the regional word list.
  for (const file of PROJECT_DATA) await cp(join(ROOT, 'data', file), join(root, 'data', file))
  const paths = projectPaths(root, join(root, 'data'), root)
  return {
    root,
    paths,
    cli: (args, options = {}) => runNode(root, [...(options.nodeArgs ?? []), join(root, 'scripts', 'bin', 'deckwright.mjs'), ...args], options.env),
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

/** node_modules/<package> → the repository's, and the stamp the setup writes after `npm ci`. */
async function linkDependencies(root: string): Promise<void> {
  const modules = join(root, 'node_modules')
  await mkdir(modules)
  for (const entry of await readdir(join(ROOT, 'node_modules'))) {
    // Tool caches and the repository's own stamp stay behind; .bin holds the packages' commands.
    if (entry.startsWith('.') && entry !== '.bin') continue
    await symlink(join(ROOT, 'node_modules', entry), join(modules, entry))
  }
  const lock = createHash('sha256').update(await readFile(join(root, 'package-lock.json'))).digest('hex')
  await writeFile(join(modules, '.deckwright-install'), `${lock}\n`)
}

function runNode(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', status => resolve({ status, stdout, stderr }))
  })
}
