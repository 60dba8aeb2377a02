/**
 * Putting newly printed pages into an existing PDF, so that an edit reprints only the pages it
 * changed. Each old page object stays where it is and takes the new page's content, resources
 * and boxes: the outline, the page tree and every other page are untouched, and bookmarks keep
 * pointing at the same pages. Objects nothing refers to any more (the old pages' content, the
 * old outline) are dropped before saving. Pure over pdf-lib documents.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib'

/** Page-level keys a printed page carries; everything that makes up how the page looks. */
const PAGE_KEYS = ['Contents', 'Resources', 'MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'Rotate', 'Group', 'Annots', 'UserUnit'].map(key => PDFName.of(key))

/**
 * Replaces pages of `doc` with pages of `printed`: `targets[i]` is the 0-based page of `doc` that
 * page `i` of `printed` replaces.
 */
export async function replacePages(doc: PDFDocument, printed: PDFDocument, targets: readonly number[]): Promise<void> {
  const copies = await doc.copyPages(printed, targets.map((_, index) => index))
  copies.forEach((copy, index) => {
    const old = doc.getPage(targets[index]!)
    for (const key of PAGE_KEYS) {
      const value = copy.node.get(key)
      if (value === undefined) old.node.delete(key)
      else old.node.set(key, value)
    }
    // Link annotations name their page; they now belong to the old page object.
    const annots = old.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    for (const annot of annots?.asArray() ?? []) {
      const dict = doc.context.lookupMaybe(annot, PDFDict)
      if (dict?.has(PDFName.of('P'))) dict.set(PDFName.of('P'), old.ref)
    }
    doc.context.delete(copy.ref)
  })
}

/**
 * Removes every object the document no longer reaches from its trailer (catalog, info), so that
 * replaced pages, outlines and fonts do not pile up in the file with each edit.
 */
export function dropUnreachable(doc: PDFDocument): void {
  const { context } = doc
  const reached = new Set<string>()
  const stack: PDFObject[] = [context.trailerInfo.Root, context.trailerInfo.Info].filter((o): o is PDFObject => o !== undefined)
  while (stack.length > 0) {
    const object = stack.pop()!
    if (object instanceof PDFRef) {
      if (reached.has(object.tag)) continue
      reached.add(object.tag)
      const target = context.lookup(object)
      if (target) stack.push(target)
    }
    else if (object instanceof PDFDict) stack.push(...object.values())
    else if (object instanceof PDFArray) stack.push(...object.asArray())
    else if (object instanceof PDFStream) stack.push(object.dict)
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref.tag)) context.delete(ref)
  }
}
