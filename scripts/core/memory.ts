/**
 * Returns memory to the system at a known quiet point. V8 collects when its heap grows, not when
 * a process sits idle: the CLI waits on the build worker and the browser with 100 MB of
 * dictionaries it no longer needs still counted, and a run's peak is the sum of all processes.
 * Node exposes `gc` only behind --expose-gc; setting that flag at run time (v8.setFlagsFromString)
 * and reading `gc` from a fresh context gets it without restarting the process.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | undefined

export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
