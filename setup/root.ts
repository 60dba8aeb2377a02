/**
 * Deckwright's root setup: Slidev runs it once when the deck starts, in every view (slides,
 * presenter, overview, print). Each piece is a small module under scripts/client/.
 */
import { useNav } from '@slidev/client'
import { reactive, watch } from 'vue'
import { applyDeckData, connectLive, LIVE_GLOBAL } from '../scripts/client/live-data.ts'
import { mountNotesOverlay } from '../scripts/client/notes-overlay.ts'
import { printRangeFromSearch } from '../scripts/client/print-range.ts'
import { ONE_FILE_GLOBAL } from '../scripts/spa/one-file.ts'
import { DECK_DATA_GLOBAL, type DeckRuntimeData } from '../scripts/spa/runtime-data.ts'

export default function deckwrightRootSetup() {
  const nav = useNav()
  const page = globalThis as Record<string, unknown>
  if (nav.isPrintMode.value) {
    // Only the slides named in the address: an edit prints just the pages it changed.
    const range = printRangeFromSearch(location.search, nav.slides.value.length)
    if (range) nav.printRange.value = range
    return
  }
  if (typeof page[LIVE_GLOBAL] === 'string' && page[DECK_DATA_GLOBAL]) {
    // Served by `present --watch`: saves arrive as new slide data.
    const deck = { data: page[DECK_DATA_GLOBAL] as DeckRuntimeData, reactive, routes: () => nav.slides.value }
    connectLive(page[LIVE_GLOBAL], data => applyDeckData(deck, data))
  }
  if (page[ONE_FILE_GLOBAL] === true) {
    // Opened from a file: the notes on `n`, wherever the presenter view cannot run.
    const overlay = mountNotesOverlay(document)
    watch(() => (nav.currentSlideRoute.value?.meta?.slide as { noteHTML?: string } | undefined)?.noteHTML ?? '', overlay.update, { immediate: true })
  }
}
