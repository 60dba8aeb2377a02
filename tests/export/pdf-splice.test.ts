/**
 * Putting reprinted pages into an existing PDF: the changed pages show the new content, every
 * other page and the outline stay as they were, and nothing the file no longer uses stays in it.
 * (tests/integration/reprint.test.ts does the same on real prints, against a full reprint.)
 */
import { describe, expect, it } from 'vitest'
import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { composeHandout } from '../../scripts/export/handout-compose.ts'
import { SLOT_URL } from '../../scripts/export/handout-html.ts'
import { redrawSlides, slideObjects } from '../../scripts/export/handout-splice.ts'
import { addOutline } from '../../scripts/export/pdf-document.ts'
import { dropUnreachable, replacePages } from '../../scripts/export/pdf-splice.ts'

/** Pages of 720 × 405 pt, each saying `<label> <n>`. */
async function deck(label: string, pages: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= pages; i++) doc.addPage([720, 405]).drawText(`${label} ${i}`, { x: 40, y: 300, size: 40, font })
  return doc
}

/** The text operators of a page's content, as a reader would get the words back. */
async function pageText(bytes: Uint8Array, index: number): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  const content = await (await pdf.getPage(index + 1)).getTextContent()
  await pdf.destroy()
  return content.items.map(item => ('str' in item ? item.str : '')).join('')
}

describe('replacePages', () => {
  it('puts the new pages in place and keeps every other page, the page objects and the outline', async () => {
    const old = await deck('OLD', 4)
    addOutline(old, [{ title: 'three', page: 2 }])
    const refs = old.getPages().map(page => page.ref.tag)
    await replacePages(old, await deck('NEW', 2), [2, 0])
    dropUnreachable(old)
    const bytes = await old.save()
    expect(await Promise.all([0, 1, 2, 3].map(i => pageText(bytes, i)))).toEqual(['NEW 2', 'OLD 2', 'NEW 1', 'OLD 4'])
    const reloaded = await PDFDocument.load(bytes)
    expect(reloaded.getPages().map(page => page.ref.tag)).toEqual(refs)
    // The bookmark still opens the third page.
    const outlines = reloaded.catalog.lookup(PDFName.of('Outlines'))
    expect(outlines).toBeDefined()
  })

  it('leaves nothing unused behind, so the file does not grow with each edit', async () => {
    const doc = await deck('OLD', 3)
    const size = (await doc.save()).byteLength
    for (let edit = 0; edit < 5; edit++) {
      await replacePages(doc, await deck(`EDIT${edit}`, 1), [1])
      dropUnreachable(doc)
    }
    // One more copy of the font for the replaced page at most, never one per edit.
    expect((await doc.save()).byteLength).toBeLessThan(size * 1.6)
    expect(await pageText(await doc.save(), 1)).toBe('EDIT4 1')
  })
})

describe('redrawSlides', () => {
  /** A handout page with a box for each slide, as Chromium prints the handout's HTML. */
  async function handout(slides: number): Promise<PDFDocument> {
    const printed = await PDFDocument.create()
    const page = printed.addPage([595, 842])
    const annots = printed.context.obj([])
    for (let no = 1; no <= slides; no++) {
      annots.push(printed.context.register(printed.context.obj({
        Type: 'Annot', Subtype: 'Link', Rect: [50, 800 - no * 200, 450, 800 - no * 200 + 180], A: { S: 'URI', URI: PDFString.of(`${SLOT_URL}${no}`) },
      })))
    }
    page.node.set(PDFName.of('Annots'), annots as PDFArray)
    const { doc } = await composeHandout(await printed.save(), await (await deck('SLIDE', slides)).save(), 'test')
    return PDFDocument.load(await doc.save())
  }

  it('draws the new slide where the old one was, and only that slide', async () => {
    const doc = await handout(3)
    expect([...slideObjects(doc).keys()].sort()).toEqual([1, 2, 3])
    await redrawSlides(doc, await deck('NEW', 1), new Map([[2, 0]]), new Map([[2, 'NEW 1']]), 'test')
    dropUnreachable(doc)
    const text = await pageText(await doc.save(), 0)
    expect(text).toContain('SLIDE 1')
    expect(text).toContain('NEW 1')
    expect(text).toContain('SLIDE 3')
    expect(text).not.toContain('SLIDE 2')
    expect([...slideObjects(doc).keys()].sort()).toEqual([1, 2, 3])
  })

  it('refuses a handout that does not name the slide, so the caller prints it again', async () => {
    const doc = await handout(2)
    await expect(redrawSlides(doc, await deck('NEW', 1), new Map([[5, 0]]), new Map([[5, 'NEW 1']]), 'deck.zh-Hant-TW')).rejects.toMatchObject({ code: 'E_EXPORT' })
  })
})
