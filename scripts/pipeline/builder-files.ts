/**
 * The file edge of fingerprinting: the builder's own files, which every deck's outputs depend on.
 * Slidev reads components/, layouts/, styles/, setup/ and vite.config.ts from the repository (the
 * decks' local addon); package-lock.json pins Slidev, Vite and the fonts; scripts/ is the builder.
 */
import type { Dirent } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { hashFiles, type NamedContent } from './fingerprint.ts'

/** Folders and files under the repository root that shape every output. */
export const BUILDER_INPUTS = ['components', 'layouts', 'styles', 'setup', 'scripts', 'vite.config.ts', 'package-lock.json'] as const

/** Parts of scripts/ that cannot change an output: the command line, first-run setup, benchmark, fuzzer, importer and the presenting server. */
const IGNORED = [/^scripts\/(cli|bin|bench|fuzz|import|present)\//, /(^|\/)\.[^/]*$/, /(^|\/)node_modules\//]

/** One hash per builder input (folder or file) under `root`; a missing folder hashes as empty. */
export async function hashBuilderFiles(root: string): Promise<Record<string, string>> {
  const hashes = await Promise.all(BUILDER_INPUTS.map(async name => {
    const files = await listFiles(root, name)
    const contents: NamedContent[] = await Promise.all(files.map(async file => ({ name: file, content: await readFile(join(root, file)) })))
    return [name, hashFiles(contents)] as const
  }))
  return Object.fromEntries(hashes)
}

/** Files under `root/name` (or `name` itself when it is a file), as `/`-separated relative paths. */
async function listFiles(root: string, name: string): Promise<string[]> {
  let entries: Dirent[]
  try {
    entries = await readdir(join(root, name), { recursive: true, withFileTypes: true })
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') return [name]
    if (code === 'ENOENT') return []
    throw error
  }
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(path => !IGNORED.some(pattern => pattern.test(path)))
}
