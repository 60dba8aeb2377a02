/**
 * Child-process entry for the benchmark's builds: `deckwright deck` exactly as the CLI runs it,
 * but with the data and outputs in the benchmark's temporary folders. Run with `node --import tsx`
 * (scripts/bench/measure-builds.ts). A command-line entry, so it lives with the CLI: it reads argv
 * and sets the exit code.
 */
import { deckCommand, type DeckOptions } from './deck.ts'
import { formatError, exitCodeFor } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'

interface Request {
  outRoot: string
  dataDir: string
  options: DeckOptions
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request
try {
  process.exitCode = await deckCommand([], request.options, projectPaths(request.outRoot, request.dataDir))
}
catch (error) {
  process.stderr.write(`${formatError(error)}\n`)
  process.exitCode = exitCodeFor(error)
}
