/**
 * One SPA build shared by a deck's locales.
 *
 * A Slidev build bundles the deck's data (each slide's frontmatter and notes, the config, the
 * titles) into JavaScript, so three locales cost three full Vite builds of Slidev's client, while
 * the code around the data is the same in all of them. For a shared build Deckwright serves those
 * modules as look-ups into a global that each locale's index.html sets from an inline script;
 * the data itself is what Slidev's own loader produces for that locale. Pure functions: module
 * code in, module code and data out.
 */

/** The global each locale's index.html sets before the deck's modules run. */
export const DECK_DATA_GLOBAL = '__DECKWRIGHT_DECK__'

/** Keys of a slide module's meta that Slidev fills from the slide; read at run time. */
export interface SlideRuntimeData {
  /** The slide's frontmatter (what layouts receive as props). */
  frontmatterData: unknown
  /** Title, level, rendered notes and the rest of Slidev's slide info. */
  slideBase: unknown
  /** Line of the slide in the markdown (shown by Slidev's editor links). */
  start: unknown
  sourceIndex: unknown
}

/** One locale's deck data: what its index.html puts in {@link DECK_DATA_GLOBAL}. */
export interface DeckRuntimeData {
  configs: unknown
  titles: string[]
  slides: SlideRuntimeData[]
}

// Matched against whole lines (split at \n only): JSON may hold U+2028 and U+2029, which a
// multiline `$` or a `.` would take for line ends.
const SLIDE_LINES: { key: keyof SlideRuntimeData; pattern: RegExp }[] = [
  { key: 'frontmatterData', pattern: /^(export const frontmatterData = )([^\n]*)()$/ },
  { key: 'slideBase', pattern: /^(\s*\.\.\.\()([^\n]*)(\),)$/ },
  { key: 'start', pattern: /^(\s*start: )([^\n]*)(,)$/ },
  { key: 'sourceIndex', pattern: /^(\s*sourceIndex: )([^\n]*)(,)$/ },
]

/**
 * A module or page of Slidev's that does not look as this file expects (another Slidev version).
 * Nothing catches it: it ends the build, which fails with E_BUILD and this message (see the
 * README's troubleshooting), rather than building a deck without its data. Locales that merely
 * differ in structure are not an error: `shareKey` gives them separate builds.
 */
export class ModuleShapeError extends Error {}

/**
 * Splits the module Slidev's loader makes for one slide's frontmatter (`…__slidev_<n>.frontmatter`)
 * into code that reads the data from the global and the data itself. Throws ModuleShapeError when
 * the module does not look as expected.
 */
export function splitSlideModule(code: string, index: number): { code: string; data: SlideRuntimeData } {
  const data = {} as Record<keyof SlideRuntimeData, unknown>
  const lines = code.split('\n')
  for (const { key, pattern } of SLIDE_LINES) {
    const at = lines.findIndex(line => pattern.test(line))
    if (at < 0) throw new ModuleShapeError(`slide ${index + 1}: no \`${key}\` line in Slidev's slide module`)
    const [, before, json, after] = pattern.exec(lines[at]!)!
    data[key] = parseJson(json!, `slide ${index + 1} ${key}`)
    lines[at] = `${before}globalThis.${DECK_DATA_GLOBAL}.slides[${index}].${key}${after}`
  }
  return { code: lines.join('\n'), data: data as unknown as SlideRuntimeData }
}

const CONFIGS = /^export default ([\s\S]*)$/

/** Splits Slidev's `/@slidev/configs` module the same way. */
export function splitConfigsModule(code: string): { code: string; data: unknown } {
  const match = CONFIGS.exec(code.trim())
  if (!match) throw new ModuleShapeError('the `/@slidev/configs` module is not `export default {…}`')
  return { code: `export default globalThis.${DECK_DATA_GLOBAL}.configs`, data: parseJson(match[1]!, 'configs') }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch {
    throw new ModuleShapeError(`${what} is not JSON in Slidev's module`)
  }
}

/** JSON that is also safe inside an HTML <script> and a JS string: no `<`, U+2028 or U+2029. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const DATA_SCRIPT_START = `<script>globalThis.${DECK_DATA_GLOBAL}=`

/** The inline script a locale's index.html runs before the deck's modules. */
export function deckDataScript(data: DeckRuntimeData): string {
  return `${DATA_SCRIPT_START}${scriptSafeJson(data)}</script>`
}

/** A built page around its deck data: the data script's content is script-safe JSON, so the first `</script>` ends it. */
export function splitDeckData(html: string): { before: string; data: DeckRuntimeData; after: string } {
  const start = html.indexOf(DATA_SCRIPT_START)
  const end = start < 0 ? -1 : html.indexOf('</script>', start)
  if (end < 0) throw new ModuleShapeError('the page has no Deckwright deck data script')
  const json = html.slice(start + DATA_SCRIPT_START.length, end)
  return { before: html.slice(0, start), data: JSON.parse(json) as DeckRuntimeData, after: html.slice(end + '</script>'.length) }
}

/** The page with other deck data. */
export function replaceDeckData(html: string, data: DeckRuntimeData): string {
  const { before, after } = splitDeckData(html)
  return `${before}${deckDataScript(data)}${after}`
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0' }

/**
 * Every character the deck's data can put on screen: its strings (rendered notes with their
 * character references read), plus printable ASCII for numbers, axes and the player's controls.
 * The one-file deck subsets its fonts to these.
 */
export function deckText(data: DeckRuntimeData): string {
  const seen = new Set<string>()
  const add = (text: string) => {
    const decoded = text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (all, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : ENTITIES[name!] ?? all)
    for (const char of decoded) seen.add(char)
  }
  const walk = (value: unknown): void => {
    if (typeof value === 'string') add(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(data)
  for (let code = 0x20; code < 0x7f; code++) seen.add(String.fromCharCode(code))
  return [...seen].sort().join('')
}

/** Marks where Slidev's head ends in the page given to the shared build. */
export const HEAD_END_MARKER = '<!--deckwright:head-end-->'

/**
 * The page given to the shared build: the template locale's, with Slidev's head left out and
 * {@link HEAD_END_MARKER} where it ended. The build's copy of that head is thrown away (each
 * locale's index.html takes its own, see localeIndexHtml), and UnoCSS reads the page for class
 * names: the deck's title, description and keywords there were read as utilities (a title such as
 * `摘要 [注:2]` made CSS that failed the build). Comments that tell UnoCSS to skip a part are no
 * guard: the deck's words could end them.
 */
export function markHeadEnd(html: string): string {
  const start = html.indexOf('<head>')
  const end = html.indexOf('</head>')
  if (start < 0 || end < start) throw new ModuleShapeError('index.html has no <head>…</head>')
  return `${html.slice(0, start + '<head>'.length)}\n${HEAD_END_MARKER}${html.slice(end)}`
}

export interface LocaleIndexHtmlParts {
  /** index.html as the shared build wrote it from the template locale's marked page. */
  builtHtml: string
  /** The template locale's index.html as Slidev made it, before the build. */
  templateHtml: string
  /** This locale's index.html as Slidev made it. */
  localeHtml: string
  /** Tags to put right after the locale's head: the data script, the font stylesheet. */
  headTags: string[]
}

/**
 * This locale's index.html: Slidev's head for the locale (title, description, language), the
 * locale's tags, then what the shared build wrote after the template's head (Vite's asset tags
 * and the body). The locales' pages must differ in the head only.
 */
export function localeIndexHtml(parts: LocaleIndexHtmlParts): string {
  const templateEnd = parts.templateHtml.indexOf('</head>')
  const localeEnd = parts.localeHtml.indexOf('</head>')
  const marker = parts.builtHtml.indexOf(HEAD_END_MARKER)
  if (templateEnd < 0 || localeEnd < 0) throw new ModuleShapeError('index.html has no </head>')
  if (marker < 0 || parts.builtHtml.indexOf(HEAD_END_MARKER, marker + 1) >= 0)
    throw new ModuleShapeError('the built index.html does not mark the end of Slidev\'s head once')
  if (parts.templateHtml.slice(templateEnd) !== parts.localeHtml.slice(localeEnd))
    throw new ModuleShapeError('the locales\' index.html differ outside <head>')
  const built = parts.builtHtml.slice(marker + HEAD_END_MARKER.length)
  return `${parts.localeHtml.slice(0, localeEnd)}\n${parts.headTags.join('\n')}${built}`
}

/**
 * The titles of a shared build, for the title renderer: the locale's, from its data, read through
 * Vue's `reactive` so that a live update of the titles (present --watch) shows at once.
 */
export const RUNTIME_TITLES = `reactive(globalThis.${DECK_DATA_GLOBAL}).titles`

/** Headmatter and config keys a locale may change without changing the built code. */
const LOCALISED_KEYS = new Set(['title', 'info', 'author', 'keywords', 'fonts', 'htmlAttrs', 'lang', 'deckwright', 'dw'])
/** Slide frontmatter keys that only reach the page as data (layout props and the title). */
const SLIDE_DATA_KEYS = new Set(['title', 'dw'])

/** What of Slidev's loaded deck a shared build reads. */
export interface LoadedDeck {
  headmatter: Record<string, unknown>
  config: Record<string, unknown>
  features: unknown
  slides: readonly { content: string; frontmatter: Record<string, unknown>; level?: number }[]
}

/**
 * Locales whose keys are equal can share one build: same slides, layouts, bodies, features and
 * settings; only data differs. A deck whose locales differ in anything else is built per locale.
 */
export function shareKey(deck: LoadedDeck): string {
  const without = (record: Record<string, unknown>, keys: Set<string>) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !keys.has(key)))
  const fonts = (deck.config.fonts ?? {}) as Record<string, unknown>
  return JSON.stringify({
    headmatter: without(deck.headmatter, LOCALISED_KEYS),
    config: without(deck.config, LOCALISED_KEYS),
    fonts: without(fonts, new Set(['sans', 'webfonts'])),
    features: deck.features,
    slides: deck.slides.map((slide, index) => ({
      content: slide.content,
      level: slide.level,
      frontmatter: without(slide.frontmatter, index === 0 ? new Set([...LOCALISED_KEYS, ...SLIDE_DATA_KEYS]) : SLIDE_DATA_KEYS),
    })),
  })
}

/**
 * The sans-serif list for a shared build's CSS. Slidev writes `fonts.sans` into UnoCSS's theme at
 * build time; when locales name different fonts, the build uses the `--dw-font-sans` variable that
 * styles/deck.css sets per `lang`, followed by the fonts all locales share.
 */
export function sharedSansFonts(lists: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = lists
  if (rest.every(list => JSON.stringify(list) === JSON.stringify(first))) return [...first]
  const common = first.filter(font => rest.every(list => list.includes(font)))
  return ['var(--dw-font-sans)', ...common]
}
