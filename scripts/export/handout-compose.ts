/**
 * Puts the slides into the printed handout: finds the link annotations the HTML left as
 * placeholders (their /Rect is the box Chromium laid out), removes them, and draws the matching
 * page of the slide PDF there as a Form XObject, so slides stay vectors with their own fonts.
 * A tagged handout keeps a whole structure tree: each drawing is the marked content of its
 * slide's figure (handout-structure.ts). Pure over bytes: printed handout and slide PDF in, PDF
 * document out.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFEmbeddedPage, type PDFObject, type PDFPage } from 'pdf-lib'
import { DeckError } from '../core/errors.ts'
import { MARK_URL, SLOT_URL } from './handout-html.ts'
import { handoutTree, nextMcids, untagContent, type PlacedSlide } from './handout-structure.ts'
import { readStructure, writeStructure } from './pdf-structure.ts'
import { tidy } from './structure-tree.ts'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Anchor {
  /** 0-based page index in the handout. */
  page: number
  url: string
  rect: Box
  /** The link annotation, now removed (the structure tree may still name it). */
  ref?: PDFRef
}

export interface ComposedHandout {
  doc: PDFDocument
  /** Slide number → 0-based handout page where the slide is drawn. */
  slidePages: Map<number, number>
  /** Mark id → 0-based handout page of the heading. */
  markPages: Map<string, number>
}

export async function composeHandout(printed: Uint8Array, slidesPdf: Uint8Array, label: string): Promise<ComposedHandout> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false })
  const slides = await PDFDocument.load(slidesPdf, { updateMetadata: false })
  // Read before the placeholders go: the tree names their annotations.
  const tree = readStructure(doc)
  const mcid = tree && nextMcids(tree.root.kids)
  const placed: PlacedSlide<PDFRef>[] = []
  const anchors = takeAnchors(doc)
  const slots = anchors.filter(a => a.url.startsWith(SLOT_URL))
  const slidePages = new Map<number, number>()
  const markPages = new Map<string, number>()
  for (const a of anchors.filter(a => a.url.startsWith(MARK_URL))) {
    const id = a.url.slice(MARK_URL.length)
    if (!markPages.has(id)) markPages.set(id, a.page)
  }
  const pages = slides.getPages()
  // Explicit boxes: pdf-lib's default box assumes the media box starts at 0,0, and slide pages do not.
  const embedded = await doc.embedPages(pages, pages.map(mediaBounds))
  await Promise.all(embedded.map((page, index) => embedSlide(doc, page, index + 1, tree !== undefined)))
  for (const slot of slots) {
    const no = Number(slot.url.slice(SLOT_URL.length))
    const slide = embedded[no - 1]
    if (!Number.isInteger(no) || !slide)
      throw new DeckError('E_EXPORT', `${label}: the handout has a box for slide ${no}, but the slide PDF has ${embedded.length} pages`)
    const page = doc.getPage(slot.page)
    const content = mcid && slot.ref ? { kind: 'content' as const, page: slot.page, mcid: mcid(slot.page) } : undefined
    if (content) page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Figure'), `<< /MCID ${content.mcid} >>`]))
    page.drawPage(slide, fitBox(slot.rect, slide.width / slide.height))
    if (content) page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent))
    if (content && slot.ref) placed.push({ anchor: slot.ref, no, content })
    if (!slidePages.has(no)) slidePages.set(no, slot.page)
  }
  const missing = embedded.findIndex((_, i) => !slidePages.has(i + 1))
  if (missing >= 0) throw new DeckError('E_EXPORT', `${label}: the handout has no box for slide ${missing + 1}`)
  if (tree) {
    const removed = new Set(anchors.filter(a => a.url.startsWith(MARK_URL) && a.ref).map(a => a.ref!))
    writeStructure(doc, tidy(handoutTree(tree.root.kids, placed, removed)), tree.lang ?? 'und')
  }
  return { doc, slidePages, markPages }
}

/** The embedded slide page's content without the slide PDF's own marked-content identifiers. */
function untagEmbedded(doc: PDFDocument, page: PDFEmbeddedPage): void {
  const stream = doc.context.lookup(page.ref)
  if (!(stream instanceof PDFRawStream)) return
  const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())
  const dict = stream.dict.clone(doc.context)
  dict.delete(PDFName.of('Filter'))
  dict.delete(PDFName.of('Length'))
  doc.context.assign(page.ref, doc.context.flateStream(latin1(untagContent(content)), Object.fromEntries([...dict.entries()].map(([k, v]) => [k.decodeText(), v]))))
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, char => char.charCodeAt(0))
}

/** Removes every placeholder link (URL under the anchor origin) and returns where each was. */
export function takeAnchors(doc: PDFDocument): Anchor[] {
  const anchors: Anchor[] = []
  doc.getPages().forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    if (!annots) return
    const kept: PDFObject[] = []
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i)
      const anchor = readAnchor(doc, ref, index)
      if (anchor) anchors.push(anchor)
      else kept.push(ref)
    }
    setAnnots(doc, page, kept)
  })
  return anchors
}

function readAnchor(doc: PDFDocument, ref: PDFObject, page: number): Anchor | undefined {
  const annot = doc.context.lookup(ref)
  if (!(annot instanceof PDFDict)) return undefined
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
  const uri = action?.lookup(PDFName.of('URI'))
  const url = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : ''
  if (!url.startsWith(SLOT_URL) && !url.startsWith(MARK_URL)) return undefined
  const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray)
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rect?.asArray().map(n => (n instanceof PDFNumber ? n.asNumber() : 0)) ?? []
  if (ref instanceof PDFRef) doc.context.delete(ref)
  return {
    page,
    url,
    rect: { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) },
    ...(ref instanceof PDFRef ? { ref } : {}),
  }
}

function setAnnots(doc: PDFDocument, page: PDFPage, refs: PDFObject[]): void {
  if (refs.length > 0) page.node.set(PDFName.of('Annots'), doc.context.obj(refs))
  else page.node.delete(PDFName.of('Annots'))
}

/**
 * Key that names the slide a Form XObject draws: an edit can then redraw one slide in an existing
 * handout (handout-splice.ts) without printing it again. Readers ignore keys they do not know.
 */
export const SLIDE_KEY = PDFName.of('DeckwrightSlide')

/**
 * Writes the embedded slide page now (pdf-lib would at save) and names its slide on it; in a
 * tagged handout (`untag`), without the slide PDF's marked-content identifiers, which would clash
 * with the handout's own.
 */
export async function embedSlide(doc: PDFDocument, page: PDFEmbeddedPage, no: number, untag: boolean): Promise<PDFStream> {
  await page.embed()
  if (untag) untagEmbedded(doc, page)
  const stream = doc.context.lookup(page.ref, PDFStream)
  stream.dict.set(SLIDE_KEY, PDFNumber.of(no))
  return stream
}

export function mediaBounds(page: PDFPage): { left: number; bottom: number; right: number; top: number } {
  const { x, y, width, height } = page.getMediaBox()
  return { left: x, bottom: y, right: x + width, top: y + height }
}

/** The largest box of the given aspect ratio centred in `box`. */
export function fitBox(box: Box, ratio: number): Box {
  const width = Math.min(box.width, box.height * ratio)
  const height = width / ratio
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height }
}
