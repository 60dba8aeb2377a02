/**
 * The part of Slidev's client API that Deckwright's components use, for type-checking them.
 * `@slidev/client` ships its TypeScript sources, which need Vite's compile-time globals and do not
 * compile under this project's strict settings; `tsconfig.vue.json` points the import here, while
 * the build resolves the real module. Shapes as in @slidev/client 52 (context.ts, useNav.ts).
 */
import type { ComputedRef, Ref } from 'vue'

export function useNav(): {
  /** True in the print view (`?print`) and while exporting. */
  isPrintMode: ComputedRef<boolean>
}

export function useSlideContext(): {
  /** 1-based number of the slide being rendered. */
  $page: Ref<number>
  $nav: Ref<{ total: number }>
  /** The deck's context: its configs are the headmatter (a brand is in `deckwright.brand`). */
  $slidev: { configs: Record<string, unknown> }
}
