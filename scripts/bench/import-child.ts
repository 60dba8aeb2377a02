/**
 * Child-process entry for the benchmark's import and rebase: the commands exactly as the CLI runs
 * them (a fresh process, so the dictionaries are read as a user's run reads them), with the data
 * in the benchmark's temporary folder. Run with `node --import tsx`.
 */
import { importCommand } from '../cli/import.ts'
import { rebaseCommand } from '../cli/rebase.ts'
import { exitCodeFor, formatError } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'

interface Request {
  command: 'import' | 'rebase'
  /** import: the article; rebase: the revised source. */
  file: string
  /** import: the new deck's id; rebase: the deck. */
  deck: string
  outRoot: string
  dataDir: string
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request
const paths = projectPaths(request.outRoot, request.dataDir)
try {
  process.exitCode = request.command === 'import'
    ? await importCommand(request.file, { id: request.deck, force: true, quiet: true }, paths)
    : await rebaseCommand(request.deck, request.file, {}, paths)
}
catch (error) {
  process.stderr.write(`${formatError(error)}\n`)
  process.exitCode = exitCodeFor(error)
}
