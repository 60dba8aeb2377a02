#!/usr/bin/env node
/**
 * First-run setup, in plain JavaScript because it runs before node_modules exists.
 * Installs what is missing and nothing else: `npm ci` when node_modules is absent or older than
 * package-lock.json, Debian's chromium through apt-get when no Chromium is found and we are root,
 * and for the tests LibreOffice Impress with Noto CJK fonts (to render the PPTX).
 * When everything is present it only hashes one file and stats a few paths (well under a second).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXIT } from '../core/exit-codes.mjs'
import { findChromium, findOnPath } from '../core/find-chromium.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const STAMP = join(root, 'node_modules', '.deckwright-install')

function log(message) {
  process.stderr.write(`deckwright setup: ${message}\n`)
}

function lockHash() {
  return createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex')
}

export function dependenciesAreCurrent() {
  if (!existsSync(STAMP)) return false
  return readFileSync(STAMP, 'utf8').trim() === lockHash()
}

function installDependencies() {
  log(existsSync(join(root, 'node_modules')) ? 'package-lock.json changed: running npm ci' : 'node_modules missing: running npm ci')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Browsers come from the system: no package may download one.
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1' },
  })
  if (result.status !== 0) {
    log('npm ci failed; fix the error above and run the command again')
    process.exit(EXIT.build)
  }
  writeFileSync(STAMP, `${lockHash()}\n`)
}

function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (process.env.CHROMIUM_PATH) {
    log(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file; point it at a Chromium or Chrome binary`)
    process.exit(EXIT.build)
  }
  if (!isRoot || !hasApt) {
    log('no Chromium found: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary')
    process.exit(EXIT.build)
  }
  log('no Chromium found: installing Debian\'s chromium with apt-get (one time)')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env })
  const install = update.status === 0
    && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'], env })
  if (!install || install.status !== 0 || !findChromium()) {
    log('installing chromium with apt-get failed; install it by hand (apt-get install chromium) or set CHROMIUM_PATH')
    process.exit(EXIT.build)
  }
}

export function ensureSetup({ browser = true } = {}) {
  if (!dependenciesAreCurrent()) installDependencies()
  if (browser && !findChromium()) installChromium()
}

/** LibreOffice's command on PATH (the tests render the PPTX with it), or undefined. */
export function findOffice(env = process.env) {
  return findOnPath(['soffice', 'libreoffice'], env)
}

/** The system CJK font LibreOffice draws the decks' Chinese with (Debian's fonts-noto-cjk). */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

/**
 * For the tests only: Debian's LibreOffice Impress and Noto CJK fonts, installed with apt-get when
 * missing and we are root. Unlike the browser they are optional: without them the PPTX rendering
 * tests are skipped and say why, so this never fails the run.
 */
export function ensureOffice() {
  const missing = [...(findOffice() ? [] : ['libreoffice-impress']), ...(existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk'])]
  if (missing.length === 0) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    log(`${missing.join(' and ')} not installed: the tests that render the PPTX with LibreOffice will be skipped (sudo apt-get install ${missing.join(' ')})`)
    return
  }
  log(`installing ${missing.join(' and ')} with apt-get for the PPTX rendering tests (one time)`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env })
  const install = update.status === 0
    && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'inherit', 'inherit'], env })
  if (!install || install.status !== 0) log(`installing ${missing.join(' ')} failed: the PPTX rendering tests will be skipped`)
}

// Run directly, this is the test command's setup (`npm test`), which also wants LibreOffice.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureSetup()
  ensureOffice()
}
