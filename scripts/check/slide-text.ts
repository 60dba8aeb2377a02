/**
 * Every string a deck shows, slide by slide: titles, text, chart labels and tables, the builder's
 * own words around them (footers, part numbers) and the speaker notes, as the Slidev layouts get
 * them. What the vocabulary and glyph checks read. Pure.
 */
import type { SlideText } from '../localise/vocabulary.ts'
import type { DeckPlan } from '../deck/types.ts'
import { slidevSlide } from '../render/layout-props.ts'

/** Each slide's strings, in the order they sit in the slide; slides numbered from 1. */
export function slideTexts(plan: Pick<DeckPlan, 'slides' | 'ui'>): SlideText[] {
  return plan.slides.map((slide, index) => {
    const shown = slidevSlide(slide, plan.ui)
    return { slide: index + 1, texts: strings([shown.title, shown.props, shown.notes]) }
  })
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}
