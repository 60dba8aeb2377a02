/**
 * Deckwright's root setup: Slidev runs it once when the deck starts, in every view (slides,
 * presenter, overview, print). Each piece is a small module under scripts/client/.
 */
import { useNav } from '@slidev/client'
import { reactive } from 'vue'
import { applyDeckData, connectLive, LIVE_GLOBAL } from '../scripts/client/live-data.ts'
import { printRangeFromSearch } from '../scripts/client/print-range.ts'
import { DECK_DATA_GLOBAL, type DeckRuntimeData } from '../scripts/spa/runtime-data.ts'

export default function deckwrightRootSetup() {
  const nav = useNav()
  const page = globalThis as Record<string, unknown>
  if (nav.isPrintMode.value) {
    const range = printRangeFromSearch(location.search, nav.slides.value.length)
    if (range) nav.printRange.value = range
  }
  else if (typeof page[LIVE_GLOBAL] === 'string' && page[DECK_DATA_GLOBAL]) {
    const deck = { data: page[DECK_DATA_GLOBAL] as DeckRuntimeData, reactive, routes: () => nav.slides.value }
    connectLive(page[LIVE_GLOBAL], data => applyDeckData(deck, data))
  }
}
