/**
 * Child-process entry for one SPA build. Each build runs in its own process because Slidev keeps
 * per-process state (the first entry's roots), and so two builds can use both cores.
 */
import { buildSpa, type SpaBuildRequest } from './slidev-build.ts'

const request = JSON.parse(process.argv[2] ?? '{}') as SpaBuildRequest
try {
  await buildSpa(request)
  process.exit(0)
}
catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
}
