/**
 * Peak memory of a process tree (a process and all its descendants: build workers, Chromium),
 * sampled from /proc. Linux only; elsewhere it reports nothing. Two sums: RSS, which counts a
 * shared page once per process (Chromium's processes share much, so this overstates), and PSS,
 * which splits shared pages between the processes sharing them (what the tree really uses).
 */
import { readdirSync, readFileSync } from 'node:fs'

export interface MemoryPeak {
  /** Peak of the summed resident set sizes, in bytes. */
  rss: number
  /** Peak of the summed proportional set sizes, in bytes. */
  pss: number
}

export interface MemorySampler {
  /** Stops sampling; returns the peaks, or undefined where /proc is not available. */
  stop: () => MemoryPeak | undefined
}

/**
 * Samples every `intervalMs` at most. Reading PSS walks each process's page tables (30 ms for a
 * build, over 300 ms at times), and the reads compete with the processes measured on two cores:
 * the next sample waits at least ten times as long as the last one took, keeping the sampler under
 * a tenth of a core so it does not slow what it measures.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 250): MemorySampler {
  return sampleTreesMemory(() => [rootPid], intervalMs)
}

/** The same over several trees, whose roots are looked up at every sample (they may start later). */
export function sampleTreesMemory(roots: () => number[], intervalMs = 250): MemorySampler {
  if (process.platform !== 'linux') return { stop: () => undefined }
  const peak: MemoryPeak = { rss: 0, pss: 0 }
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const sample = () => {
    const started = performance.now()
    const now = roots().map(treeMemory).reduce((sum, tree) => ({ rss: sum.rss + tree.rss, pss: sum.pss + tree.pss }), { rss: 0, pss: 0 })
    peak.rss = Math.max(peak.rss, now.rss)
    peak.pss = Math.max(peak.pss, now.pss)
    return performance.now() - started
  }
  const schedule = (cost: number) => {
    if (!stopped) timer = setTimeout(() => schedule(sample()), Math.max(intervalMs, cost * 10))
  }
  schedule(sample())
  return {
    stop: () => {
      stopped = true
      clearTimeout(timer)
      sample()
      return { ...peak }
    },
  }
}

/** Current RSS and PSS of `rootPid` and its descendants, in bytes. */
export function treeMemory(rootPid: number): MemoryPeak {
  const children = new Map<number, number[]>()
  for (const pid of listPids()) {
    const parent = parentOf(pid)
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  const total: MemoryPeak = { rss: 0, pss: 0 }
  const queue = [rootPid]
  while (queue.length > 0) {
    const pid = queue.pop()!
    const rollup = readProc(pid, 'smaps_rollup') ?? ''
    total.rss += kilobytes(rollup, 'Rss') * 1024
    total.pss += kilobytes(rollup, 'Pss') * 1024
    queue.push(...(children.get(pid) ?? []))
  }
  return total
}

function kilobytes(rollup: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)
  return match ? Number(match[1]) : 0
}

/** Child processes of `parentPid` whose command name matches `name` (such as the browser a library started). */
export function childProcesses(parentPid: number, name: RegExp): number[] {
  return listPids().filter(pid => parentOf(pid) === parentPid && name.test(readProc(pid, 'comm')?.trim() ?? ''))
}

function listPids(): number[] {
  return readdirSync('/proc').filter(name => /^\d+$/.test(name)).map(Number)
}

function parentOf(pid: number): number | undefined {
  const stat = readProc(pid, 'stat')
  // The command name (field 2) may hold spaces and parentheses: fields after the last ')' are fixed.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields ? Number(fields[1]) : undefined
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  }
  catch {
    // The process ended between listing and reading.
    return undefined
  }
}
