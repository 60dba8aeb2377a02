#!/usr/bin/env node
/**
 * The `deckwright` command. Makes sure dependencies and a browser are present, then runs the
 * TypeScript CLI through tsx in this same process.
 */
import { ensureSetup } from './ensure-setup.mjs'

const command = process.argv[2]
// `check`, `import`, `rebase` and `--help` never open a browser, so they do not need one installed.
const needsBrowser = !['check', 'import', 'rebase', undefined, '--help', '-h', '--version', '-v'].includes(command)
  && !process.argv.includes('--help') && !process.argv.includes('-h')
ensureSetup({ browser: needsBrowser })

const { register } = await import('tsx/esm/api')
register()
const { main } = await import('../cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
