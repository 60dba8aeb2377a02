/**
 * Characters no font of a deck can draw, which would show as empty boxes. Pure: the deck's
 * text and what its fonts cover in, the missing characters out, each with the first slide that
 * shows it.
 */
import type { SlideText } from '../localise/vocabulary.ts'

export interface MissingGlyph {
  slide: number
  char: string
  codePoint: number
}

/** Characters that draw nothing themselves: spaces, controls, joiners and variation selectors. */
const DRAWS_NOTHING = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u

export function findMissingGlyphs(slides: readonly SlideText[], covers: (codePoint: number) => boolean): MissingGlyph[] {
  const missing = new Map<number, MissingGlyph>()
  for (const { slide, texts } of slides) {
    for (const text of texts) {
      for (const char of text) {
        const codePoint = char.codePointAt(0)!
        if (missing.has(codePoint) || DRAWS_NOTHING.test(char) || covers(codePoint)) continue
        missing.set(codePoint, { slide, char, codePoint })
      }
    }
  }
  return [...missing.values()]
}

/** `U+1F680`, as Unicode writes code points. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}
