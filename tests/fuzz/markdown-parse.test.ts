/**
 * The generated markdown, read back by Slidev's own parser: for any hostile article, every slide
 * comes back with exactly its layout props and title, its notes render as the notes' own text
 * (after the normalisation written out in helpers/notes.ts), and no slide is split or merged.
 * Pure and fast (no build), so fast-check can shrink a failure to the smallest article.
 */
import { parseSync } from '@slidev/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzCase, fuzzFrame } from '../../scripts/fuzz/fuzz-article.ts'
import { renderFuzzDeck } from '../../scripts/fuzz/fuzz-deck.ts'
import { slidevSlide } from '../../scripts/render/layout-props.ts'
import { renderNotes, shownAs } from '../helpers/notes.ts'

const deckInput = fc.record({
  frame: fuzzFrame,
  cases: fc.array(fuzzCase, { minLength: 1, maxLength: 4 }),
  seed: fc.integer(),
})

describe('Slidev reads the generated markdown back as planned', () => {
  it('keeps every slide, layout prop, title and note of a hostile article', () => {
    fc.assert(fc.property(deckInput, ({ frame, cases, seed }) => {
      const deck = renderFuzzDeck('parse', seed, frame, cases, './')
      const parsed = parseSync(deck.markdown, 'parse.md').slides
      expect(parsed).toHaveLength(deck.plan.slides.length)
      deck.plan.slides.forEach((planned, i) => {
        const slide = slidevSlide(planned, deck.plan.ui)
        const read = parsed[i]!
        expect(read.frontmatter.layout).toBe(slide.layout)
        expect(read.frontmatter.dw).toEqual(slide.props)
        expect(read.title).toBe(i === 0 ? deck.plan.title : slide.title)
        expect(renderNotes(read.note ?? '')).toEqual({ text: shownAs(slide.notes), tags: [] })
        // Nothing but the notes in the body: no text the Markdown renderer could turn into markup.
        expect(read.content).toBe('')
      })
    }), { numRuns: 300 })
  })
})
