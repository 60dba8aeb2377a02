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

interface StructNodeJson {
  role?: string
  alt?: string
  children?: StructNodeJson[]
}

/**
 * Each page's structure as pdf.js reads it (getStructTree), flattened in reading order: the role
 * of every element, `Figure(alt text)` for a described figure. What a screen reader walks.
 */
export async function readStructure(source: string | Uint8Array): Promise<string[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const data = typeof source === 'string' ? new Uint8Array(await readFile(source)) : source.slice()
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[][] = []
  const walk = (node: StructNodeJson, out: string[]) => {
    if (node.role && node.role !== 'Root') out.push(node.alt ? `${node.role}(${node.alt})` : node.role)
    for (const child of node.children ?? []) walk(child, out)
  }
  for (let n = 1; n <= doc.numPages; n++) {
    const roles: string[] = []
    const tree = await (await doc.getPage(n)).getStructTree() as StructNodeJson | null
    if (tree) walk(tree, roles)
    pages.push(roles)
  }
  await doc.destroy()
  return pages
}
