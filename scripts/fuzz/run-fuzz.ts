/**
 * The render fuzzer: random hostile text → Slidev markdown → real SPA build → Chromium, checked
 * slide by slide. Many cases share one deck so a few hundred cases cost one or two builds; the
 * next deck builds while the current one is checked in the browser.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { buildSpaAtomically } from '../spa/run-build.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import { ROOT } from '../core/paths.ts'
import { BrowserManager } from '../export/browser.ts'
import { compareDeck, type Finding } from './compare.ts'
import { caseStrings, renderFuzzDeck, sampleDeckInput, type FuzzDeck } from './fuzz-deck.ts'
import type { FuzzCase, FuzzFrame } from './fuzz-article.ts'
import { readRenderedDeck } from './page-check.ts'

export interface FuzzOptions {
  /** Number of cases (random content slides, several strings each). */
  runs: number
  /** Seed of the whole run; deck n uses a seed derived from it. */
  seed: number
  /** Cases per deck, that is per Slidev build (default 150). */
  casesPerDeck?: number
  /** Where decks are written and built (default: a new temporary folder, removed when clean). */
  workDir?: string
  log?: (line: string) => void
}

export interface FuzzFailure extends Finding {
  deck: string
  seed: number
  /** The failing case's strings, when the finding belongs to one. */
  strings?: string[]
}

export interface FuzzReport {
  seed: number
  runs: number
  decks: number
  slides: number
  strings: number
  failures: FuzzFailure[]
  seconds: number
  /** Kept when there are failures: the markdown of failing decks is there. */
  workDir?: string
}

interface Built {
  deck: FuzzDeck
  buildError?: string
}

export const DEFAULT_CASES_PER_DECK = 150

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now()
  const log = options.log ?? (() => undefined)
  const workDir = options.workDir ?? await mkdtemp(join(tmpdir(), 'deckwright-fuzz-'))
  const sizes = deckSizes(options.runs, options.casesPerDeck ?? DEFAULT_CASES_PER_DECK)
  const report: FuzzReport = { seed: options.seed, runs: options.runs, decks: sizes.length, slides: 0, strings: 0, failures: [], seconds: 0 }
  const browser = new BrowserManager()
  const workspace = new Workspace(workDir)
  try {
    let pending = sizes.length > 0 ? workspace.build(deckAt(options.seed, 0, sizes[0]!, workDir)) : undefined
    for (let n = 0; n < sizes.length; n++) {
      const built = await pending!
      if (n + 1 < sizes.length) pending = workspace.build(deckAt(options.seed, n + 1, sizes[n + 1]!, workDir))
      const findings = await workspace.check(built, browser)
      const unlocated = findings.length > 0 && findings.every(f => f.slide === undefined)
      const located = unlocated ? await narrow(built, findings, workspace, browser) : findings
      report.failures.push(...located.map(f => toFailure(built.deck, f)))
      report.slides += built.deck.plan.slides.length
      report.strings += built.deck.cases.reduce((sum, c) => sum + caseStrings(c).length, 0)
      log(`deck ${n + 1}/${sizes.length} (${built.deck.id}, seed ${built.deck.seed}): ${built.deck.cases.length} cases, ${built.deck.plan.slides.length} slides, ${located.length} finding(s)`)
      if (located.length === 0) await workspace.remove(built.deck.id)
    }
  }
  finally {
    await browser.close()
  }
  report.seconds = (Date.now() - started) / 1000
  if (report.failures.length === 0 && !options.workDir) await rm(workDir, { recursive: true, force: true })
  else report.workDir = workDir
  return report
}

/** Splits `runs` cases into decks of at most `perDeck`, as even as possible. */
export function deckSizes(runs: number, perDeck: number): number[] {
  const decks = Math.ceil(runs / perDeck)
  return Array.from({ length: decks }, (_, i) => Math.floor(runs / decks) + (i < runs % decks ? 1 : 0))
}

/** Deck n of a run: its seed is derived from the run's, so `--seed` replays every deck. */
function deckAt(runSeed: number, n: number, size: number, workDir: string): FuzzDeck {
  const seed = (runSeed + Math.imul(n, 0x9e3779b1)) | 0
  const { frame, cases } = sampleDeckInput(seed, size)
  return renderFuzzDeck(`fuzz-${n + 1}`, seed, frame, cases, addonPath(workDir))
}

function addonPath(workDir: string): string {
  const rel = relative(workDir, ROOT)
  return rel ? `./${rel}` : './'
}

/** Writes, builds and checks decks under one folder. */
class Workspace {
  constructor(readonly dir: string) {}

  async build(deck: FuzzDeck): Promise<Built> {
    const entry = join(this.dir, 'slides', `${deck.id}.md`)
    await writeFileAtomic(entry, deck.markdown)
    try {
      await buildSpaAtomically({ targets: [{ entry, outDir: join(this.dir, 'dist', deck.id), locale: deck.locale }], label: deck.id })
      return { deck }
    }
    catch (error) {
      return { deck, buildError: (error as Error).message }
    }
  }

  async check(built: Built, browser: BrowserManager): Promise<Finding[]> {
    if (built.buildError) return [{ kind: 'build', message: built.buildError }]
    const { deck } = built
    const noted = deck.expected.filter(slide => slide.notes).length
    try {
      const rendered = await readRenderedDeck(browser, join(this.dir, 'dist', deck.id), deck.plan.slides.length, noted)
      return compareDeck(deck.expected, rendered)
    }
    catch (error) {
      return [{ kind: 'page-error', message: `the deck did not finish drawing: ${(error as Error).message.split('\n')[0]}` }]
    }
  }

  async remove(id: string): Promise<void> {
    await rm(join(this.dir, 'dist', id), { recursive: true, force: true })
    await rm(join(this.dir, 'slides', `${id}.md`), { force: true })
  }
}

/**
 * A finding with no slide (a failed build, a script that ran somewhere) is traced to its cases by
 * halving: build and check each half, keep the one that still fails. About log2(cases) builds.
 */
async function narrow(built: Built, findings: Finding[], workspace: Workspace, browser: BrowserManager): Promise<Finding[]> {
  if (findings.length === 0) return findings
  const { frame, seed, id } = built.deck
  let cases = built.deck.cases
  let failing: Finding[] = findings
  let step = 0
  while (cases.length > 1) {
    const halves = [cases.slice(0, cases.length >> 1), cases.slice(cases.length >> 1)]
    let kept: FuzzCase[] | undefined
    for (const half of halves) {
      const found = await checkSubset(`${id}-n${++step}`, seed, frame, half, workspace, browser)
      if (found.length > 0) {
        kept = half
        failing = found
        break
      }
    }
    if (!kept) break // only the two halves together fail: report what we have
    cases = kept
  }
  const strings = cases.length === 1 ? caseStrings(cases[0]!) : cases.flatMap(caseStrings)
  const where = cases.length === 1 ? ' (isolated to one case)' : ` (narrowed to ${cases.length} cases)`
  return failing.map(f => ({ ...f, caseIndex: undefined, message: `${f.message}${where}`, isolated: strings }))
}

async function checkSubset(id: string, seed: number, frame: FuzzFrame, cases: FuzzCase[], workspace: Workspace, browser: BrowserManager): Promise<Finding[]> {
  const built = await workspace.build(renderFuzzDeck(id, seed, frame, cases, addonPath(workspace.dir)))
  const found = await workspace.check(built, browser)
  if (found.length === 0) await workspace.remove(id)
  return found
}

function toFailure(deck: FuzzDeck, finding: Finding & { isolated?: string[] }): FuzzFailure {
  const { isolated, ...rest } = finding
  const c = finding.caseIndex === undefined ? undefined : deck.cases[finding.caseIndex]
  return { ...rest, deck: deck.id, seed: deck.seed, strings: isolated ?? (c ? caseStrings(c) : undefined) }
}
