/**
 * The build stage of a deck: its locales' SPAs and one-file decks. Out-of-date locales are built
 * together in the worker (one Vite build per kind, or the cached code), except where only text
 * changed and the deck kept its shape: those get their new slide data written into the pages they
 * have, with no build and without loading Slidev's CLI (slide-data.ts).
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../core/atomic.ts'
import type { ProjectPaths } from '../core/paths.ts'
import { kb, seconds, type Progress } from '../core/progress.ts'
import { displayPath } from '../load/read-deck.ts'
import { replaceOneFileData } from '../spa/one-file.ts'
import type { SpaBuilder } from '../spa/run-build.ts'
import { deckText, splitDeckData, type DeckRuntimeData } from '../spa/runtime-data.ts'
import { writeSpaData } from '../spa/spa-data.ts'
import type { SlideData } from '../spa/slide-data.ts'
import type { BuiltOutput } from './fingerprint.ts'
import type { OutputPlan } from './manifest.ts'
import type { LocaleTarget } from './prepare.ts'

export interface BuildItem {
  target: LocaleTarget
  plan: OutputPlan
}

type Built = Extract<BuiltOutput, 'spa' | 'html'>

export interface DeckBuild {
  /** Each target's shape, for the manifests. */
  shapes: Map<string, string>
  /**
   * One-file decks that only need their text rewritten: left for after the PDFs, which wait for
   * the SPA but not for these (their fonts are subset again, which takes CPU the prints want).
   */
  rewriteOneFiles: () => Promise<void>
}

/**
 * Makes the items' out-of-date SPAs and one-file decks (see DeckBuild for the text-only ones).
 * `whenNoBuild` runs as soon as no Vite build is left to run: the caller starts Chromium then, so
 * that its memory never adds to a build's (0.2 GiB on top of the worker's 0.9).
 */
export async function buildDeck(items: readonly BuildItem[], spa: SpaBuilder, paths: ProjectPaths, progress: Progress, whenNoBuild: () => void): Promise<DeckBuild> {
  const shapes = new Map<string, string>()
  const jobs: { item: BuildItem; outputs: Built[] }[] = []
  const rewrites: (() => Promise<void>)[] = []
  if (items.length === 0) {
    whenNoBuild()
    return { shapes, rewriteOneFiles: async () => undefined }
  }
  // Loaded only when there is something to build: a run with nothing to do stays quick.
  const { readSlideData } = await import('../spa/slide-data.ts')
  for (const item of items) {
    const started = Date.now()
    const slides = await readSlideData(item.target.files.markdown, item.target.markdown)
    shapes.set(item.target.name, slides.shape)
    const wanted = (['spa', 'html'] as const).filter(output => needsBuild(item.plan, output))
    const inWorker: Built[] = []
    for (const output of wanted) {
      if (!onlyTextChanged(item.plan, output, slides)) inWorker.push(output)
      else if (output === 'spa') {
        await writeSpaData(item.target.files.dist, slides)
        progress.done(item.target.name, `spa     ${displayPath(item.target.files.dist)}/ (${seconds(started)}, only the text changed: new slide data, no build)`)
      }
      else rewrites.push(() => rewriteOneFile(item.target, slides, paths, progress))
    }
    if (inWorker.length > 0) jobs.push({ item, outputs: inWorker })
  }
  if (jobs.length === 0) whenNoBuild()
  await buildInWorker(jobs, spa, paths, progress)
  whenNoBuild()
  return { shapes, rewriteOneFiles: async () => {
    for (const rewrite of rewrites) await rewrite()
  } }
}

/** Whether the target's SPA (or one-file deck) is to be made in this run. */
export function needsBuild(plan: OutputPlan, output: Built): boolean {
  return output === 'spa' ? plan.buildSpa : plan.stale.includes(output)
}

/** Whether the output on disk differs from this one in its slide data only. */
function onlyTextChanged(plan: OutputPlan, output: Built, slides: SlideData): boolean {
  return mayBeTextOnly(plan, output) && plan.previous[output]?.shape === slides.shape && !slides.unsupported
}

/**
 * Whether the output was built before, with a known shape, and only the markdown changed since:
 * then only text changed, unless the deck's shape did too (which needs its markdown read).
 */
export function mayBeTextOnly(plan: OutputPlan, output: Built): boolean {
  const changed = plan.reasons[output] ?? []
  return plan.previous[output]?.shape !== undefined && changed.length > 0 && changed.every(part => part === 'markdown')
}

/** The one-file deck with new data, and its fonts subset again to the characters it now shows. */
async function rewriteOneFile(target: LocaleTarget, slides: SlideData, paths: ProjectPaths, progress: Progress): Promise<void> {
  const started = Date.now()
  progress.stage(target.name, 'writing the one-file deck')
  const html = await readFile(target.files.html, 'utf8')
  const data: DeckRuntimeData = { configs: splitDeckData(html).data.configs, titles: slides.titles, slides: slides.slides }
  const { inlineFontCss } = await import('../spa/inline-fonts.ts')
  const fonts = await inlineFontCss(target.locale, deckText(data), fontCache(paths))
  const page = replaceOneFileData(html, data, fonts)
  await writeFileAtomic(target.files.html, page)
  progress.done(target.name, `html    ${displayPath(target.files.html)} (${kb(Buffer.byteLength(page))}, ${seconds(started)}, only the text changed)`)
}

/** Where subset fonts are kept between runs. */
function fontCache(paths: ProjectPaths): string {
  return join(paths.cache, 'font-subsets')
}

/**
 * Builds the rest in the build worker: the deck's locales together, the SPAs in one job and the
 * one-file decks in another. Each job has a fresh worker process: two Vite builds in one process
 * peaked 0.15–0.2 GiB higher (1.1 GiB) than either alone, for the 2–4 s that loading Slidev again costs.
 */
async function buildInWorker(jobs: readonly { item: BuildItem; outputs: Built[] }[], spa: SpaBuilder, paths: ProjectPaths, progress: Progress): Promise<void> {
  for (const output of ['spa', 'html'] as const) {
    const targets = jobs.filter(job => job.outputs.includes(output)).map(job => job.item.target)
    if (targets.length === 0) continue
    const names = targets.map(target => target.name)
    const together = targets.length > 1 ? `, one build for ${targets.length} locales` : ''
    let started = Date.now()
    const report = await spa.build({
      targets: targets.map(target => ({
        entry: target.files.markdown,
        locale: target.locale,
        ...(output === 'spa' ? { outDir: target.files.dist } : { oneFile: { output: target.files.html, fontCache: fontCache(paths) } }),
      })),
      label: names.join(', '),
      onStart: () => {
        started = Date.now()
        for (const name of names) progress.stage(name, `building the ${output === 'spa' ? 'SPA' : 'one-file deck'}${together}`)
      },
    })
    const how = report.built === 0 && report.reused > 0 ? ', only the text changed: the built code was reused' : together
    for (const target of targets) {
      if (output === 'spa') progress.done(target.name, `spa     ${displayPath(target.files.dist)}/ (${seconds(started)}${how})`)
      else progress.done(target.name, `html    ${displayPath(target.files.html)} (${kb((await stat(target.files.html)).size)}, one file, ${seconds(started)}${how})`)
    }
  }
}
