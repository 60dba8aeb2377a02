/**
 * Runs SPA builds in a worker process and replaces each dist/<name>/ only when its build succeeds.
 * A job is one deck's locales, built together (one Vite build shared by the locales, see
 * slidev-build.ts). Jobs run one at a time: on two cores, parallel Vite builds barely finish
 * sooner (measured: 24.1 s against 26.7 s for three separate locale builds) but double the peak
 * memory.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { DeckError } from '../core/errors.ts'
import { ROOT } from '../core/paths.ts'
import { replaceDir, tempSibling } from '../core/atomic.ts'
import type { CodeCache } from './code-cache.ts'
import type { SpaBuildReport, SpaBuildRequest } from './slidev-build.ts'

const WORKER = join(ROOT, 'scripts', 'spa', 'build-worker.ts')

export type SpaTarget = SpaBuildRequest

export interface SpaJob {
  /** The locales of one deck to build together. */
  targets: readonly SpaTarget[]
  /** Shown in errors: the deck and its locales. */
  label: string
  /** Called when the build leaves the queue and starts. */
  onStart?: () => void
}

export interface SpaBuilder {
  build: (job: SpaJob) => Promise<SpaBuildReport>
  close: () => Promise<void>
}

/** `cache`: where built code is kept between runs (none: always run Vite). */
export function createSpaBuilder(cache?: CodeCache): SpaBuilder {
  const worker = new BuildWorker()
  let queue: Promise<unknown> = Promise.resolve()
  return {
    build(job) {
      const run = queue.then(() => buildAtomically(worker, job, cache))
      queue = run.catch(() => undefined)
      return run
    },
    close: () => worker.stop(),
  }
}

/** One job with its own worker, for callers that build a single deck. */
export async function buildSpaAtomically(job: SpaJob): Promise<SpaBuildReport> {
  const builder = createSpaBuilder()
  try {
    return await builder.build(job)
  }
  finally {
    await builder.close()
  }
}

/** SPA folders are built beside their place and swapped in when all succeeded; one-file decks are written atomically by the worker. */
async function buildAtomically(worker: BuildWorker, job: SpaJob, cache?: CodeCache): Promise<SpaBuildReport> {
  const temps = job.targets.map(target => target.outDir && tempSibling(target.outDir))
  job.onStart?.()
  try {
    const report = await worker.run(job.targets.map((target, index) => ({ ...target, outDir: temps[index] })), job.label, cache)
    for (const [index, target] of job.targets.entries()) if (target.outDir) await replaceDir(temps[index]!, target.outDir)
    return report
  }
  finally {
    // A finished build's process is let go: Vite keeps most of a gigabyte alive after a build,
    // and a fresh process for the next one keeps the run's peak memory to one build.
    await Promise.all([...temps.map(temp => temp && rm(temp, { recursive: true, force: true })), worker.stop()])
  }
}

/** A lazily started build process; a crashed one is replaced on the next request. */
class BuildWorker {
  private child?: ChildProcess
  private output = ''
  private nextId = 0

  run(requests: SpaBuildRequest[], label: string, cache?: CodeCache): Promise<SpaBuildReport> {
    const child = this.start()
    const id = ++this.nextId
    this.output = ''
    return new Promise((resolve, reject) => {
      const onMessage = (message: { id: number; ok: boolean; error?: string; report?: SpaBuildReport }) => {
        if (message.id !== id) return
        cleanup()
        if (message.ok) resolve(message.report ?? { built: 0, reused: 0 })
        else reject(buildError(label, message.error ?? '', this.output))
      }
      const onExit = (code: number | null, signal: string | null) => {
        cleanup()
        this.child = undefined
        reject(buildError(label, `the build process ended (${signal ?? `exit ${code}`})`, this.output))
      }
      const cleanup = () => {
        child.off('message', onMessage)
        child.off('exit', onExit)
      }
      child.on('message', onMessage)
      child.on('exit', onExit)
      child.send({ id, requests, cache })
    })
  }

  private start(): ChildProcess {
    if (this.child) return this.child
    const child = fork(WORKER, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production' },
    })
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000)
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    child.on('exit', () => {
      if (this.child === child) this.child = undefined
    })
    this.child = child
    return child
  }

  async stop(): Promise<void> {
    const child = this.child
    this.child = undefined
    if (!child || child.exitCode !== null) return
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
}

function buildError(label: string, error: string, output: string): DeckError {
  // The cause (Vite's "[plugin vite:vue] file:line:column" and the message), not the stack frames
  // under it, which would push the cause out of the tail.
  const cause = error.split('\n').filter(line => !/^\s+at /.test(line)).join('\n')
  const tail = `${output}\n${cause}`.trim().split('\n').slice(-15).join('\n')
  return new DeckError('E_BUILD', `${label}: Slidev build failed\n${tail}`)
}
