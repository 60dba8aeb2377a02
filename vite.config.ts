// Slidev loads this file from the repository root, which is the decks' local addon.
// It only matters when a deck is opened with plain `slidev`: Deckwright's own builds pick the
// deck locale's font first (scripts/spa/vite-plugins.ts).
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  plugins: [{
    name: 'deckwright:all-fonts',
    resolveId(id) {
      return id === 'virtual:deckwright-fonts.css' ? join(root, 'styles', 'fonts', 'all.css') : undefined
    },
  }],
})
