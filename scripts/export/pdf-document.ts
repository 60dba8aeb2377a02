/**
 * Makes a printed PDF a proper document: metadata (title, author, subject, keywords, language,
 * creator, and a brand's organisation and classification), an outline of sections and slides,
 * links between its slides and, when Chromium tagged it, a structure tree of one section per
 * slide. Pure over bytes: PDF in, PDF out.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFArray, PDFNull, type PDFRef } from 'pdf-lib'
import { linkSlides } from './slide-links.ts'
import { readStructure, writeStructure } from './pdf-structure.ts'
import { slidePages } from './structure-tree.ts'

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords: readonly string[]
  /** BCP 47 language tag, such as zh-Hant-TW. */
  language: string
  creator: string
  /** The brand's organisation; '' or absent when none (a custom `Organisation` entry). */
  organisation?: string
  /** The brand's marking (內部資料); '' or absent when none (a custom `Classification` entry, and a keyword). */
  classification?: string
}

export interface OutlineEntry {
  title: string
  /** 0-based page index the entry opens. */
  page: number
  children?: OutlineEntry[]
}

/**
 * `pageTitles`, one per page, title the sections of a tagged PDF's structure tree (one per page);
 * an untagged PDF stays untagged.
 */
export async function finishPdf(bytes: Uint8Array, metadata: PdfMetadata, outline: readonly OutlineEntry[], expectedPages?: number, pageTitles: readonly string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  if (expectedPages !== undefined) trimPrinted(doc, expectedPages)
  linkSlides(doc)
  structureByPage(doc, pageTitles, metadata.language)
  setDocumentInfo(doc, metadata, outline)
  return doc.save({ useObjectStreams: true })
}

/**
 * One page per printed slide. Chromium rounds the page height to its own units (404.88 pt for
 * 540 px), so the last slide spills a sliver onto one more, blank page: pages past the last slide
 * are dropped, and each page is given the slide's exact 16:9 box.
 */
export function trimPrinted(doc: PDFDocument, expectedPages: number): void {
  while (doc.getPageCount() > expectedPages) doc.removePage(doc.getPageCount() - 1)
  fitPagesToRatio(doc, 16 / 9)
}

/** Metadata and outline, written again in full (an older outline is left for dropUnreachable). */
export function setDocumentInfo(doc: PDFDocument, metadata: PdfMetadata, outline: readonly OutlineEntry[]): void {
  setMetadata(doc, metadata)
  if (outline.length > 0) addOutline(doc, outline)
  else doc.catalog.delete(PDFName.of('Outlines'))
}

/**
 * Chromium's 404.88 pt page clips the last 0.12 pt of a 405 pt slide. Pages within a point of
 * `ratio` are extended downwards to it (the slide is drawn from the top), so a slide page is
 * exactly 720 × 405 pt and nothing of the slide is cut.
 */
export function fitPagesToRatio(doc: PDFDocument, ratio: number): void {
  for (const page of doc.getPages()) {
    const box = page.getMediaBox()
    const missing = box.width / ratio - box.height
    if (missing <= 0 || missing >= 1) continue
    page.setMediaBox(box.x, box.y - missing, box.width, box.height + missing)
    const crop = page.node.get(PDFName.of('CropBox'))
    if (crop) page.setCropBox(box.x, box.y - missing, box.width, box.height + missing)
  }
}

/**
 * Rewrites a tagged PDF's structure as one section per page (structure-tree.ts): each slide's
 * title, body and footer in reading order, standing on its own. Nothing happens to an untagged PDF.
 */
export function structureByPage(doc: PDFDocument, titles: readonly string[], lang: string): void {
  const tree = readStructure(doc)
  if (tree) writeStructure(doc, slidePages(tree.root, doc.getPageCount(), titles), tree.lang ?? lang)
}

export function setMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true })
  doc.setAuthor(metadata.author)
  doc.setSubject(metadata.subject)
  doc.setKeywords([...metadata.keywords, ...(metadata.classification ? [metadata.classification] : [])])
  const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict)
  if (info && metadata.organisation) info.set(PDFName.of('Organisation'), PDFHexString.fromText(metadata.organisation))
  if (info && metadata.classification) info.set(PDFName.of('Classification'), PDFHexString.fromText(metadata.classification))
  doc.setCreator(metadata.creator)
  doc.setProducer(`${metadata.creator} (pdf-lib, Chromium)`)
  doc.setLanguage(metadata.language)
  const now = new Date()
  doc.setModificationDate(now)
}

/** Writes the outline (bookmarks) tree into the catalog. */
export function addOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const pages = doc.getPages()
  const rootRef = doc.context.nextRef()
  const count = writeLevel(doc, entries, rootRef, pages.map(p => p.ref))
  const root = doc.context.obj({ Type: 'Outlines', Count: count.visible })
  root.set(PDFName.of('First'), count.first)
  root.set(PDFName.of('Last'), count.last)
  doc.context.assign(rootRef, root)
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

function writeLevel(doc: PDFDocument, entries: readonly OutlineEntry[], parent: PDFRef, pageRefs: PDFRef[]): { first: PDFRef; last: PDFRef; visible: number } {
  const refs = entries.map(() => doc.context.nextRef())
  let visible = 0
  entries.forEach((entry, i) => {
    const pageRef = pageRefs[Math.min(entry.page, pageRefs.length - 1)]!
    const dict = doc.context.obj({}) as PDFDict
    dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title))
    dict.set(PDFName.of('Parent'), parent)
    dict.set(PDFName.of('Dest'), PDFArray.withContext(doc.context))
    const dest = dict.get(PDFName.of('Dest')) as PDFArray
    dest.push(pageRef)
    dest.push(PDFName.of('XYZ'))
    dest.push(PDFNull)
    dest.push(PDFNull)
    dest.push(PDFNull)
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!)
    visible++
    if (entry.children?.length) {
      const child = writeLevel(doc, entry.children, refs[i]!, pageRefs)
      dict.set(PDFName.of('First'), child.first)
      dict.set(PDFName.of('Last'), child.last)
      // Positive count: the section opens expanded in the reader's sidebar.
      dict.set(PDFName.of('Count'), PDFNumber.of(child.visible))
      visible += child.visible
    }
    doc.context.assign(refs[i]!, dict)
  })
  return { first: refs[0]!, last: refs[refs.length - 1]!, visible }
}
