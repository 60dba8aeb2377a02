/** Vite plugins Deckwright adds to Slidev's own, for builds and the dev server. */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { ROOT } from '../core/paths.ts'
import type { Locale } from '../load/schema.ts'

export const FONTS_MODULE = 'virtual:deckwright-fonts.css'

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
      return titleRendererSource(data.slides.map(slide => slide.title ?? ''))
    },
  }
}

/** The renderer module: `titles` as a JSON array that no `</script>` or line break can end. */
export function titleRendererSource(titles: readonly string[]): string {
  const json = JSON.stringify(titles).replace(/[<\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return [
    `import { computed, defineComponent, h } from 'vue'`,
    `import { useSlideContext } from '@slidev/client/context.ts'`,
    `const titles = ${json}`,
    `export default defineComponent({`,
    `  name: 'DeckwrightTitle',`,
    `  props: { no: { type: [Number, String], required: false } },`,
    `  setup(props) {`,
    `    const { $page } = useSlideContext()`,
    `    const title = computed(() => titles[Number(props.no ?? $page.value) - 1] ?? '')`,
    `    return () => h('div', title.value)`,
    `  },`,
    `})`,
  ].join('\n')
}
