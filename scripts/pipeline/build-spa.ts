/**
 * The SPA stage of a deck: its out-of-date locales built together in the worker (one Vite build,
 * or the cached code), except the locales where only text changed and the deck kept its shape:
 * those get their new slide data written into the pages they have, with no build at all.
 */
import type { Progress } from '../core/progress.ts'
import { displayPath } from '../load/read-deck.ts'
import type { SpaBuilder } from '../spa/run-build.ts'
import { writeSpaData } from '../spa/spa-data.ts'
import { readSlideData, type SlideData } from '../spa/slide-data.ts'
import { seconds } from './export-target.ts'
import type { OutputPlan } from './manifest.ts'
import type { LocaleTarget } from './prepare.ts'

export interface SpaItem {
  target: LocaleTarget
  plan: OutputPlan
}

/** Makes the items' SPAs; returns each one's shape (by target name), for its manifest. */
export async function buildDeckSpas(items: readonly SpaItem[], spa: SpaBuilder, progress: Progress): Promise<Map<string, string>> {
  const shapes = new Map<string, string>()
  const building: SpaItem[] = []
  for (const item of items) {
    const started = Date.now()
    const slides = await readSlideData(item.target.files.markdown, item.target.markdown)
    shapes.set(item.target.name, slides.shape)
    if (!onlyTextChanged(item.plan, slides)) {
      building.push(item)
      continue
    }
    await writeSpaData(item.target.files.dist, slides)
    progress.done(item.target.name, `spa     ${displayPath(item.target.files.dist)}/ (${seconds(started)}, only the text changed: new slide data, no build)`)
  }
  await buildInWorker(building, spa, progress)
  return shapes
}

/** Whether the built SPA on disk differs from this one in its slide data only. */
function onlyTextChanged(plan: OutputPlan, slides: SlideData): boolean {
  const previous = plan.previous.spa
  const changed = plan.reasons.spa ?? []
  return previous?.shape === slides.shape && !slides.unsupported && changed.length > 0 && changed.every(part => part === 'markdown')
}

/** Builds the locales together in the build worker. */
async function buildInWorker(items: readonly SpaItem[], spa: SpaBuilder, progress: Progress): Promise<void> {
  if (items.length === 0) return
  const names = items.map(item => item.target.name)
  const together = items.length > 1 ? `, one build for ${items.length} locales` : ''
  let started = Date.now()
  const report = await spa.build({
    targets: items.map(({ target }) => ({ entry: target.files.markdown, outDir: target.files.dist, locale: target.locale })),
    label: names.join(', '),
    onStart: () => {
      started = Date.now()
      for (const name of names) progress.stage(name, `building SPA${together}`)
    },
  })
  const how = report.built === 0 && report.reused > 0 ? ', only the text changed: the built code was reused' : together
  for (const { target } of items) progress.done(target.name, `spa     ${displayPath(target.files.dist)}/ (${seconds(started)}${how})`)
}
