/**
 * Links between slides in the slide PDF. The agenda prints each entry as a placeholder link to
 * `SLIDE_LINK_URL + n` (components/SlideLink.vue); here each becomes a jump to page n of the same
 * document, so the agenda works in a PDF reader as it does in the live deck. Pure over a document.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib'
import { SLIDE_LINK_URL } from '../core/links.ts'

/** Turns every placeholder slide link into a link to its page; returns how many it turned. */
export function linkSlides(doc: PDFDocument): number {
  const pages = doc.getPages()
  let linked = 0
  for (const page of pages) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    if (!annots) continue
    const kept: PDFObject[] = []
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i)
      const annot = doc.context.lookup(ref)
      const target = annot instanceof PDFDict ? slideTarget(annot) : undefined
      if (target === undefined) {
        kept.push(ref)
        continue
      }
      const page = pages[target - 1]
      // A link to a slide the document does not have is dropped rather than left pointing nowhere.
      if (!page) continue
      const link = annot as PDFDict
      link.delete(PDFName.of('A'))
      link.set(PDFName.of('Dest'), doc.context.obj([page.ref, PDFName.of('Fit')]))
      kept.push(ref)
      linked++
    }
    page.node.set(PDFName.of('Annots'), doc.context.obj(kept))
  }
  return linked
}

/** The slide number a placeholder link points at, or undefined for any other annotation. */
function slideTarget(annot: PDFDict): number | undefined {
  const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'))
  const url = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : ''
  if (!url.startsWith(SLIDE_LINK_URL)) return undefined
  const no = Number(url.slice(SLIDE_LINK_URL.length))
  return Number.isInteger(no) && no > 0 ? no : 0
}
