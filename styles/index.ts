// Fonts for the deck's locale: resolved by the build (see scripts/spa/vite-plugins.ts), or all
// three self-hosted fonts when a deck is opened with plain `slidev`.
import 'virtual:deckwright-fonts.css'
import './deck.css'
