/**
 * Deckwright's root setup: Slidev runs it once when the deck starts, in every view (slides,
 * presenter, overview, print). Each piece is a small module under scripts/client/.
 */
import { useNav } from '@slidev/client'
import { printRangeFromSearch } from '../scripts/client/print-range.ts'

export default function deckwrightRootSetup() {
  const nav = useNav()
  if (nav.isPrintMode.value) {
    const range = printRangeFromSearch(location.search, nav.slides.value.length)
    if (range) nav.printRange.value = range
  }
}
