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

/** A run of text on a page as pdf.js reads it: where it starts (points, from the bottom left) and in which font. */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  /** The embedded font's name without its subset tag, such as `NotoSansTC-Bold`. */
  font: string
}

/** The text items of one page (1-based), in content order. */
export async function readPdfItems(path: string, pageNumber: number): Promise<PdfTextItem[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const page = await doc.getPage(pageNumber)
  // The operator list loads the page's fonts, whose names the text items only point at.
  await page.getOperatorList()
  const content = await page.getTextContent()
  const fontName = (id: string) => String((page.commonObjs.get(id) as { name?: string }).name ?? id).replace(/^[A-Z]{6}\+/, '')
  const items = content.items.flatMap(item => ('str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, font: fontName(item.fontName) }] : []))
  await doc.destroy()
  return items
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

/** A page's links: where each is and the 0-based page it opens (links within the document) or its URL. */
export async function readPdfLinks(path: string, pageNumber: number): Promise<{ rect: number[]; page?: number; url?: string }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
  const annotations = await (await doc.getPage(pageNumber)).getAnnotations() as { subtype: string; rect: number[]; dest?: unknown; url?: string }[]
  const links = await Promise.all(annotations.filter(a => a.subtype === 'Link').map(async a => ({
    rect: a.rect,
    ...(Array.isArray(a.dest) ? { page: await doc.getPageIndex(a.dest[0] as Parameters<typeof doc.getPageIndex>[0]) } : {}),
    ...(a.url ? { url: a.url } : {}),
  })))
  await doc.destroy()
  return links
}

/** A filled rectangle on a page, in PDF points from the bottom left, with its fill colour. */
export interface FilledRect { x: number; y: number; width: number; height: number; fill: string }

/**
 * The filled rectangles a page paints (Chromium prints CSS borders and rules as thin filled
 * rectangles), read from pdf.js's operator list with the transforms applied. 1-based page number.
 */
export async function readFilledRects(path: string, pageNumber: number): Promise<FilledRect[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
  const { fnArray, argsArray } = await (await doc.getPage(pageNumber)).getOperatorList()
  await doc.destroy()
  type Matrix = [number, number, number, number, number, number]
  const times = (m: Matrix, n: Matrix): Matrix => [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ]
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  let fill = '0,0,0'
  let pending: FilledRect[] = []
  const rects: FilledRect[] = []
  fnArray.forEach((fn: number, i: number) => {
    const args = argsArray[i] as unknown[]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) ctm = times(args as Matrix, ctm)
    else if (fn === OPS.setFillRGBColor) fill = Array.from(args as ArrayLike<number>).slice(0, 3).join(',')
    else if (fn === OPS.constructPath) {
      const [ops, coords] = args as [number[], number[]]
      pending = []
      let at = 0
      for (const op of ops) {
        if (op === OPS.rectangle) {
          const [x, y, w, h] = coords.slice(at, at + 4) as [number, number, number, number]
          const corners = [[x, y], [x + w, y + h]].map(([px, py]) => [ctm[0] * px! + ctm[2] * py! + ctm[4], ctm[1] * px! + ctm[3] * py! + ctm[5]])
          const [x1, y1] = corners[0]!, [x2, y2] = corners[1]!
          pending.push({ x: Math.min(x1!, x2!), y: Math.min(y1!, y2!), width: Math.abs(x2! - x1!), height: Math.abs(y2! - y1!), fill })
        }
        at += { [OPS.rectangle]: 4, [OPS.moveTo]: 2, [OPS.lineTo]: 2, [OPS.curveTo]: 6, [OPS.curveTo2]: 4, [OPS.curveTo3]: 4 }[op] ?? 0
      }
    }
    else if (fn === OPS.fill || fn === OPS.eoFill) {
      rects.push(...pending.map(rect => ({ ...rect, fill })))
      pending = []
    }
    else if (fn === OPS.endPath || fn === OPS.stroke || fn === OPS.closeStroke) pending = []
  })
  return rects
}

/** Text items of a page with their baseline height (PDF points from the bottom). 1-based page number. */
export async function readPdfTextItems(path: string, pageNumber: number): Promise<{ text: string; x: number; y: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
  const items = (await (await doc.getPage(pageNumber)).getTextContent()).items
  await doc.destroy()
  return items.flatMap(item => ('str' in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []))
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
  return pages}
