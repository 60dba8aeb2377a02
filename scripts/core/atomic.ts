/**
 * Atomic writes: outputs are written beside their destination and renamed into place, so a failed
 * run leaves the previous file or folder intact and nothing half-written.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export function tempSibling(path: string): string {
  return join(dirname(path), `.tmp-${basename(path)}-${process.pid}-${randomBytes(3).toString('hex')}`)
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = tempSibling(path)
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  }
  catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Puts a finished folder in place of `target`; the old folder is removed only after the swap. */
export async function replaceDir(finished: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  const old = tempSibling(target)
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  try {
    await rename(finished, target)
  }
  catch (error) {
    await rename(old, target).catch(() => undefined)
    throw error
  }
  await rm(old, { recursive: true, force: true })
}
