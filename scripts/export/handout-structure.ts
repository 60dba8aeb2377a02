/**
 * The tagged handout's structure. Chromium tags the handout's HTML (headings, notes, lists,
 * tables); each slide box there is a figure, named by the slide's text (its alternative text),
 * holding a placeholder link, which the compose stage replaces by the slide PDF's page drawn as a
 * picture. Here each such figure takes the drawing's marked content, and the placeholder links,
 * gone from the pages, leave the tree. The slide pages' own tags are taken out of the drawings
 * (`untagContent`): in the handout a slide is one figure. Pure over plain data and bytes.
 */
import type { ContentItem, StructKid, StructNode } from './structure-tree.ts'
import { contentOf } from './structure-tree.ts'

/** A slide drawn in the handout: where its marked content is, and which placeholder it replaced. */
export interface PlacedSlide<Ref> {
  /** The placeholder link's annotation. */
  anchor: Ref
  /** 1-based slide number. */
  no: number
  content: ContentItem
}

/**
 * Key of a figure's structure element that names the slide it draws, so that an edit can give the
 * figure the slide's new text (`renameFigures`) when only the drawing is replaced. Readers ignore it.
 */
export const FIGURE_SLIDE_KEY = 'DeckwrightSlide'

/**
 * The handout's tree: each placeholder of `placed` becomes the drawing's content inside its
 * figure, which is marked with the slide's number; a link whose annotation is in `removed` (the
 * outline's heading marks) keeps its text and loses the link.
 */
export function handoutTree<Ref>(kids: readonly StructKid<Ref>[], placed: readonly PlacedSlide<Ref>[], removed: ReadonlySet<Ref>): StructKid<Ref>[] {
  const byAnchor = new Map(placed.map(slide => [slide.anchor, slide]))
  const visit = (kid: StructKid<Ref>): { kids: StructKid<Ref>[]; slide?: number } => {
    if (kid.kind === 'annotation') {
      const slide = byAnchor.get(kid.ref)
      return slide ? { kids: [slide.content], slide: slide.no } : { kids: removed.has(kid.ref) ? [] : [kid] }
    }
    if (kid.kind === 'content') return { kids: [kid] }
    const visited = kid.kids.map(visit)
    const inner = visited.flatMap(v => v.kids)
    const slide = visited.find(v => v.slide !== undefined)?.slide
    // A link left without its annotation is no link: its text stays where it was.
    if (kid.role === 'Link' && !inner.some(k => k.kind === 'annotation')) return { kids: inner, slide }
    const extra = kid.role === 'Figure' && slide !== undefined ? { ...kid.extra, [FIGURE_SLIDE_KEY]: slide } : kid.extra
    return { kids: [{ ...kid, extra, kids: inner } as StructNode<Ref>], slide }
  }
  return kids.flatMap(kid => visit(kid).kids)
}

/**
 * The tree with each figure that draws a slide in `texts` (by its FIGURE_SLIDE_KEY, a number or
 * an object with `asNumber()` as read back from a PDF) named by that slide's new text; returns
 * the slides it found a figure for.
 */
export function renameFigures<Ref>(kids: readonly StructKid<Ref>[], texts: ReadonlyMap<number, string>): { kids: StructKid<Ref>[]; renamed: Set<number> } {
  const renamed = new Set<number>()
  const visit = (kid: StructKid<Ref>): StructKid<Ref> => {
    if (kid.kind !== 'node') return kid
    const key = kid.extra[FIGURE_SLIDE_KEY] as number | { asNumber?: () => number } | undefined
    const no = typeof key === 'number' ? key : key?.asNumber?.()
    const text = no === undefined ? undefined : texts.get(no)
    if (text !== undefined) renamed.add(no!)
    return { ...kid, ...(text !== undefined ? { alt: text } : {}), kids: kid.kids.map(visit) }
  }
  return { kids: kids.map(visit), renamed }
}

/** The next free MCID on each page, past every one the tree uses. */
export function nextMcids<Ref>(kids: readonly StructKid<Ref>[]): (page: number) => number {
  const next = new Map<number, number>()
  for (const item of contentOf(kids)) {
    if (item.kind === 'content') next.set(item.page, Math.max(next.get(item.page) ?? 0, item.mcid + 1))
  }
  return page => {
    const mcid = next.get(page) ?? 0
    next.set(page, mcid + 1)
    return mcid
  }
}

/**
 * A page's content without its marked-content identifiers: `/P <</MCID 3 >>BDC` becomes `/P BMC`.
 * Drawn inside another page, a slide's identifiers would point into that page's structure; without
 * them its content is simply part of the figure that draws it. Chromium writes property lists
 * inline and strings as hex, so a `<<` in its content streams always opens a dictionary.
 */
export function untagContent(content: string): string {
  return content.replace(/\/([^\s/<>[\]()]+)\s*<<[^<>]*\/MCID\s+\d+[^<>]*>>\s*BDC/g, '/$1 BMC')
}
