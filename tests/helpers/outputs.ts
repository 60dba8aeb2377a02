/** What integration tests read back from a run: the files it left, what it printed to stderr. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { vi } from 'vitest'

/** Every file under `dir` and its bytes, the incremental-build records in `.cache/` aside. */
export function readOutputTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = join(prefix, entry.name)
    if (entry.isDirectory()) {
      if (rel !== '.cache') for (const [k, v] of readOutputTree(join(dir, entry.name), rel)) files.set(k, v)
    }
    else files.set(rel, readFileSync(join(dir, entry.name), 'latin1'))
  }
  return files
}

/** Every file under `outRoot/.cache` (fingerprints and built code) and its bytes. */
export function readCacheTree(outRoot: string): Map<string, string> {
  const cache = join(outRoot, '.cache')
  const files = new Map<string, string>()
  for (const entry of readdirSync(cache, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(cache.length + 1), readFileSync(join(entry.parentPath, entry.name), 'latin1'))
  }
  return files
}

/** Runs `run` with process.stderr captured. */
export async function captureStderr<T>(run: () => Promise<T>): Promise<{ result: T; stderr: string }> {
  const { result, text } = await captureStream(process.stderr, run)
  return { result, stderr: text }
}

/** Runs `run` with process.stdout captured. */
export async function captureStdout<T>(run: () => Promise<T>): Promise<{ result: T; stdout: string }> {
  const { result, text } = await captureStream(process.stdout, run)
  return { result, stdout: text }
}

async function captureStream<T>(stream: NodeJS.WriteStream, run: () => Promise<T>): Promise<{ result: T; text: string }> {
  let text = ''
  const spy = vi.spyOn(stream, 'write').mockImplementation(chunk => {
    text += String(chunk)
    return true
  })
  try {
    return { result: await run(), text }
  }
  finally {
    spy.mockRestore()
  }
}
