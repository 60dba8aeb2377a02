/**
 * The Slidev-native route for the same decks, as the baseline: per locale, `slidev build`, then
 * `slidev export --with-toc` (slide PDF) and `slidev export-notes` (handout), on the markdown
 * Deckwright generated.
 *
 * Slidev's exporters import the `playwright-chromium` package by name (before `--executable-path`
 * is read; export-notes has no such flag), and only `playwright-core` is installed. So the baseline
 * gets a temporary `playwright-chromium` that re-exports the installed playwright-core and
 * launches the system Chromium; it lives in the baseline's own temporary folder.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from '../core/paths.ts'
import { chromiumPath } from '../export/browser.ts'
import type { MemoryPeak } from './memory.ts'
import { runChild, type ChildRun } from './run-child.ts'

const SLIDEV = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')

export interface BaselineResult {
  /** `slidev build` of every locale. */
  buildMs: number
  /** build + export + export-notes of every locale; undefined when the exporters could not run. */
  fullMs?: number
  /** Why fullMs is missing. */
  reason?: string
  /** Peak of the most demanding single command. */
  peak?: MemoryPeak
}

export async function measureBaseline(markdowns: readonly string[], root: string, onStep: (step: string) => void): Promise<BaselineResult> {
  const slides = join(root, 'slides')
  await mkdir(slides, { recursive: true })
  await writePlaywrightShim(slides)
  const entries = await Promise.all(markdowns.map(async md => {
    await copyFile(md, join(slides, basename(md)))
    return join(slides, basename(md))
  }))
  let buildMs = 0
  let fullMs = 0
  let reason: string | undefined
  const runs: ChildRun[] = []
  for (const entry of entries) {
    const name = basename(entry, '.md')
    onStep(`slidev build ${name}`)
    const build = await slidev(['build', entry, '--out', join(root, 'dist', name)], root)
    runs.push(build)
    if (build.code !== 0) throw new Error(`slidev build failed (exit ${build.code}):\n${build.tail}`)
    buildMs += build.ms
    if (reason) continue
    onStep(`slidev export --with-toc, export-notes ${name}`)
    const exports = await exportBoth(entry, join(root, 'exports', name), root)
    runs.push(...exports.runs)
    reason = exports.reason
    fullMs += build.ms + exports.runs.reduce((sum, run) => sum + run.ms, 0)
  }
  const peaks = runs.flatMap(run => (run.peak ? [run.peak] : []))
  const peak = peaks.length > 0 ? { rss: Math.max(...peaks.map(p => p.rss)), pss: Math.max(...peaks.map(p => p.pss)) } : undefined
  return reason ? { buildMs, reason, peak } : { buildMs, fullMs, peak }
}

/** The slide PDF and the notes PDF; stops at the first failure and says why. */
async function exportBoth(entry: string, output: string, cwd: string): Promise<{ runs: ChildRun[]; reason?: string }> {
  const slides = await slidev(['export', entry, '--with-toc', '--executable-path', chromiumPath(), '--output', `${output}.pdf`], cwd)
  if (slides.code !== 0) return { runs: [slides], reason: `slidev export: ${firstError(slides.output)}` }
  const notes = await slidev(['export-notes', entry, '--output', `${output}.notes.pdf`], cwd)
  if (notes.code !== 0) return { runs: [slides, notes], reason: `slidev export-notes: ${firstError(notes.output)}` }
  return { runs: [slides, notes] }
}

function slidev(args: string[], cwd: string): Promise<ChildRun> {
  return runChild(process.execPath, [SLIDEV, ...args], { cwd, env: { ...process.env, DECKWRIGHT_CHROMIUM_PATH: chromiumPath() } })
}

function firstError(output: string): string {
  return output.split('\n').find(line => /error/i.test(line))?.trim() ?? output.trim().split('\n').pop() ?? 'failed'
}

/** A `playwright-chromium` for Slidev's exporters: playwright-core, launching the system Chromium. */
async function writePlaywrightShim(userRoot: string): Promise<void> {
  const dir = join(userRoot, 'node_modules', 'playwright-chromium')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'playwright-chromium', version: '0.0.0-deckwright-bench', type: 'module', exports: './index.js' }))
  const core = pathToFileURL(join(ROOT, 'node_modules', 'playwright-core', 'index.mjs')).href
  await writeFile(join(dir, 'index.js'), [
    `import * as core from ${JSON.stringify(core)}`,
    `export * from ${JSON.stringify(core)}`,
    'const executablePath = process.env.DECKWRIGHT_CHROMIUM_PATH',
    'export const chromium = new Proxy(core.chromium, {',
    '  get: (target, key) => key === "launch"',
    '    ? (options = {}) => target.launch({ ...options, executablePath: options.executablePath ?? executablePath })',
    '    : typeof target[key] === "function" ? target[key].bind(target) : target[key],',
    '})',
    'export default { ...core, chromium }',
    '',
  ].join('\n'))
}
