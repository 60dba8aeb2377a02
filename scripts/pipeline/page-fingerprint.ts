/**
 * Fingerprints of the slide PDF's pages, so that after an edit only the pages that changed are
 * printed again (see export/pdf-splice.ts). A page shows its slide's content and, in the footer,
 * its number and the deck's page count; the locale picks the font, the brand its colours, logo,
 * footer and marking, and the builder's files (layouts, components, styles, Slidev itself through
 * the lockfile) draw it. Pure.
 */
import { createHash } from 'node:crypto'
import type { DeckPlan, PlannedSlide } from '../deck/types.ts'
import { stableJson } from './fingerprint.ts'

/**
 * What of a planned slide is drawn on its page: everything but its speaker notes and their time
 * budget (the presenter's, never printed). The section stays, to be safe: a divider draws it.
 */
export function slidePageContent(slide: PlannedSlide): unknown {
  const { notes: _notes, budget: _budget, ...drawn } = slide
  return drawn
}

/** What every page of a deck/locale shares. */
export interface PageContext {
  /** Hash of each group of the builder's own files (see builder-files.ts). */
  builder: Readonly<Record<string, string>>
  /** Deckwright's version. */
  version: string
}

/** One fingerprint per slide page, in page order. */
export function slidePageFingerprints(plan: DeckPlan, context: PageContext): string[] {
  const shared = stableJson({ locale: plan.locale, pages: plan.slides.length, brand: plan.brand, builder: context.builder, version: context.version })
  return plan.slides.map(slide => createHash('sha256')
    .update(shared)
    .update('\0')
    .update(`${slide.no}\0${stableJson(slidePageContent(slide))}`)
    .digest('hex'))
}

/** What to do with an existing PDF of the deck, given its pages' fingerprints and the new ones. */
export type Reprint =
  /** Print every page (no usable previous PDF, or the page count changed). */
  | { kind: 'all'; reason: string }
  /** Print these pages (1-based) and put them in place of the old ones. */
  | { kind: 'pages'; pages: number[] }
  /** No page changed: only the document's metadata and outline are written again. */
  | { kind: 'none' }

export function planReprint(previous: readonly string[] | undefined, next: readonly string[]): Reprint {
  if (!previous) return { kind: 'all', reason: 'no record of its pages' }
  if (previous.length !== next.length) return { kind: 'all', reason: `the page count changed (${previous.length} → ${next.length})` }
  const pages = next.flatMap((hash, index) => (hash === previous[index] ? [] : [index + 1]))
  if (pages.length === 0) return { kind: 'none' }
  // Every page changed (a layout, a style, the builder): one full print is the same work, done once.
  if (pages.length === next.length) return { kind: 'all', reason: 'every page changed' }
  return { kind: 'pages', pages }
}
