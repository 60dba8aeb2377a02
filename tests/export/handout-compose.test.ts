import { describe, expect, it } from 'vitest'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { composeHandout, fitBox } from '../../scripts/export/handout-compose.ts'
import { MARK_URL, SLOT_URL } from '../../scripts/export/handout-html.ts'

type Link = { page: number; url: string; rect: [number, number, number, number] }

/** A stand-in for Chromium's print: A4 pages whose links carry the given URLs. */
async function printedPdf(pages: number, links: Link[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) doc.addPage([595.92, 842.04])
  for (const link of links) {
    const annot = doc.context.register(doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: link.rect,
      A: { S: 'URI', URI: PDFString.of(link.url) },
    }))
    const page = doc.getPage(link.page)
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? doc.context.obj([])
    annots.push(annot)
    page.node.set(PDFName.of('Annots'), annots)
  }
  return doc.save()
}

/** A stand-in slide PDF: pages of 720 × 405 pt whose media box starts below 0, as ours do. */
async function slidesPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= count; i++) {
    const page = doc.addPage([720, 405])
    page.setMediaBox(0, -0.12, 720, 405)
    page.drawText(`SLIDE ${i}`, { x: 40, y: 300, size: 40, font })
  }
  return doc.save()
}

const annotUrls = (doc: PDFDocument, page: number) => {
  const annots = doc.getPage(page).node.lookupMaybe(PDFName.of('Annots'), PDFArray)
  return (annots?.asArray() ?? []).map(ref => {
    const action = doc.context.lookup(ref, PDFDict).lookup(PDFName.of('A'), PDFDict)
    return action.get(PDFName.of('URI'))?.toString()
  })
}

const xObjects = (doc: PDFDocument, page: number) =>
  doc.getPage(page).node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.keys().length ?? 0

describe('composeHandout', () => {
  it('draws each slide into its box, removes the placeholder links and keeps real ones', async () => {
    const printed = await printedPdf(3, [
      { page: 1, url: `${SLOT_URL}1`, rect: [50, 500, 546, 779] },
      { page: 1, url: 'https://example.org/', rect: [50, 100, 200, 120] },
      { page: 2, url: `${SLOT_URL}2`, rect: [50, 500, 546, 779] },
      { page: 2, url: `${MARK_URL}appendix`, rect: [50, 300, 200, 320] },
    ])
    const { doc, slidePages, markPages } = await composeHandout(printed, await slidesPdf(2), 'test')
    expect([...slidePages]).toEqual([[1, 1], [2, 2]])
    expect([...markPages]).toEqual([['appendix', 2]])
    expect(annotUrls(doc, 1)).toEqual(['(https://example.org/)'])
    expect(annotUrls(doc, 2)).toEqual([])
    expect(xObjects(doc, 0)).toBe(0)
    expect(xObjects(doc, 1)).toBe(1)
    expect(xObjects(doc, 2)).toBe(1)
  })

  it('fails with E_EXPORT when a slide has no box, or a box has no slide', async () => {
    const oneBox = await printedPdf(1, [{ page: 0, url: `${SLOT_URL}1`, rect: [0, 0, 160, 90] }])
    await expect(composeHandout(oneBox, await slidesPdf(2), 'deck.zh-Hant-TW')).rejects.toMatchObject({
      code: 'E_EXPORT',
      message: expect.stringContaining('no box for slide 2'),
    })
    const extraBox = await printedPdf(1, [{ page: 0, url: `${SLOT_URL}3`, rect: [0, 0, 160, 90] }])
    await expect(composeHandout(extraBox, await slidesPdf(2), 'deck')).rejects.toMatchObject({ code: 'E_EXPORT' })
  })
})

describe('fitBox', () => {
  it('centres the largest box of the ratio inside the given one', () => {
    expect(fitBox({ x: 10, y: 20, width: 160, height: 100 }, 16 / 9)).toEqual({ x: 10, y: 25, width: 160, height: 90 })
    expect(fitBox({ x: 0, y: 0, width: 200, height: 90 }, 16 / 9)).toEqual({ x: 20, y: 0, width: 160, height: 90 })
  })
})
