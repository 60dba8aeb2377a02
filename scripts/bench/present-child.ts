/**
 * Child-process entry for the benchmark's presenting session: `present --watch` exactly as the CLI
 * runs it, on the benchmark's data and outputs. Prints one JSON line per event on stdout, so the
 * benchmark knows the address and can follow saves. Run with `node --import tsx`.
 */
import type { Locale } from '../core/locales.ts'
import { formatError } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import type { Progress } from '../core/progress.ts'
import { startPresent } from '../present/present-session.ts'

interface Request {
  outRoot: string
  dataDir: string
  deck: string
  locale?: Locale
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request
const quiet: Progress = { stage: () => undefined, done: () => undefined, finish: () => undefined, warn: () => undefined, end: () => undefined }
try {
  const session = await startPresent(request.deck, { locale: request.locale, port: 0, watch: true }, projectPaths(request.outRoot, request.dataDir), (event) => {
    const line = event.type === 'invalid' ? { type: 'invalid', error: formatError(event.error) } : event
    process.stdout.write(`${JSON.stringify(line)}\n`)
  }, quiet)
  process.once('SIGTERM', () => void session.close().then(() => process.exit(0)))
}
catch (error) {
  process.stderr.write(`${formatError(error)}\n`)
  process.exit(1)
}
