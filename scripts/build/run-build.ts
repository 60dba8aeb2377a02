/** Runs SPA builds in child processes and replaces dist/<name>/ only when a build succeeds. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { DeckError } from '../core/errors.ts'
import { ROOT } from '../core/paths.ts'
import { replaceDir, tempSibling } from '../core/atomic.ts'
import type { Locale } from '../load/schema.ts'

const WORKER = join(ROOT, 'scripts', 'build', 'build-worker.ts')

export interface SpaJob {
  entry: string
  outDir: string
  locale: Locale
  /** Shown in errors: deck and locale. */
  label: string
}

export async function buildSpaAtomically(job: SpaJob): Promise<void> {
  const temp = tempSibling(job.outDir)
  try {
    await runWorker({ entry: job.entry, outDir: temp, locale: job.locale }, job.label)
    await replaceDir(temp, job.outDir)
  }
  finally {
    await (await import('node:fs/promises')).rm(temp, { recursive: true, force: true })
  }
}

function runWorker(request: { entry: string; outDir: string; locale: Locale }, label: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(request)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    })
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    child.on('error', error => reject(new DeckError('E_BUILD', `${label}: could not start the Slidev build: ${error.message}`)))
    child.on('close', code => {
      if (code === 0) return resolvePromise()
      const tail = output.trim().split('\n').slice(-15).join('\n')
      reject(new DeckError('E_BUILD', `${label}: Slidev build failed (exit ${code})\n${tail}`))
    })
  })
}
