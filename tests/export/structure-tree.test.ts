/**
 * The tagged PDFs' structure: Chromium's tree becomes one section per slide in reading order, with
 * lists, figures and captions a screen reader understands; in the handout each slide drawing is a
 * figure described by the slide's text. The tree is written with pdf-lib and read back by pdf.js,
 * as a reader would.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { handoutTree, nextMcids, untagContent } from '../../scripts/export/handout-structure.ts'
import { readStructure as readTree, spliceStructure, writeStructure } from '../../scripts/export/pdf-structure.ts'
import { onPage, slidePages, tidy, type StructKid, type StructNode } from '../../scripts/export/structure-tree.ts'
import { readStructure } from '../helpers/pdf.ts'

const node = (role: string, kids: StructKid[], alt?: string): StructNode => ({ kind: 'node', role, extra: {}, kids, ...(alt ? { alt } : {}) })
const at = (page: number, mcid: number): StructKid => ({ kind: 'content', page, mcid })

/** Roles and content in reading order, as `H1[0:5] L[LI[LBody[0:6]]]`. */
function shape(kids: readonly StructKid[]): string {
  return kids.map(kid => (kid.kind === 'node' ? `${kid.role}${kid.alt ? `(${kid.alt})` : ''}[${shape(kid.kids)}]` : kid.kind === 'content' ? `${kid.page}:${kid.mcid}` : 'annot')).join(' ')
}

describe('the slide PDF\'s structure', () => {
  // Chromium's shape: containers reaching over onto the next page, wrappers everywhere.
  const chromium = node('Document', [
    node('NonStruct', [at(0, 0), at(1, 0),
      node('NonStruct', [at(0, 1), at(1, 1),
        node('NonStruct', [node('H1', [node('NonStruct', [at(0, 2)])]), node('L', [node('LI', [node('NonStruct', [at(0, 3)])])]), node('NonStruct', [at(0, 4)])]),
        node('NonStruct', [node('H1', [at(1, 2)]), node('Figure', [node('NonStruct', [node('Figure', [at(1, 3)])])], '雷達圖：三種開放方式'), node('Figure', [node('BlockQuote', [at(1, 4)]), node('Caption', [at(1, 5)])])]),
      ]),
    ]),
  ])

  it('takes each page\'s part of the tree, and nothing of other pages', () => {
    expect(shape(onPage(chromium, 1)!.kids)).not.toMatch(/\b0:/)
    expect(onPage(node('P', [at(0, 0)]), 3)).toBeUndefined()
  })

  it('makes one section per slide: title, body and footer in order, lists with bodies, a chart a described figure, a quotation no picture', () => {
    const [first, second] = slidePages(chromium, 2, ['封面', '比較'])
    expect(first!.extra).toEqual({ T: '封面' })
    expect(shape(first!.kids)).toBe('0:0 0:1 H1[0:2] L[LI[LBody[0:3]]] 0:4')
    expect(shape(second!.kids)).toBe('1:0 1:1 H1[1:2] Figure(雷達圖：三種開放方式)[1:3] BlockQuote[1:4] P[1:5]')
  })

  it('keeps a caption that belongs to a figure or a table, and drops what is left empty', () => {
    expect(shape(tidy([node('Table', [node('Caption', [at(0, 1)])]), node('Span', [])]))).toBe('Table[Caption[0:1]]')
  })

  it('gives every page its section, even an untagged one, so section i is page i', () => {
    expect(slidePages(chromium, 3)).toHaveLength(3)
    expect(slidePages(chromium, 3)[2]!.kids).toEqual([])
  })
})

describe('the handout\'s structure', () => {
  const anchor = PDFRef.of(90)
  const mark = PDFRef.of(91)
  const tree = [
    // Chromium names the figure with its aria-label: the slide's text.
    node('Figure', [node('Link', [{ kind: 'annotation', page: 1, ref: anchor }])], '開放資料的價值\n透明度'),
    node('H1', [node('Link', [at(2, 0), { kind: 'annotation', page: 2, ref: mark }])]),
  ] as StructKid<PDFRef>[]

  it('puts each slide\'s drawing in its figure, and unlinks the outline\'s marks', () => {
    const placed = [{ anchor, no: 2, content: { kind: 'content' as const, page: 1, mcid: 7 } }]
    expect(shape(handoutTree(tree, placed, new Set([mark])))).toBe('Figure(開放資料的價值\n透明度)[1:7] H1[2:0]')
  })

  it('numbers new marked content past every identifier a page uses', () => {
    const next = nextMcids([at(1, 4), at(1, 2), at(3, 0)])
    expect([next(1), next(1), next(2), next(3)]).toEqual([5, 6, 0, 1])
  })

  it('takes the identifiers out of a drawn slide\'s content, and nothing else', () => {
    const content = '/H1 <</MCID 6 >>BDC\n52 88 856 3 re\nf\nEMC\n/NonStruct <</MCID 7 >>BDC\nBT\n<00B8> Tj\nET\nEMC\n/Artifact BMC\nEMC'
    expect(untagContent(content)).toBe('/H1 BMC\n52 88 856 3 re\nf\nEMC\n/NonStruct BMC\nBT\n<00B8> Tj\nET\nEMC\n/Artifact BMC\nEMC')
  })
})

describe('writing the structure', () => {
  it('is read back by pdf.js page by page, in order, with the alternative text, and by Deckwright', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([720, 405])
    doc.addPage([720, 405])
    const sections = slidePages(node('Document', [node('H1', [at(0, 0)]), node('L', [node('LI', [at(0, 1)])]), node('H1', [at(1, 0)]), node('Figure', [at(1, 1)], '長條圖')]), 2, ['一', '二'])
    writeStructure(doc, sections as StructKid<PDFRef>[], 'zh-Hant-TW')
    const bytes = await doc.save()
    expect(await readStructure(bytes)).toEqual([
      ['Document', 'Sect', 'H1', 'L', 'LI', 'LBody'],
      ['Document', 'Sect', 'H1', 'Figure(長條圖)'],
    ])
    const reloaded = await PDFDocument.load(bytes)
    expect(reloaded.catalog.lookup(PDFName.of('MarkInfo'))?.toString()).toMatch(/\/Marked true/)
    expect(shape(readTree(reloaded)!.root.kids)).toBe('Sect[H1[0:0] L[LI[LBody[0:1]]]] Sect[H1[1:0] Figure(長條圖)[1:1]]')
  })
})

describe('splicing reprinted pages into a tagged PDF', () => {
  /** A tagged document of `titles.length` pages, one section per page: a title, and a figure on each page named in `figures`. */
  async function tagged(titles: string[], figures: Record<number, string> = {}): Promise<PDFDocument> {
    const doc = await PDFDocument.create()
    for (const _ of titles) doc.addPage([720, 405])
    const root = node('Document', titles.flatMap((title, page) => [node('H1', [at(page, 0)]), ...(figures[page] ? [node('Figure', [at(page, 1)], figures[page])] : [])]))
    writeStructure(doc, slidePages(root, titles.length, titles) as StructKid<PDFRef>[], 'zh-Hant-TW')
    return doc
  }

  it('gives the replaced pages the reprint\'s sections and keeps the others, links included', async () => {
    const doc = await tagged(['一', '二', '三'])
    const printed = await tagged(['二（改）'], { 0: '新的圖表' })
    // A link on the reprinted page, tagged, and its copy on the page it replaces (as replacePages leaves it).
    const link = printed.context.register(printed.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10] }))
    printed.getPage(0).node.set(PDFName.of('Annots'), printed.context.obj([link]))
    const withLink = node('Document', [node('H1', [at(0, 0)]), node('Link', [{ kind: 'annotation', page: 0, ref: link }])])
    writeStructure(printed, slidePages(withLink as StructNode<PDFRef>, 1, ['二（改）']) as StructKid<PDFRef>[], 'zh-Hant-TW')
    const copy = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10] }))
    doc.getPage(1).node.set(PDFName.of('Annots'), doc.context.obj([copy]))
    expect(spliceStructure(doc, printed, [1])).toBe(true)
    const bytes = await doc.save()
    expect(await readStructure(bytes)).toEqual([
      ['Document', 'Sect', 'H1'],
      ['Document', 'Sect', 'H1', 'Link'],
      ['Document', 'Sect', 'H1'],
    ])
    const reloaded = await PDFDocument.load(bytes)
    const annot = reloaded.context.lookup(reloaded.getPage(1).node.lookup(PDFName.of('Annots'), PDFArray).get(0), PDFDict)
    const key = annot.lookup(PDFName.of('StructParent'), PDFNumber).asNumber()
    const nums = reloaded.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray)
    const entry = nums.asArray().findIndex((n, i) => i % 2 === 0 && n instanceof PDFNumber && n.asNumber() === key)
    expect(reloaded.context.lookup(nums.get(entry + 1), PDFDict).get(PDFName.of('S'))?.toString()).toBe('/Link')
  })

  it('refuses a document whose tree is not one section per page, so the whole document is printed again', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([720, 405])
    const printed = await tagged(['一'])
    expect(spliceStructure(doc, printed, [0])).toBe(false)
  })
})
