/**
 * Export faults fail cleanly: no Chromium, Chromium killed mid-export, a Slidev build that fails
 * and a busy port each give a clear message and a non-zero exit, keep the previous outputs byte
 * for byte (every output is replaced atomically) and the build records in .cache/ too (a record
 * is written only once its output succeeded), and leave no browser, build or server process
 * behind. One real build in beforeAll gives every test its previous outputs.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildSpaAtomically } from '../../scripts/spa/run-build.ts'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { startDev } from '../../scripts/pipeline/dev-session.ts'
import { DeckError, EXIT, exitCodeFor, formatError } from '../../scripts/core/errors.ts'
import { projectPaths, type ProjectPaths } from '../../scripts/core/paths.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { manifestPath } from '../../scripts/pipeline/manifest.ts'
import { FIXTURES } from '../helpers/fixtures.ts'
import { captureStderr, readCacheTree, readOutputTree } from '../helpers/outputs.ts'
import { createTempProject } from '../helpers/project.ts'

const DECK = 'minimal'
const LOCALE = 'zh-Hant-TW'
const NAME = `${DECK}.${LOCALE}`

let root: string
let paths: ProjectPaths
let outputs: Map<string, string>

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deckwright-faults-'))
  paths = projectPaths(join(root, 'out'), join(root, 'data'))
  cpSync(join(FIXTURES, 'articles', DECK), join(paths.data, DECK), { recursive: true })
  const { result, stderr } = await captureStderr(() => deckCommand([DECK], { locale: LOCALE, only: 'slides,spa,pdf', quiet: true }, paths))
  expect(result, stderr).toBe(EXIT.ok)
  outputs = readOutputs()
}, 300_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

afterEach(async () => {
  vi.unstubAllEnvs()
  // Whatever a test started (browser, build worker, dev server's helpers) is gone when it ends.
  expect(await settledDescendants(proc => /chrom|build-worker/.test(proc.cmd))).toEqual([])
})

describe('export faults', () => {
  it('without Chromium, fails with E_NO_BROWSER and keeps the previous PDF and build records', async () => {
    forgetPdf()
    const records = readCacheTree(join(root, 'out'))
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')
    const missing = await exportPdf()
    expect(missing.result).toBe(EXIT.build)
    expect(missing.stderr).toContain('E_NO_BROWSER: CHROMIUM_PATH=/nonexistent/chromium is not an executable browser')

    vi.stubEnv('CHROMIUM_PATH', '/bin/false')
    const notABrowser = await exportPdf()
    expect(notABrowser.result).toBe(EXIT.build)
    expect(notABrowser.stderr).toContain('E_NO_BROWSER: could not start /bin/false')
    expect(readOutputs()).toEqual(outputs)
    expect(readCacheTree(join(root, 'out'))).toEqual(records)
    // The launcher's own error stays attached, for whoever debugs it.
    const launch = await new BrowserManager().get().catch((error: unknown) => error)
    expect(launch).toBeInstanceOf(DeckError)
    expect((launch as DeckError).cause).toBeInstanceOf(Error)
  })

  it('without Chromium, the deckwright command stops before doing anything, with exit code 3', async () => {
    const project = await createTempProject('no-chromium')
    try {
      cpSync(join(FIXTURES, 'articles', DECK), join(project.paths.data, DECK), { recursive: true })
      // The command's setup would run `npm ci` first if the project's install stamp were stale.
      const setup: { dependenciesAreCurrent: () => boolean } = await import(join(project.root, 'scripts', 'bin', 'ensure-setup.mjs'))
      expect(setup.dependenciesAreCurrent(), 'the temporary project\'s node_modules/.deckwright-install should match its package-lock.json').toBe(true)
      const run = await project.cli(['deck', '--only', 'pdf'], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' } })
      expect(run.status).toBe(EXIT.build)
      expect(run.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium is not an executable file')
      // It never reached the data: no output and no build record.
      for (const output of ['slides', 'dist', 'exports', '.cache']) expect(existsSync(join(project.root, output)), output).toBe(false)
    }
    finally {
      await project.remove()
    }
  })

  it('when Chromium is killed mid-export, fails with E_EXPORT, keeps the previous PDF and build records, and leaves no browser process', async () => {
    forgetPdf()
    const records = readCacheTree(join(root, 'out'))
    const run = exportPdf()
    const browser = await waitFor(() => {
      const chromium = descendants(process.pid).filter(proc => proc.cmd.includes('chrom'))
      // Printing has begun once the browser runs a renderer for the deck's page.
      return chromium.some(proc => proc.cmd.includes('--type=renderer')) ? chromium.find(proc => !proc.cmd.includes('--type=')) : undefined
    })
    const tree = [browser, ...descendants(browser.pid)]
    process.kill(browser.pid, 'SIGKILL')
    const { result, stderr } = await run
    expect(result).toBe(EXIT.build)
    expect(stderr).toMatch(/E_EXPORT: .*Chromium quit while exporting \(it crashed, ran out of memory or was killed\)/)
    expect(readOutputs()).toEqual(outputs)
    expect(readCacheTree(join(root, 'out'))).toEqual(records)
    expect(await settled(() => alive(tree))).toEqual([])
  })

  it('when the Slidev build fails, reports E_BUILD with the cause and keeps the previous SPA', async () => {
    // A hand-edited slides/*.md with a broken Vue template, as `npm run dev` users might leave one.
    // A sibling of out/slides' parent: the generated addon path ("./<relative>") is computed for that depth.
    const broken = join(root, 'hand-edited', 'broken', `${NAME}.md`)
    cpSync(join(paths.slides, `${NAME}.md`), broken)
    const generated = readFileSync(broken, 'utf8')
    // The broken slide comes after the generated ones: one `layout:` line each.
    const slide = generated.match(/^layout: /gm)!.length + 1
    writeFileSync(broken, `${generated}\n---\nlayout: dw-section\n---\n\n<div>{{ unclosed </div>\n`)
    const error = await buildSpaAtomically({ targets: [{ entry: broken, outDir: join(paths.dist, NAME), locale: LOCALE }], label: NAME }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeckError)
    expect(exitCodeFor(error)).toBe(EXIT.build)
    // The cause, with the slide it is in, and not a wall of stack frames.
    expect(formatError(error)).toMatch(/^E_BUILD: minimal\.zh-Hant-TW: Slidev build failed\n[\s\S]*\.md__slidev_(\d+)\.md:3:6\n.*Interpolation end sign was not found/)
    expect(/__slidev_(\d+)\.md/.exec(formatError(error))![1]).toBe(String(slide))
    expect(formatError(error)).not.toMatch(/^\s+at /m)
    expect(readOutputs()).toEqual(outputs)
    expect(readdirSync(paths.dist)).toEqual([NAME])
  })

  it('when the dev server\'s port is taken, fails with E_PORT and leaves nothing listening', async () => {
    const blocker = await listen()
    const port = (blocker.address() as { port: number }).port
    const listeningBefore = listeningPorts()
    try {
      const error = await startDev(DECK, { locale: LOCALE, port }, paths, () => undefined).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DeckError)
      expect(formatError(error)).toBe(`E_PORT: port ${port} is in use: pass --port with a free one`)
      expect(exitCodeFor(error)).toBe(EXIT.build)
      expect(listeningPorts()).toEqual(listeningBefore)
      expect(readOutputs()).toEqual(outputs)
    }
    finally {
      await new Promise(resolve => blocker.close(resolve))
    }
  })
})

/** Forgets the slide PDF's build record: the PDF is then stale while the SPA stays fresh. */
function forgetPdf(): void {
  rmSync(manifestPath(paths.cache, NAME, 'pdf'), { force: true })
}

/** Re-prints the slide PDF only (once forgotten). */
async function exportPdf() {
  forgetPdf()
  return captureStderr(() => deckCommand([DECK], { locale: LOCALE, only: 'pdf', quiet: true }, paths))
}

/** Every output file and its bytes (the incremental-build records in .cache/ aside). */
function readOutputs(): Map<string, string> {
  return readOutputTree(join(root, 'out'))
}

interface Proc { pid: number; ppid: number; start: string; cmd: string }

/** Processes from /proc, with their parent and start time (a reused pid is another process). */
function processes(): Proc[] {
  const found: Proc[] = []
  for (const name of readdirSync('/proc').filter(entry => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'latin1').replaceAll('\0', ' ').trim()
      found.push({ pid: Number(name), ppid: Number(fields[1]), start: fields[19]!, cmd })
    }
    catch {
      // The process ended while we looked.
    }
  }
  return found
}

function descendants(pid: number, all = processes()): Proc[] {
  const children = all.filter(proc => proc.ppid === pid)
  return children.flatMap(child => [child, ...descendants(child.pid, all)])
}

function alive(procs: readonly Proc[]): Proc[] {
  const now = new Map(processes().map(proc => [proc.pid, proc.start]))
  return procs.filter(proc => now.get(proc.pid) === proc.start)
}

/** This process's descendants that match, once they have had a moment to exit. */
function settledDescendants(match: (proc: Proc) => boolean): Promise<string[]> {
  return settled(() => descendants(process.pid).filter(match)).then(procs => procs.map(proc => proc.cmd.slice(0, 80)))
}

/** Polls `look` until it finds nothing, for up to 10 s; returns what is left. */
async function settled<T>(look: () => T[]): Promise<T[]> {
  let left = look()
  for (let waited = 0; left.length > 0 && waited < 10_000; waited += 100) {
    await new Promise(resolve => setTimeout(resolve, 100))
    left = look()
  }
  return left
}

async function waitFor<T>(find: () => T | undefined, timeout = 60_000): Promise<T> {
  for (let waited = 0; waited < timeout; waited += 25) {
    const found = find()
    if (found !== undefined) return found
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error('timed out waiting for the browser to start printing')
}

function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

/** Ports this process listens on, from its socket descriptors and the kernel's TCP tables. */
function listeningPorts(): number[] {
  const inodes = new Set(readdirSync('/proc/self/fd').flatMap(fd => {
    try {
      return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1]].filter(Boolean)
    }
    catch {
      return []
    }
  }))
  const ports: number[] = []
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      if (fields[3] === '0A' && inodes.has(fields[9]!)) ports.push(Number.parseInt(fields[1]!.split(':')[1]!, 16))
    }
  }
  return ports.sort((a, b) => a - b)
}
