/**
 * Live updates in the built deck, for `present --watch`: the page listens to the server's live
 * channel and applies new slide data in place, the way Slidev's dev server does with hot updates,
 * so the open slide, the presenter's timer and notes stay where they are. Runs in the browser:
 * Vue's `reactive` and Slidev's slide routes are passed in by the root setup.
 */
import type { DeckRuntimeData } from '../spa/runtime-data.ts'

/** The global `present` sets in the page it serves: the address of its live channel. */
export const LIVE_GLOBAL = '__DECKWRIGHT_LIVE__'
export const LIVE_PATH = '/__deckwright/live'

/** The `<script>` `present` puts in the page it serves. */
export function liveScript(): string {
  return `<script>globalThis.${LIVE_GLOBAL}=${JSON.stringify(LIVE_PATH)}</script>`
}

/** What of Slidev a live update touches. */
export interface LiveDeck {
  /** The deck data the page started with (the global the built code reads). */
  data: DeckRuntimeData
  /** Vue's `reactive`: the same proxy Slidev made for each object, so updates reach the views. */
  reactive: <T extends object>(target: T) => T
  /** Slidev's slide routes; `meta.slide` holds a slide's title and rendered notes. */
  routes: () => readonly { meta?: { slide?: object } }[]
}

/**
 * Applies `next` to the running deck: each slide's frontmatter (what layouts print), its info
 * (title, notes) and the titles list. The deck keeps its shape (present reloads otherwise), so
 * slides match by position.
 */
export function applyDeckData(deck: LiveDeck, next: DeckRuntimeData): void {
  const routes = deck.routes()
  next.slides.forEach((slide, index) => {
    const current = deck.data.slides[index]
    if (!current) return
    replaceContents(deck.reactive(current.frontmatterData as Record<string, unknown>), slide.frontmatterData as Record<string, unknown>)
    const info = routes[index]?.meta?.slide
    if (info) Object.assign(deck.reactive(info), slide.slideBase, { start: slide.start, sourceIndex: slide.sourceIndex })
    Object.assign(current, { slideBase: slide.slideBase, start: slide.start, sourceIndex: slide.sourceIndex })
  })
  deck.reactive(deck.data).titles = next.titles
}

function replaceContents(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key]
  Object.assign(target, source)
}

/** Listens to the live channel: new data is applied, a rebuilt deck is reloaded (hash routing keeps the slide). */
export function connectLive(url: string, onData: (data: DeckRuntimeData) => void): void {
  const source = new EventSource(url)
  source.addEventListener('data', event => onData(JSON.parse((event as MessageEvent<string>).data) as DeckRuntimeData))
  source.addEventListener('reload', () => location.reload())
}
