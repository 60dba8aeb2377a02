/**
 * Reads and writes a tagged PDF's structure tree (the logical structure a screen reader follows)
 * with pdf-lib, as the plain data of structure-tree.ts. Writing replaces the whole tree: the
 * elements, the parent tree that maps each page's marked content back to its element, each page's
 * StructParents and tab order, and each tagged annotation's StructParent. The old tree's objects
 * are removed. Pure over a pdf-lib document.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib'
import type { ContentItem, StructKid, StructNode } from './structure-tree.ts'

/** Entries of a structure element that are rewritten, never copied. */
const REWRITTEN = new Set(['Type', 'S', 'P', 'K', 'Pg', 'Alt', 'ID'])

export interface ReadStructure {
  /** The document element (its kids are the tree). */
  root: StructNode<PDFRef>
  /** The document's language as the tree states it, if it does. */
  lang?: string
}

const name = (key: string) => PDFName.of(key)

/** The structure tree, or undefined when the document is not tagged. */
export function readStructure(doc: PDFDocument): ReadStructure | undefined {
  const treeRoot = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)
  if (!treeRoot) return undefined
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.tag, i]))
  const pageOf = (ref: unknown) => (ref instanceof PDFRef ? pageIndex.get(ref.tag) : undefined)
  const seen = new Set<string>()
  const read = (object: PDFObject | undefined, page: number | undefined): StructKid<PDFRef>[] => {
    if (object instanceof PDFArray) return object.asArray().flatMap(item => read(item, page))
    if (object instanceof PDFNumber) return page === undefined ? [] : [{ kind: 'content', page, mcid: object.asNumber() }]
    const ref = object instanceof PDFRef ? object : undefined
    if (ref) {
      // A tree that refers to itself would never end; a removed page's content is gone.
      if (seen.has(ref.tag)) return []
      seen.add(ref.tag)
    }
    const dict = ref ? doc.context.lookupMaybe(ref, PDFDict) : object instanceof PDFDict ? object : undefined
    if (!dict) return []
    const type = dict.get(name('Type'))?.toString()
    const on = pageOf(dict.get(name('Pg'))) ?? (dict.has(name('Pg')) ? undefined : page)
    if (type === '/MCR') {
      const mcid = dict.lookupMaybe(name('MCID'), PDFNumber)
      return on === undefined || !mcid ? [] : [{ kind: 'content', page: on, mcid: mcid.asNumber() }]
    }
    if (type === '/OBJR') {
      const annot = dict.get(name('Obj'))
      if (!(annot instanceof PDFRef)) return []
      // Without a page of its own or its element's, the annotation names its page (/P).
      const at = on ?? pageOf(doc.context.lookupMaybe(annot, PDFDict)?.get(name('P')))
      return at === undefined ? [] : [{ kind: 'annotation', page: at, ref: annot }]
    }
    return [toNode(dict, read(dict.get(name('K')), on))]
  }
  const kids = read(treeRoot.get(name('K')), undefined)
  const [document] = kids
  const root: StructNode<PDFRef> = kids.length === 1 && document?.kind === 'node' && document.role === 'Document'
    ? document
    : { kind: 'node', role: 'Document', extra: {}, kids }
  const lang = textOf(root.extra.Lang)
  return { root, ...(lang ? { lang } : {}) }
}

function toNode(dict: PDFDict, kids: StructKid<PDFRef>[]): StructNode<PDFRef> {
  const extra: Record<string, unknown> = {}
  for (const [key, value] of dict.entries()) {
    const k = key.decodeText()
    if (!REWRITTEN.has(k)) extra[k] = value
  }
  const alt = textOf(dict.get(name('Alt')))
  return { kind: 'node', role: dict.get(name('S'))?.toString().slice(1) ?? 'NonStruct', ...(alt ? { alt } : {}), extra, kids }
}

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/**
 * Replaces the document's structure tree with a Document element holding `kids`. Every page's
 * marked content and every tagged annotation is mapped back to its element in the parent tree.
 */
export function writeStructure(doc: PDFDocument, kids: readonly StructKid<PDFRef>[], lang: string): void {
  removeStructure(doc)
  const { context } = doc
  const pages = doc.getPages()
  const treeRef = context.nextRef()
  const parents = new Map<number, (PDFRef | undefined)[]>()
  const annotations: { annot: PDFRef; element: PDFRef }[] = []
  const write = (node: StructNode<PDFRef>, parent: PDFRef): PDFRef => {
    const ref = context.nextRef()
    const dict = context.obj({ Type: 'StructElem', S: node.role }) as PDFDict
    dict.set(name('P'), parent)
    for (const [key, value] of Object.entries(node.extra)) dict.set(name(key), toPdf(value))
    if (node.alt) dict.set(name('Alt'), PDFHexString.fromText(node.alt))
    const k = context.obj([]) as PDFArray
    for (const kid of node.kids) {
      if (kid.kind === 'node') k.push(write(kid, ref))
      else if (kid.kind === 'content') {
        k.push(context.obj({ Type: 'MCR', Pg: pages[kid.page]!.ref, MCID: kid.mcid }))
        mark(parents, kid, ref)
      }
      else {
        k.push(context.obj({ Type: 'OBJR', Pg: pages[kid.page]!.ref, Obj: kid.ref }))
        annotations.push({ annot: kid.ref, element: ref })
      }
    }
    dict.set(name('K'), k)
    context.assign(ref, dict)
    return ref
  }
  const document: StructNode<PDFRef> = { kind: 'node', role: 'Document', extra: { Lang: lang }, kids: [...kids] }
  const documentRef = write(document, treeRef)
  const nums = context.obj([]) as PDFArray
  pages.forEach((page, i) => {
    page.node.set(name('StructParents'), PDFNumber.of(i))
    // Tab order follows the structure (PDF/UA).
    page.node.set(name('Tabs'), name('S'))
    nums.push(PDFNumber.of(i))
    nums.push(context.obj((parents.get(i) ?? []).map(ref => ref ?? null)))
  })
  annotations.forEach(({ annot, element }, i) => {
    const key = pages.length + i
    context.lookupMaybe(annot, PDFDict)?.set(name('StructParent'), PDFNumber.of(key))
    nums.push(PDFNumber.of(key))
    nums.push(element)
  })
  const parentTree = context.register(context.obj({ Nums: nums }))
  context.assign(treeRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTree, ParentTreeNextKey: pages.length + annotations.length }))
  doc.catalog.set(name('StructTreeRoot'), treeRef)
  // Suspects is false by default; poppler reports an explicit false as a syntax error.
  doc.catalog.set(name('MarkInfo'), context.obj({ Marked: true }))
  doc.catalog.set(name('Lang'), PDFString.of(lang))
}

/** Records that marked content `item` belongs to `element`; arrays are indexed by MCID. */
function mark(parents: Map<number, (PDFRef | undefined)[]>, item: ContentItem, element: PDFRef): void {
  const list = parents.get(item.page) ?? []
  while (list.length < item.mcid) list.push(undefined)
  list[item.mcid] = element
  parents.set(item.page, list)
}

function toPdf(value: unknown): PDFObject {
  if (typeof value === 'string') return PDFHexString.fromText(value)
  return typeof value === 'number' ? PDFNumber.of(value) : (value as PDFObject)
}

/**
 * Deletes the current structure tree's own objects: its elements (found through their kids) and
 * the parent tree's nodes and arrays. What elements refer to (pages, annotations, attribute
 * objects) stays: the new tree may refer to it too.
 */
export function removeStructure(doc: PDFDocument): void {
  const { context } = doc
  const treeRoot = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)
  if (!treeRoot) return
  const elements: PDFObject[] = [treeRoot.get(name('K'))].filter((o): o is PDFObject => o !== undefined)
  const removed = new Set<string>()
  while (elements.length > 0) {
    const object = elements.pop()!
    if (object instanceof PDFArray) elements.push(...object.asArray())
    if (!(object instanceof PDFRef) || removed.has(object.tag)) continue
    const element = context.lookupMaybe(object, PDFDict)
    if (element?.get(name('Type'))?.toString() !== '/StructElem' && !element?.has(name('S'))) continue
    removed.add(object.tag)
    const kids = element.get(name('K'))
    if (kids) elements.push(kids)
    context.delete(object)
  }
  removeNumberTree(doc, treeRoot.get(name('ParentTree')))
  const rootRef = doc.catalog.get(name('StructTreeRoot'))
  if (rootRef instanceof PDFRef) context.delete(rootRef)
  doc.catalog.delete(name('StructTreeRoot'))
}

/** A number tree's nodes and the arrays its values are (the parent tree's per-page arrays). */
function removeNumberTree(doc: PDFDocument, node: PDFObject | undefined): void {
  const dict = node instanceof PDFRef ? doc.context.lookupMaybe(node, PDFDict) : node instanceof PDFDict ? node : undefined
  if (!dict) return
  for (const kid of dict.lookupMaybe(name('Kids'), PDFArray)?.asArray() ?? []) removeNumberTree(doc, kid)
  const nums = dict.lookupMaybe(name('Nums'), PDFArray)?.asArray() ?? []
  for (let i = 1; i < nums.length; i += 2) {
    const value = nums[i]
    if (value instanceof PDFRef && doc.context.lookup(value) instanceof PDFArray) doc.context.delete(value)
  }
  if (node instanceof PDFRef) doc.context.delete(node)
}

/**
 * After some pages of `doc` took the content of pages of `printed` (`targets[i]` is the 0-based
 * page of `doc` that `printed`'s page i replaced, its annotations copied in the same order), the
 * structure follows: each replaced page's section is `printed`'s section for that page, the other
 * sections stay. Both trees must be one section per page (structureByPage); returns false, and
 * changes nothing, when either is not, so the caller prints the whole document again.
 */
export function spliceStructure(doc: PDFDocument, printed: PDFDocument, targets: readonly number[]): boolean {
  const old = readStructure(doc)
  const fresh = readStructure(printed)
  const bySection = (tree: ReadStructure | undefined, pages: number) =>
    tree && tree.root.kids.length === pages && tree.root.kids.every(kid => kid.kind === 'node' && kid.role === 'Sect')
  if (!old || !bySection(old, doc.getPageCount()) || !bySection(fresh, printed.getPageCount())) return false
  const copier = PDFObjectCopier.for(printed.context, doc.context)
  const kids = [...old.root.kids]
  targets.forEach((target, i) => {
    const annots = annotationMap(printed, i, doc, target)
    const move = (kid: StructKid<PDFRef>): StructKid<PDFRef>[] => {
      if (kid.kind === 'content') return [{ ...kid, page: target }]
      if (kid.kind === 'annotation') {
        const ref = annots.get(kid.ref.tag)
        return ref ? [{ kind: 'annotation', page: target, ref }] : []
      }
      const extra = Object.fromEntries(Object.entries(kid.extra).map(([key, value]) => [key, typeof value === 'string' ? value : copier.copy(value as PDFObject)]))
      return [{ ...kid, extra, kids: kid.kids.flatMap(move) }]
    }
    kids[target] = move(fresh!.root.kids[i]!)[0]!
  })
  writeStructure(doc, kids, old.lang ?? fresh!.lang ?? 'und')
  return true
}

/** `printed`'s annotations on page `from` → `doc`'s copies of them on page `to`, by position. */
function annotationMap(printed: PDFDocument, from: number, doc: PDFDocument, to: number): Map<string, PDFRef> {
  const source = printed.getPage(from).node.lookupMaybe(name('Annots'), PDFArray)?.asArray() ?? []
  const copies = doc.getPage(to).node.lookupMaybe(name('Annots'), PDFArray)?.asArray() ?? []
  const map = new Map<string, PDFRef>()
  source.forEach((ref, k) => {
    const copy = copies[k]
    if (ref instanceof PDFRef && copy instanceof PDFRef) map.set(ref.tag, copy)
  })
  return map
}
