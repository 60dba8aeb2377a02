/**
 * Every string a deck shows, slide by slide: titles, text, chart labels and tables, speaker notes.
 * What the vocabulary and glyph checks read. Pure.
 */
import type { SlideText } from '../localise/vocabulary.ts'
import type { DeckPlan } from '../render/plan.ts'

/** Each slide's strings, in the order they sit in the slide; slides numbered from 1. */
export function slideTexts(plan: Pick<DeckPlan, 'slides'>): SlideText[] {
  return plan.slides.map((slide, index) => ({ slide: index + 1, texts: strings(slide) }))
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}
