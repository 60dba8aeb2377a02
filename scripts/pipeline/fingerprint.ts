/**
 * Fingerprints for incremental builds: which inputs each output of a deck/locale depends on,
 * hashed. Pure: callers pass the contents in (see builder-files.ts for the files on disk).
 *
 * The localised markdown stands in for the deck's data and glossary: it is what every output is
 * built from, so an edit that does not change it (a comment, a reformatted YAML file) rebuilds
 * nothing, and an edit of another deck never changes this deck's markdown.
 */
import { createHash } from 'node:crypto'

/** The outputs of one deck/locale that are built and can be skipped. */
export type BuiltOutput = 'spa' | 'pdf' | 'handout' | 'pptx' | 'html'
export const BUILT_OUTPUTS: readonly BuiltOutput[] = ['spa', 'pdf', 'handout', 'pptx', 'html']
/** Outputs printed from the built SPA (the PPTX is made from the plan alone). */
const PRINTED: readonly BuiltOutput[] = ['pdf', 'handout']

/** A file (or any named input) to hash; names make the hash independent of order. */
export interface NamedContent {
  name: string
  content: string | Uint8Array
}

/** What an output was made from: one hash per named part, and one hash over all of them. */
export interface Fingerprint {
  hash: string
  /** Part name → hash, kept in the manifest so a rebuild can say what changed. */
  parts: Record<string, string>
}

/** Everything one deck/locale's outputs depend on. */
export interface TargetInputs {
  /** The generated Slidev markdown (data + glossary + renderer, localised). */
  markdown: string
  locale: string
  /** The deck plan and PDF metadata: outline, titles, notes; JSON-serialisable. */
  plan: unknown
  metadata: unknown
  /**
   * The brand in this locale (colours, logo, words): every output draws it. It is in the plan and
   * the markdown too; its own part names it when a brand edit is what made an output stale.
   */
  brand: unknown
  /** Handout layout in effect (notes or 3up). */
  handout: string
  /** Hash of each group of the builder's own files (components, layouts, scripts…; see hashFiles). */
  builder: Readonly<Record<string, string>>
  /** Deckwright's version. */
  version: string
}

export function hashContent(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** One hash over a set of named contents: order-independent, and safe against renames and concatenation. */
export function hashFiles(files: readonly NamedContent[]): string {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => compare(a.name, b.name))) {
    hash.update(`${file.name}\0${hashContent(file.content)}\n`)
  }
  return hash.digest('hex')
}

/** A fingerprint over already-hashed (or short) parts. */
export function fingerprint(parts: Record<string, string>): Fingerprint {
  const entries = Object.entries(parts).sort(([a], [b]) => compare(a, b))
  const hash = createHash('sha256')
  for (const [name, value] of entries) hash.update(`${name}\0${value}\n`)
  return { hash: hash.digest('hex'), parts: Object.fromEntries(entries) }
}

/**
 * The fingerprint of each built output. The PDFs are printed from the SPA, so they depend on
 * everything the SPA depends on, plus the plan and metadata they read directly. The PPTX is made
 * from the plan and metadata by the builder's scripts (and the packages the lockfile pins), so a
 * change to the layouts, components or styles of the Slidev deck leaves it alone.
 */
export function outputFingerprints(inputs: TargetInputs): Record<BuiltOutput, Fingerprint> {
  const builder = Object.fromEntries(Object.entries(inputs.builder).map(([group, hash]) => [`builder:${group}`, hash]))
  const brand = hashContent(stableJson(inputs.brand))
  const shared = {
    ...builder,
    brand,
    markdown: hashContent(inputs.markdown),
    locale: inputs.locale,
    version: inputs.version,
  }
  const spa = fingerprint(shared)
  const printed = {
    spa: spa.hash,
    brand,
    plan: hashContent(stableJson(inputs.plan)),
    metadata: hashContent(stableJson(inputs.metadata)),
  }
  return {
    spa,
    pdf: fingerprint(printed),
    handout: fingerprint({ ...printed, layout: inputs.handout }),
    pptx: fingerprint({
      'builder:scripts': inputs.builder.scripts ?? '',
      'builder:package-lock.json': inputs.builder['package-lock.json'] ?? '',
      plan: printed.plan,
      metadata: printed.metadata,
      brand,
      locale: inputs.locale,
      version: inputs.version,
    }),
    // The one-file deck is a build of its own from the same inputs as the SPA.
    html: fingerprint({ ...shared, output: 'one-file' }),
  }
}

/** Names of the parts that differ between two fingerprints (all of them when there was none before). */
export function changedParts(previous: Fingerprint | undefined, next: Fingerprint): string[] {
  if (!previous) return Object.keys(next.parts)
  const names = new Set([...Object.keys(previous.parts), ...Object.keys(next.parts)])
  return [...names].filter(name => previous.parts[name] !== next.parts[name]).sort(compare)
}

/** Which requested outputs to skip and which to make, given which are up to date on disk. */
export interface OutputDecision {
  /** Requested and up to date: skipped. */
  fresh: BuiltOutput[]
  /** Requested and out of date (or forced): made. */
  stale: BuiltOutput[]
  /** The SPA is built when it is stale, or when a stale PDF must be printed from it and it is not up to date (the one-file deck is built on its own). */
  buildSpa: boolean
}

export function decideOutputs(wanted: Iterable<string>, upToDate: Record<BuiltOutput, boolean>, force: boolean): OutputDecision {
  const requested = new Set(wanted)
  const built = BUILT_OUTPUTS.filter(output => requested.has(output))
  const fresh = force ? [] : built.filter(output => upToDate[output])
  const stale = built.filter(output => !fresh.includes(output))
  const printing = stale.some(output => PRINTED.includes(output))
  const buildSpa = stale.includes('spa') || (printing && (force || !upToDate.spa))
  return { fresh, stale, buildSpa }
}

/** JSON with object keys sorted, so equal data always hashes the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => compare(a, b)))
  }) ?? 'undefined'
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
