/** Vite plugins Deckwright adds to Slidev's own, for builds and the dev server. */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { ROOT } from '../core/paths.ts'
import type { Locale } from '../core/locales.ts'
import { scriptSafeJson } from './runtime-data.ts'

export const FONTS_MODULE = 'virtual:deckwright-fonts.css'

/** Slidev modules that hold the decks' data: each slide's frontmatter, the config, the titles. */
const DATA_MODULE = /__slidev_\d+\.frontmatter$|^\/@slidev\/(configs|slides|title-renderer)$/

/**
 * Keeps UnoCSS out of the decks' data. UnoCSS makes CSS from every class-like word it finds in
 * source files, and Slidev marks each slide's frontmatter module `@unocss-include` so classes
 * named there get made. Deckwright's frontmatter is data, never class names: a string in it can
 * read as a utility whose CSS is broken (an arbitrary value with an unclosed quote), and that fails
 * the build, or can be rewritten (`hover:(a b)` is a variant group to UnoCSS, and comes out as
 * `hover:a hover:b`). UnoCSS skips a module whose code says `@unocss-ignore`, before any other
 * check. Layouts and components are still scanned; a slide's body holds only its notes, which
 * Slidev has already taken out when UnoCSS sees it.
 */
export function dataIsNotMarkupPlugin(): Plugin {
  return {
    name: 'deckwright:data-is-not-markup',
    enforce: 'pre',
    transform(code, id) {
      // Appended, so no line of the module moves.
      return DATA_MODULE.test(id) ? { code: `${code}\n// @unocss-ignore: Deckwright data, not class names\n`, map: null } : undefined
    },
  }
}

/**
 * Serves only the deck locale's font (styles/fonts/<locale>.css), so a zh-Hant-TW deck ships
 * Noto Sans TC and not all three CJK fonts. Runs before the all-fonts fallback in vite.config.ts.
 */
export function localeFontsPlugin(locale: Locale): Plugin {
  return {
    name: 'deckwright:locale-fonts',
    enforce: 'pre',
    resolveId(id) {
      return id === FONTS_MODULE ? join(ROOT, 'styles', 'fonts', `${locale}.css`) : undefined
    },
  }
}

/** Slidev's module for slide titles in the go-to dialog and tables of contents. */
export const TITLE_RENDERER_MODULE = '/@slidev/title-renderer'

/**
 * Prints slide titles as text. Slidev compiles every title as Markdown into a Vue template for
 * its title renderer, so a title holding `{{`, `<img onerror=…>` or `$…$` would become code there,
 * and an unbalanced `{{` fails the build. Deckwright titles are text (see render/escape.ts), so
 * this serves the renderer as a component that shows them with text interpolation. Titles are
 * read when the module loads, so the dev server shows edits after a reload.
 */
export function textTitlesPlugin(data: { slides: readonly { title?: string }[] }): Plugin {
  return {
    name: 'deckwright:text-titles',
    enforce: 'pre',
    load(id) {
      if (id !== TITLE_RENDERER_MODULE) return undefined
      return titleRendererSource(scriptSafeJson(data.slides.map(slide => slide.title ?? '')))
    },
  }
}

/**
 * The renderer module. `titles` is a JS expression for the array of titles: the titles as JSON
 * that no `</script>` or line break can end (the dev server), or the look-up into the locale's
 * data (a shared build, see runtime-data.ts).
 */
export function titleRendererSource(titles: string): string {
  return [
    `import { computed, defineComponent, h, reactive } from 'vue'`,
    `import { useSlideContext } from '@slidev/client/context.ts'`,
    `export default defineComponent({`,
    `  name: 'DeckwrightTitle',`,
    `  props: { no: { type: [Number, String], required: false } },`,
    `  setup(props) {`,
    `    const { $page } = useSlideContext()`,
    `    const title = computed(() => (${titles})[Number(props.no ?? $page.value) - 1] ?? '')`,
    `    return () => h('div', title.value)`,
    `  },`,
    `})`,
  ].join('\n')
}
