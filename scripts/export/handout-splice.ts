/**
 * Redraws changed slides in an existing handout. The handout draws each slide once, as a Form
 * XObject named with its slide number (handout-compose.ts); here the object of each changed slide
 * takes the new page's content and resources in place, so every handout page that shows the slide
 * shows the new one, and nothing else in the handout moves. In a tagged handout the slide's figure
 * takes the slide's new text as its alternative text. Pure over pdf-lib documents.
 */
import { PDFNumber, PDFStream, type PDFDocument, type PDFRef } from 'pdf-lib'
import { DeckError } from '../core/errors.ts'
import { embedSlide, mediaBounds, SLIDE_KEY } from './handout-compose.ts'
import { renameFigures } from './handout-structure.ts'
import { readStructure, writeStructure } from './pdf-structure.ts'

/** The Form XObject of each slide the handout draws, by slide number. */
export function slideObjects(doc: PDFDocument): Map<number, PDFRef> {
  const found = new Map<number, PDFRef>()
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFStream)) continue
    const no = object.dict.lookupMaybe(SLIDE_KEY, PDFNumber)?.asNumber()
    if (no !== undefined) found.set(no, ref)
  }
  return found
}

/**
 * Draws `source`'s pages in place of the handout's slides: `pages` maps a slide number to its
 * 0-based page in `source`, `texts` a slide number to its text (the figure's alternative text).
 * Fails (E_EXPORT) when the handout does not draw one of them, or its tree has no figure for
 * it, such as a handout from before slides were named: the caller prints the handout again instead.
 */
export async function redrawSlides(handout: PDFDocument, source: PDFDocument, pages: ReadonlyMap<number, number>, texts: ReadonlyMap<number, string>, label: string): Promise<void> {
  const objects = slideObjects(handout)
  const missing = [...pages.keys()].filter(no => !objects.has(no))
  if (missing.length > 0) throw new DeckError('E_EXPORT', `${label}: the handout does not name slide ${missing[0]}; it is printed again`)
  const tree = readStructure(handout)
  if (tree) {
    const { kids, renamed } = renameFigures(tree.root.kids, texts)
    const unnamed = [...pages.keys()].find(no => !renamed.has(no))
    if (unnamed !== undefined) throw new DeckError('E_EXPORT', `${label}: the handout's structure has no figure for slide ${unnamed}; it is printed again`)
    writeStructure(handout, kids, tree.lang ?? 'und')
  }
  const slides = [...pages]
  const sourcePages = slides.map(([, index]) => source.getPage(index))
  const embedded = await handout.embedPages(sourcePages, sourcePages.map(mediaBounds))
  for (const [position, page] of embedded.entries()) {
    const [no] = slides[position]!
    const stream = await embedSlide(handout, page, no, tree !== undefined)
    handout.context.assign(objects.get(no)!, stream)
    handout.context.delete(page.ref)
  }
}
