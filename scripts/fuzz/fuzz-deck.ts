/**
 * One fuzz deck: a seed in, the cases, their plan, the Slidev markdown and what every slide must
 * show out. Pure and deterministic: the same seed gives the same bytes, so a failure replays.
 *
 * Localisation is bypassed on purpose: the plan is made from the raw strings (planDeck on the
 * article as the schema parsed it), so the expected text is the input itself.
 */
import fc from 'fast-check'
import { LOCALES, type Locale } from '../core/locales.ts'
import { renderMarkdown } from '../render/markdown.ts'
import { planDeck } from '../deck/plan.ts'
import type { DeckPlan } from '../deck/types.ts'
import { expectedSlides, type ExpectedSlide } from './expected.ts'
import { fuzzArticle, fuzzCase, fuzzFrame, type FuzzCase, type FuzzFrame } from './fuzz-article.ts'

export interface FuzzDeck {
  /** `fuzz-<n>`: the deck id and output name. */
  id: string
  seed: number
  locale: Locale
  frame: FuzzFrame
  cases: FuzzCase[]
  plan: DeckPlan
  markdown: string
  expected: ExpectedSlide[]
}

/** The cases and frame a seed gives; `count` cases. */
export function sampleDeckInput(seed: number, count: number): { frame: FuzzFrame; cases: FuzzCase[] } {
  const cases = count > 0 ? fc.sample(fuzzCase, { seed, numRuns: count }) : []
  const [frame] = fc.sample(fuzzFrame, { seed: seed ^ 0x5bd1e995, numRuns: 1 })
  return { frame: frame!, cases }
}

/**
 * The deck for `cases`. Each case's slides cite paragraph `case index + 1`, which is how a slide
 * is traced back to its case (the plan keeps paragraphs, and the source is never checked here).
 */
export function renderFuzzDeck(id: string, seed: number, frame: FuzzFrame, cases: readonly FuzzCase[], addon: string): FuzzDeck {
  const locale = LOCALES[Math.abs(seed) % LOCALES.length]!
  const traced = cases.map((c, i) => ({ slide: traceCase(c.slide, i + 1) }))
  const article = fuzzArticle(frame, traced)
  const plan = planDeck(id, article, locale)
  const markdown = renderMarkdown(plan, { version: 'fuzz', inputs: [`fuzz seed ${seed}`], addon })
  return { id, seed, locale, frame, cases: [...cases], plan, markdown, expected: expectedSlides(plan) }
}

function traceCase(slide: FuzzCase['slide'], paragraph: number): FuzzCase['slide'] {
  const quote = slide.quote as { text: string } | undefined
  return { ...slide, paragraphs: [paragraph], ...(quote ? { quote: { ...quote, paragraph } } : {}) }
}

/** Strings a case carries, for the report. */
export function caseStrings(c: FuzzCase): string[] {
  const out: string[] = []
  const walk = (value: unknown, key?: string) => {
    if (key === 'layout' || key === 'type') return
    if (typeof value === 'string') out.push(value)
    else if (Array.isArray(value)) value.forEach(item => walk(item))
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k))
  }
  walk(c.slide)
  return out
}
