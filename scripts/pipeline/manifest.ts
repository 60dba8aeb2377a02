/**
 * The file edge of incremental builds: one manifest per built output in `<outRoot>/.cache/builds/`,
 * holding the fingerprint of the inputs it was made from. An output is up to date when its file is
 * there and its manifest's fingerprint equals the current one. Manifests are written atomically,
 * and only after their output succeeded, so a failed or interrupted build is rebuilt next time.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../core/atomic.ts'
import { VERSION } from '../core/version.ts'
import { BUILT_OUTPUTS, changedParts, decideOutputs, outputFingerprints, type BuiltOutput, type Fingerprint, type OutputDecision } from './fingerprint.ts'
import type { LocaleTarget } from './prepare.ts'

/** Bump when the manifest or fingerprint format changes: older manifests then count as missing. */
const FORMAT = 1

export interface Manifest {
  format: number
  /** `<deck>.<locale>` */
  name: string
  output: BuiltOutput
  fingerprint: Fingerprint
  version: string
  builtAt: string
  /** PDFs: the fingerprint of each slide page the file holds (page-fingerprint.ts), to reprint only changed pages. */
  pages?: string[]
  /** Handout: the fingerprint of everything in it but the slides (its HTML), to redraw only slides. */
  frame?: string
  /** SPA: the deck's shape (slide-data.ts): while it stays the same, an edit only rewrites the data. */
  shape?: string
}

/** What a manifest records beyond the fingerprint. */
export type ManifestDetails = Pick<Manifest, 'pages' | 'frame' | 'shape'>

export interface IncrementalContext {
  /** `<outRoot>/.cache` */
  cache: string
  /** Hashes of the builder's files (hashBuilderFiles). */
  builder: Readonly<Record<string, string>>
  /** Handout layout in effect for this target. */
  handout: string
  force: boolean
}

/** The decision for one target, with the fingerprints to record once outputs succeed. */
export interface OutputPlan extends OutputDecision {
  fingerprints: Record<BuiltOutput, Fingerprint>
  /** Stale output → names of the inputs that changed (empty when only its file was missing). */
  reasons: Partial<Record<BuiltOutput, string[]>>
  /** The manifest of each output whose file is there, as the last build left it (none with --force). */
  previous: Partial<Record<BuiltOutput, Manifest>>
  /** Every output's state on disk, requested or not. */
  upToDate: Record<BuiltOutput, boolean>
}

export function manifestPath(cache: string, name: string, output: BuiltOutput): string {
  return join(cache, 'builds', `${name}.${output}.json`)
}

/** The file whose presence shows an output exists. */
export function outputFile(target: LocaleTarget, output: BuiltOutput): string {
  if (output === 'spa') return join(target.files.dist, 'index.html')
  return target.files[output]
}

export async function readManifest(path: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest
    return manifest.format === FORMAT ? manifest : undefined
  }
  catch {
    // Missing or unreadable: the output is simply rebuilt.
    return undefined
  }
}

/** Which of the requested outputs of `target` are up to date, and which to make. */
export async function planOutputs(target: LocaleTarget, wanted: Iterable<string>, context: IncrementalContext): Promise<OutputPlan> {
  const fingerprints = outputFingerprints({
    markdown: target.markdown,
    locale: target.locale,
    plan: target.plan,
    metadata: target.metadata,
    brand: target.plan.brand,
    handout: context.handout,
    builder: context.builder,
    version: VERSION,
  })
  const upToDate = {} as Record<BuiltOutput, boolean>
  const reasons: OutputPlan['reasons'] = {}
  const previousManifests: OutputPlan['previous'] = {}
  await Promise.all(BUILT_OUTPUTS.map(async output => {
    const previous = await readManifest(manifestPath(context.cache, target.name, output))
    const present = existsSync(outputFile(target, output))
    upToDate[output] = present && previous?.fingerprint.hash === fingerprints[output].hash
    reasons[output] = !present ? ['output missing'] : previous ? changedParts(previous.fingerprint, fingerprints[output]) : ['no record of a previous build']
    if (present && previous && !context.force) previousManifests[output] = previous
  }))
  return { ...decideOutputs(wanted, upToDate, context.force), fingerprints, reasons, previous: previousManifests, upToDate }
}

/** Records the outputs that were just made; one whose file is absent is not recorded. */
export async function recordOutputs(target: LocaleTarget, outputs: Iterable<BuiltOutput>, plan: OutputPlan, cache: string, details: Partial<Record<BuiltOutput, ManifestDetails>> = {}): Promise<void> {
  await Promise.all([...outputs].filter(output => existsSync(outputFile(target, output))).map(output => {
    const manifest: Manifest = {
      format: FORMAT,
      name: target.name,
      output,
      fingerprint: plan.fingerprints[output],
      version: VERSION,
      builtAt: new Date().toISOString(),
      ...details[output],
    }
    return writeFileAtomic(manifestPath(cache, target.name, output), `${JSON.stringify(manifest, null, 2)}\n`)
  }))
}

/** `up to date  slides, spa, pdf` for the progress line, or undefined when nothing was skipped. */
export function upToDateMessage(slidesUnchanged: boolean, plan: OutputPlan): string | undefined {
  const skipped = [...(slidesUnchanged ? ['slides'] : []), ...plan.fresh]
  return skipped.length > 0 ? `up to date  ${skipped.join(', ')}` : undefined
}
