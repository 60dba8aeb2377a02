/**
 * A tagged PDF's structure tree as plain data, and the changes Deckwright makes to the tree
 * Chromium prints. Pure: no PDF objects here (pdf-structure.ts reads and writes them).
 *
 * Chromium tags a printed page from its accessibility tree: headings, lists, quotes and figures
 * come out right, but every `div` of Slidev's print view becomes a NonStruct wrapper, a slide's
 * container reaches over onto the next page (the last fraction of a point of each slide), a
 * `<figure>` becomes a Figure even when it holds a quotation, and a list item holds its text
 * without a body. `slidePages` turns that into one section per page, in reading order, with
 * those fixed, so each slide's structure stands on its own and can be replaced on its own.
 */

/** Marked content on a page: what a structure element points at. */
export interface ContentItem {
  kind: 'content'
  /** 0-based page index. */
  page: number
  mcid: number
}

/** An annotation (a link) that belongs to the structure. */
export interface AnnotationItem<Ref = unknown> {
  kind: 'annotation'
  page: number
  ref: Ref
}

export interface StructNode<Ref = unknown> {
  kind: 'node'
  /** Structure type: H1, P, L, LI, LBody, Figure, Sect… */
  role: string
  /** Alternative text (Figure). */
  alt?: string
  /** Other entries to keep as they are (language, attributes), by key. */
  extra: Record<string, unknown>
  kids: StructKid<Ref>[]
}

export type StructKid<Ref = unknown> = StructNode<Ref> | ContentItem | AnnotationItem<Ref>

/** Grouping roles that mean nothing to a reader: their kids take their place. */
const WRAPPERS = new Set(['NonStruct', 'Div', 'Span', 'Part'])

/** The part of `node` on `page`, or undefined when it has nothing there. */
export function onPage<Ref>(node: StructNode<Ref>, page: number): StructNode<Ref> | undefined {
  const kids: StructKid<Ref>[] = []
  for (const kid of node.kids) {
    if (kid.kind !== 'node') {
      if (kid.page === page) kids.push(kid)
      continue
    }
    const part = onPage(kid, page)
    if (part) kids.push(part)
  }
  return kids.length > 0 ? { ...node, kids } : undefined
}

/**
 * The tree as one section per page (`Sect`, titled with `titles[i]`), each holding its page's
 * structure in reading order, tidied (see `tidy`). Pages with nothing tagged get an empty section
 * so that section i is page i.
 */
export function slidePages<Ref>(root: StructNode<Ref>, pageCount: number, titles: readonly string[] = []): StructNode<Ref>[] {
  return Array.from({ length: pageCount }, (_, page) => {
    const part = onPage(root, page)
    const kids = part ? tidy(part.kids) : []
    return { kind: 'node', role: 'Sect', extra: titles[page] ? { T: titles[page] } : {}, kids }
  })
}

/**
 * Makes Chromium's tags say what a reader needs:
 * - wrappers (NonStruct, Div, Span) give way to their kids;
 * - a Figure without alternative text gives way to its kids too: inside a Figure that has
 *   alternative text it is part of the picture that text describes (a chart's canvas), elsewhere
 *   it groups text elements (a quotation and its source), which are no picture;
 * - a Caption outside a Figure or Table is a paragraph;
 * - a list item's content is its body (LBody);
 * - elements left empty are dropped.
 */
export function tidy<Ref>(kids: readonly StructKid<Ref>[], parent = 'Sect'): StructKid<Ref>[] {
  return kids.flatMap((kid): StructKid<Ref>[] => {
    if (kid.kind !== 'node') return [kid]
    const unwrap = WRAPPERS.has(kid.role) || (kid.role === 'Figure' && !kid.alt)
    const inner = tidy(kid.kids, unwrap ? parent : kid.role)
    if (inner.length === 0) return []
    if (unwrap) return inner
    if (kid.role === 'Caption' && parent !== 'Figure' && parent !== 'Table') return [{ ...kid, role: 'P', kids: inner }]
    if (kid.role === 'LI' && !inner.some(k => k.kind === 'node' && (k.role === 'LBody' || k.role === 'Lbl')))
      return [{ ...kid, kids: [{ kind: 'node', role: 'LBody', extra: {}, kids: inner }] }]
    return [{ ...kid, kids: inner }]
  })
}

/** Every item of content under `kids`, in reading order. */
export function contentOf<Ref>(kids: readonly StructKid<Ref>[]): (ContentItem | AnnotationItem<Ref>)[] {
  return kids.flatMap(kid => (kid.kind === 'node' ? contentOf(kid.kids) : [kid]))
}
