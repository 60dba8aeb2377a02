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
 * The handout's tree: each placeholder of `placed` becomes the drawing's content inside its
 * figure; a link whose annotation is in `removed` (the outline's heading marks) keeps its text
 * and loses the link.
 */
export function handoutTree<Ref>(kids: readonly StructKid<Ref>[], placed: readonly PlacedSlide<Ref>[], removed: ReadonlySet<Ref>): StructKid<Ref>[] {
  const byAnchor = new Map(placed.map(slide => [slide.anchor, slide]))
  const visit = (kid: StructKid<Ref>): StructKid<Ref>[] => {
    if (kid.kind === 'annotation') {
      const slide = byAnchor.get(kid.ref)
      return slide ? [slide.content] : removed.has(kid.ref) ? [] : [kid]
    }
    if (kid.kind === 'content') return [kid]
    const inner = kid.kids.flatMap(visit)
    // A link left without its annotation is no link: its text stays where it was.
    if (kid.role === 'Link' && !inner.some(k => k.kind === 'annotation')) return inner
    return [{ ...kid, kids: inner } as StructNode<Ref>]
  }
  return kids.flatMap(visit)
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
