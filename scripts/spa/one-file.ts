/**
 * The one-file deck: exports/<deck>.<locale>.html, the whole deck in one HTML page that opens from
 * a file path (a double-click, a USB stick, no server, no network). Chromium will not load module
 * scripts or `import()` chunks from file://, so the page is a build of Slidev's client with no code
 * splitting and everything inlined (one-file-build.ts), the locale's data, and its fonts subset to
 * the deck's characters and inlined (inline-fonts.ts). Pure: page parts in, page out.
 */
import { deckDataScript, replaceDeckData, type DeckRuntimeData } from './runtime-data.ts'

/** Set in the one-file page, so the deck knows it runs from a file (the notes overlay, see setup/root.ts). */
export const ONE_FILE_GLOBAL = '__DECKWRIGHT_ONE_FILE__'

const FONT_STYLE_START = '<style id="deckwright-fonts">'

/** The tags a locale's one-file page carries after Slidev's head: the flag, the data, the inlined fonts. */
export function oneFileHeadTags(data: DeckRuntimeData, fontCss: string): string[] {
  return [`<script>globalThis.${ONE_FILE_GLOBAL}=true</script>`, deckDataScript(data), fontStyle(fontCss)]
}

function fontStyle(css: string): string {
  // Base64 and CSS syntax only: nothing in it can end the style element.
  return `${FONT_STYLE_START}${css}</style>`
}

/** The page with other data and fonts (an edit that changed only text). */
export function replaceOneFileData(html: string, data: DeckRuntimeData, fontCss: string): string {
  const page = replaceDeckData(html, data)
  const start = page.indexOf(FONT_STYLE_START)
  const end = start < 0 ? -1 : page.indexOf('</style>', start)
  if (end < 0) throw new Error('the one-file deck has no font style')
  return `${page.slice(0, start)}${fontStyle(fontCss)}${page.slice(end + '</style>'.length)}`
}
