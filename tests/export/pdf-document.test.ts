import { describe, expect, it } from 'vitest'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { SLIDE_LINK_URL } from '../../scripts/core/links.ts'
import { finishPdf, fitPagesToRatio } from '../../scripts/export/pdf-document.ts'
import { linkSlides } from '../../scripts/export/slide-links.ts'
import { readPdfOutline } from '../helpers/pdf.ts'

const metadata = {
  title: '標題',
  author: '王小明、李四',
  subject: '副標題',
  keywords: ['甲', '乙'],
  language: 'zh-Hant-TW',
  creator: 'Deckwright 1.2.3',
}

describe('fitPagesToRatio', () => {
  it('makes Chromium\'s 720 × 404.88 pt slide pages exactly 16:9, growing downwards', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([720, 404.88])
    doc.addPage([595.92, 842.04])
    fitPagesToRatio(doc, 16 / 9)
    const slide = doc.getPage(0).getMediaBox()
    expect(slide.width).toBe(720)
    expect(slide.height).toBeCloseTo(405, 6)
    expect(slide.y).toBeCloseTo(-0.12, 6)
    expect(doc.getPage(1).getMediaBox()).toEqual({ x: 0, y: 0, width: 595.92, height: 842.04 })
  })
})

describe('finishPdf', () => {
  it('writes the metadata, the language in the catalog and the outline, and drops spill pages', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 3; i++) doc.addPage([720, 404.88])
    const bytes = await finishPdf(await doc.save(), metadata, [{ title: '封面', page: 0 }, { title: '第一節', page: 1, children: [{ title: '甲', page: 1 }] }], 2)
    const done = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(done.getPageCount()).toBe(2)
    expect(done.getPage(1).getHeight()).toBeCloseTo(405, 6)
    expect({ title: done.getTitle(), author: done.getAuthor(), subject: done.getSubject(), keywords: done.getKeywords(), creator: done.getCreator() })
      .toEqual({ title: '標題', author: '王小明、李四', subject: '副標題', keywords: '甲 乙', creator: 'Deckwright 1.2.3' })
    expect(done.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(zh-Hant-TW)')
    expect(await readPdfOutline(bytes)).toEqual([
      { title: '封面', page: 0, children: [] },
      { title: '第一節', page: 1, children: [{ title: '甲', page: 1, children: [] }] },
    ])
  })
})

describe('linkSlides', () => {
  it('turns the printed placeholder links to a slide into jumps to its page, and leaves other links alone', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 4; i++) doc.addPage([720, 405])
    const link = (url: string) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [40, 300, 680, 330], A: { S: 'URI', URI: PDFString.of(url) } }))
    doc.getPage(1).node.set(PDFName.of('Annots'), doc.context.obj([link(`${SLIDE_LINK_URL}4`), link('https://example.org/'), link(`${SLIDE_LINK_URL}9`)]))
    expect(linkSlides(doc)).toBe(1)
    const annots = doc.getPage(1).node.lookup(PDFName.of('Annots'), PDFArray).asArray().map(ref => doc.context.lookup(ref, PDFDict))
    // The jump to slide 4 opens page 4; a link to a slide the deck does not have is dropped.
    expect(annots).toHaveLength(2)
    const dest = annots[0]!.lookup(PDFName.of('Dest'), PDFArray)
    expect(dest.get(0)).toBe(doc.getPage(3).ref)
    expect(annots[0]!.has(PDFName.of('A'))).toBe(false)
    expect(annots[1]!.lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI'), PDFString).decodeText()).toBe('https://example.org/')
  })
})
