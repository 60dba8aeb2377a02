import { readFile } from 'node:fs/promises'
import { PDFDict, PDFDocument, PDFName, PDFArray } from 'pdf-lib'

/** Text of each page, read with pdf.js as a PDF reader would extract it. */
export async function readPdfPages(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const data = new Uint8Array(await readFile(path))
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(''))
  }
  await doc.destroy()
  return pages
}

/** Whitespace is layout, not content: compare text without it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Names of the fonts on every page and whether each one embeds its font program. */
export async function readPdfFonts(path: string): Promise<{ name: string; embedded: boolean }[]> {
  const doc = await PDFDocument.load(await readFile(path))
  const fonts = new Map<string, boolean>()
  for (const page of doc.getPages()) {
    const resources = page.node.Resources()
    const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict)
    if (!fontDict) continue
    for (const [, ref] of fontDict.entries()) {
      const font = doc.context.lookup(ref, PDFDict)
      const name = font.get(PDFName.of('BaseFont'))?.toString() ?? '?'
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)
      const cid = descendants ? doc.context.lookup(descendants.get(0), PDFDict) : font
      const descriptor = cid.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
      const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some(k => descriptor.has(PDFName.of(k)))
      fonts.set(name, embedded)
    }
  }
  return [...fonts].map(([name, embedded]) => ({ name, embedded }))
}

export async function readPdfInfo(path: string) {
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
    creator: doc.getCreator(),
    language: doc.catalog.get(PDFName.of('Lang'))?.toString(),
    size: doc.getPage(0).getSize(),
  }
}

export interface ReadOutlineEntry { title: string; page: number; children: ReadOutlineEntry[] }

/** The outline (bookmarks) as a reader shows it, with 0-based page indices; a path or the bytes. */
export async function readPdfOutline(pdf: string | Uint8Array): Promise<ReadOutlineEntry[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const data = typeof pdf === 'string' ? new Uint8Array(await readFile(pdf)) : pdf.slice()
  const doc = await getDocument({ data, verbosity: 0 }).promise
  type Item = { title: string; dest: unknown; items: Item[] }
  const read = async (items: Item[]): Promise<ReadOutlineEntry[]> => Promise.all(items.map(async item => ({
    title: item.title,
    page: await doc.getPageIndex((item.dest as [Parameters<typeof doc.getPageIndex>[0]])[0]),
    children: await read(item.items),
  })))
  const outline = await read(((await doc.getOutline()) ?? []) as Item[])
  await doc.destroy()
  return outline
}
