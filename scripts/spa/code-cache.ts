/**
 * A deck's built SPA code, kept between runs. The code of a shared build holds no deck data (see
 * runtime-data.ts): when an edit changes only text, the next run copies the code from here and
 * writes the locales' index.html, instead of running Vite again. An entry is found by a hash of
 * everything else the code depends on: the builder's files and lockfile (the salt), the deck's
 * structure (its share key), the fonts list and the folders Slidev resolved.
 */
import { createHash } from 'node:crypto'
import { cp, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { tempSibling } from '../core/atomic.ts'

export interface CodeCache {
  /** Folder of the entries, one folder per key. */
  dir: string
  /** Hash of the builder's own files, lockfile and version: a change there invalidates every entry. */
  salt: string
  /** False to build anyway (`--force`); the new build still replaces the entry. */
  reuse: boolean
}

/** Entries kept: one per deck structure in use, with room for a few decks. */
const KEEP = 8

export function codeCacheKey(cache: CodeCache, parts: unknown): string {
  return createHash('sha256').update(cache.salt).update('\0').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
}

/** Copies the entry for `key` into `outDir`; returns false when there is none. */
export async function restoreCode(cache: CodeCache, key: string, outDir: string): Promise<boolean> {
  const entry = join(cache.dir, key)
  if (!cache.reuse) return false
  try {
    await stat(join(entry, 'index.html'))
  }
  catch {
    return false
  }
  await cp(entry, outDir, { recursive: true })
  const now = new Date()
  await utimes(entry, now, now).catch(() => undefined)
  return true
}

/** Keeps a copy of `builtDir` (the build's output, before any locale's files) as the entry for `key`. */
export async function storeCode(cache: CodeCache, key: string, builtDir: string): Promise<void> {
  await mkdir(cache.dir, { recursive: true })
  const entry = join(cache.dir, key)
  const temp = tempSibling(entry)
  try {
    await cp(builtDir, temp, { recursive: true })
    await rm(entry, { recursive: true, force: true })
    await rename(temp, entry)
  }
  finally {
    await rm(temp, { recursive: true, force: true })
  }
  await pruneCode(cache)
}

/** Removes all but the {@link KEEP} most recently used entries. */
async function pruneCode(cache: CodeCache): Promise<void> {
  const names = (await readdir(cache.dir)).filter(name => !name.startsWith('.'))
  const entries = await Promise.all(names.map(async name => ({ name, used: (await stat(join(cache.dir, name))).mtimeMs })))
  entries.sort((a, b) => b.used - a.used)
  await Promise.all(entries.slice(KEEP).map(entry => rm(join(cache.dir, entry.name), { recursive: true, force: true })))
}
