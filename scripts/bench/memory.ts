/**
 * Peak memory of a process tree: the sum of the resident set sizes of a process and all its
 * descendants (build workers, Chromium), sampled from /proc. Linux only; elsewhere it reports
 * nothing. Shared pages are counted once per process, so the sum slightly overstates real use.
 */
import { readdirSync, readFileSync } from 'node:fs'

export interface MemorySampler {
  /** Stops sampling; returns the peak in bytes, or undefined where /proc is not available. */
  stop: () => number | undefined
}

export function sampleTreeMemory(rootPid: number, intervalMs = 100): MemorySampler {
  if (process.platform !== 'linux') return { stop: () => undefined }
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treeRss(rootPid))
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return peak
    },
  }
}

/** Current RSS of `rootPid` and its descendants, in bytes. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  for (const pid of listPids()) {
    const parent = parentOf(pid)
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  let total = 0
  const queue = [rootPid]
  while (queue.length > 0) {
    const pid = queue.pop()!
    total += rssOf(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return total
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

function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readProc(pid, 'status') ?? '')
  return kb ? Number(kb[1]) * 1024 : 0
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
