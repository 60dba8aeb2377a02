/** Runs a command as a child process and measures its wall time and the peak memory of its tree. */
import { spawn } from 'node:child_process'
import { sampleTreeMemory, type MemoryPeak } from './memory.ts'

export interface ChildRun {
  ms: number
  /** Peak memory of the child and its descendants (undefined off Linux). */
  peak?: MemoryPeak
  code: number | null
  /** The last lines of its output, for errors. */
  tail: string
  output: string
}

export interface ChildOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
}

export function runChild(command: string, args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    const memory = child.pid ? sampleTreeMemory(child.pid) : undefined
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 15 * 60_000)
    child.on('error', error => {
      clearTimeout(timer)
      memory?.stop()
      reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      const peak = memory?.stop()
      const tail = output.trim().split('\n').slice(-12).join('\n')
      resolve({ ms: performance.now() - started, peak, code, tail, output })
    })
  })
}
