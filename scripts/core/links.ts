/**
 * Placeholder links in printed pages. Chromium prints an `<a href>` as a PDF link annotation with
 * its box; the exporters find these by URL afterwards and turn them into what they stand for. The
 * origin can never resolve (RFC 2606), so a placeholder left behind leads nowhere. Browser-safe.
 */
export const ANCHOR_ORIGIN = 'https://deckwright.invalid'

/** A printed slide's link to slide n (`…/slide/n`): the slide PDF makes it a jump to that page. */
export const SLIDE_LINK_URL = `${ANCHOR_ORIGIN}/slide/`
