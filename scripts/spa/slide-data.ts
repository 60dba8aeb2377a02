/**
 * A locale's slide data read straight from its markdown, without Slidev's CLI: what Slidev's
 * loader puts in each slide's frontmatter module (the data a shared build reads from the page, see
 * runtime-data.ts). Loading the CLI means loading Vite, UnoCSS and Shiki, about 4 s, which is where
 * "reusing the built code" after a text edit spent its time; Slidev's own parser and markdown
 * renderer take a tenth of a second. tests/spa/slide-data.test.ts checks the result against the
 * real loader's modules.
 *
 * The deck's configs and head are not read here: they come from the headmatter alone, so while the
 * deck's shape (structure and headmatter) stays the same, the previous build's are still right.
 */
import { createHash } from 'node:crypto'
import { dirname } from 'node:path'
import { load } from '@slidev/parser/fs'
import MarkdownExit, { type PluginSimple, type RenderRule } from 'markdown-exit'
import { shareKey, type SlideRuntimeData } from './runtime-data.ts'

export interface SlideData {
  titles: string[]
  slides: SlideRuntimeData[]
  /**
   * Hash of what the built code and the page's head depend on: the share key (slides, layouts,
   * features, settings) and the whole headmatter. Equal shapes mean only slide data differs.
   */
  shape: string
  /** Why this reader cannot stand in for Slidev's loader on this deck (then Slidev builds it). */
  unsupported?: string
}

/** Reads `markdown` (the file at `entry`, or its text when given) as Slidev's loader would for a build. */
export async function readSlideData(entry: string, markdown?: string): Promise<SlideData> {
  const userRoot = dirname(entry)
  const data = await load({ roots: [userRoot], userRoot }, entry, markdown === undefined ? undefined : { [entry]: markdown }, 'build')
  const headmatter = data.headmatter as Record<string, unknown>
  const defaults = (headmatter.defaults ?? {}) as Record<string, unknown>
  const shape = createHash('sha256')
    .update(shareKey({ ...data, config: {} } as never))
    .update('\0')
    .update(JSON.stringify(headmatter))
    .digest('hex')
  const slides = data.slides.map((slide): SlideRuntimeData => ({
    frontmatterData: { ...defaults, ...slide.frontmatter },
    slideBase: slideBase(slide as unknown as Record<string, unknown>),
    start: slide.source.start,
    sourceIndex: slide.source.index,
  }))
  const autoRuby = Object.keys((headmatter.notesAutoRuby ?? {}) as object).length > 0
  const unsupported = data.features.katex ? 'notes with KaTeX' : autoRuby ? 'notesAutoRuby' : undefined
  return { titles: data.slides.map(slide => slide.title ?? ''), slides, shape, ...(unsupported ? { unsupported } : {}) }
}

/** Slidev's `slideBase` for a build: the slide's info with its notes rendered, sources left out. */
function slideBase(slide: Record<string, unknown> & { source?: { images?: unknown } }): unknown {
  const base = {
    ...slide,
    noteHTML: renderNote(typeof slide.note === 'string' ? slide.note : ''),
    frontmatter: undefined,
    source: undefined,
    importChain: undefined,
    images: slide.images ?? slide.source?.images,
    raw: '',
    content: '',
    note: '',
  }
  // As Slidev writes it into the module: JSON, so undefined keys are gone.
  return JSON.parse(JSON.stringify(base))
}

const notesMd = MarkdownExit({ html: true })
notesMd.use(slidevLinks)

/** Slidev's notes renderer (`renderNote` in its loader): click marks, then markdown. */
function renderNote(text: string): string {
  let clicks = 0
  const marked = text.replace(/\[click(?::(\d+))?\]/gi, (_, count = 1) => {
    clicks += Number(count)
    return `<span class="slidev-note-click-mark" data-clicks="${clicks}"></span>`
  })
  return notesMd.render(marked)
}

/**
 * Slidev's link rule for notes (`MarkdownItLink`): in-deck links become router links, others open
 * in a new tab. Deckwright's notes are entity-encoded text and make no links; the rule is here so
 * the output matches Slidev's for any notes.
 */
function slidevLinks(md: Parameters<PluginSimple>[0]): void {
  const render: RenderRule = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!
    const attr = token.attrs?.[token.attrIndex('href')]
    const href = attr?.[1] ?? ''
    if ('./#'.includes(href[0]!) || /^\d+$/.test(href)) {
      token.tag = 'Link'
      attr![0] = 'to'
      const close = tokens.slice(idx + 1).find(t => t.type === 'link_close')
      if (close) close.tag = 'Link'
    }
    else if (token.attrGet('target') == null) token.attrPush(['target', '_blank'])
    return render(tokens, idx, options, env, self)
  }
}
