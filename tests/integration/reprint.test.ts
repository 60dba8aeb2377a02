/**
 * Reprinting only what changed, for real: the minimal fixture built and printed, one bullet
 * edited, built again (only its page printed, spliced into the slide PDF and redrawn in the
 * handout), then printed again in full with --force. The spliced files must be the reprinted
 * ones in every way a reader sees: page count, text page by page, every page rendered to the same
 * pixels (poppler's renders), the outline, the tagged structure a screen reader follows (the
 * handout's figure of the edited slide named by its new text), and on the new page fonts embedded
 * and text that can be extracted.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatError } from '../../scripts/core/errors.ts'
import { projectPaths } from '../../scripts/core/paths.ts'
import type { Progress } from '../../scripts/core/progress.ts'
import { runDecks } from '../../scripts/pipeline/run-decks.ts'
import { readPdfFonts, readPdfPages, readStructure, squash } from '../helpers/pdf.ts'
import { differingPages, renderPages } from '../helpers/pdf-images.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const BULLET = '天使投資人風險偏好高'
const EDITED = '天使投資人風險偏好高，決策快（改）'
/** The page of the slide whose bullet is edited, from the deck plan. */
let EDITED_PAGE = 0

let temp: string
let paths: ReturnType<typeof projectPaths>
const files = { pdf: '', handout: '' }
const spliced = { pdf: new Uint8Array(), handout: new Uint8Array() }
const reprinted = { pdf: new Uint8Array(), handout: new Uint8Array() }
let editLines: string[] = []

function recording(lines: string[]): Progress {
  return { stage: () => undefined, done: (label, message) => lines.push(`${label}  ${message}`), finish: () => undefined, warn: message => lines.push(message), end: () => undefined }
}

async function build(force = false): Promise<string[]> {
  const lines: string[] = []
  const result = await runDecks({ deckDirs: [join(paths.data, 'minimal')], paths, locale: 'zh-Hant-TW', outputs: ['slides', 'spa', 'pdf', 'handout'], force, progress: recording(lines) })
  expect(result.failed.map(f => formatError(f.error))).toEqual([])
  return lines
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'deckwright-reprint-'))
  paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
  await cp(join(ARTICLE_FIXTURES, 'minimal'), join(paths.data, 'minimal'), { recursive: true })
  files.pdf = join(paths.exports, 'minimal.zh-Hant-TW.pdf')
  files.handout = join(paths.exports, 'minimal.zh-Hant-TW.handout.pdf')
  await build()
  const article = join(paths.data, 'minimal', 'article.yaml')
  await writeFile(article, (await readFile(article, 'utf8')).replace(BULLET, EDITED))
  editLines = await build()
  const { plan } = await renderDeckDir(join(paths.data, 'minimal'), 'zh-Hant-TW', join(temp, 'out'), paths.data)
  EDITED_PAGE = plan.slides.find(slide => JSON.stringify(slide).includes(EDITED))!.no
  spliced.pdf = await readFile(files.pdf)
  spliced.handout = await readFile(files.handout)
  await build(true)
  reprinted.pdf = await readFile(files.pdf)
  reprinted.handout = await readFile(files.handout)
  // The pdf.js renders below read the files from these paths.
  await writeFile(join(temp, 'spliced.pdf'), spliced.pdf)
  await writeFile(join(temp, 'spliced.handout.pdf'), spliced.handout)
}, 600_000)

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('after a one-bullet edit', () => {
  it('prints only the edited slide and redraws only it in the handout', () => {
    expect(editLines.find(line => line.includes('pdf '))).toMatch(/1 printed again/)
    expect(editLines.find(line => line.includes('handout '))).toMatch(/1 slide\(s\) redrawn/)
    expect(editLines.find(line => line.includes('spa '))).toMatch(/no build/)
  })

  it('gives the slide PDF the reprint\'s page count, text page by page and pixels on every page', async () => {
    const [ours, theirs] = [await readPdfPages(join(temp, 'spliced.pdf')), await readPdfPages(files.pdf)]
    expect(ours.length).toBe(theirs.length)
    expect(ours.map(squash)).toEqual(theirs.map(squash))
    expect(squash(ours[EDITED_PAGE - 1]!)).toContain(squash(EDITED))
    expect((await renderPages(spliced.pdf)).length).toBe(theirs.length)
    expect(await differingPages(spliced.pdf, reprinted.pdf, 100)).toEqual([])
  })

  it('gives the handout the reprint\'s page count, text and pixels, with the edit drawn where the slide is', async () => {
    const [ours, theirs] = [await readPdfPages(join(temp, 'spliced.handout.pdf')), await readPdfPages(files.handout)]
    expect(ours.length).toBe(theirs.length)
    expect(ours.map(squash)).toEqual(theirs.map(squash))
    expect(ours.some(page => squash(page).includes(squash(EDITED)))).toBe(true)
    expect(await differingPages(spliced.handout, reprinted.handout, 72)).toEqual([])
  })

  it('keeps both PDFs tagged as the reprint is: each page\'s structure, the edited slide\'s figure named by its new text', async () => {
    const slides = await readStructure(new Uint8Array(spliced.pdf))
    expect(slides).toEqual(await readStructure(new Uint8Array(reprinted.pdf)))
    expect(slides[EDITED_PAGE - 1]).toContain('Sect')
    const handout = await readStructure(new Uint8Array(spliced.handout))
    expect(handout).toEqual(await readStructure(new Uint8Array(reprinted.handout)))
    expect(handout.flat().filter(role => role.startsWith('Figure(') && role.includes(EDITED))).toHaveLength(1)
    // The old bullet as a line of its own (a quote elsewhere starts with the same words).
    expect(handout.flat().filter(role => role.startsWith('Figure(') && (role.includes(` ${BULLET} `) || role.endsWith(` ${BULLET})`)))).toEqual([])
  })

  it('embeds the new page\'s fonts and keeps the outline and metadata', async () => {
    expect((await readPdfFonts(join(temp, 'spliced.pdf'))).every(font => font.embedded)).toBe(true)
    const [ours, theirs] = await Promise.all([spliced.pdf, reprinted.pdf].map(bytes => PDFDocument.load(bytes, { updateMetadata: false })))
    expect(ours!.getTitle()).toBe(theirs!.getTitle())
    expect(ours!.getAuthor()).toBe(theirs!.getAuthor())
    /** Every bookmark's title and the page it opens, as a reader follows it. */
    const outline = async (path: string) => {
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
      const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
      type Item = { title: string; dest: unknown; items: Item[] }
      const read = async (items: Item[]): Promise<unknown[]> => Promise.all(items.map(async item => [
        item.title,
        await doc.getPageIndex((item.dest as [Parameters<typeof doc.getPageIndex>[0]])[0]),
        await read(item.items),
      ]))
      const entries = await read(((await doc.getOutline()) ?? []) as Item[])
      await doc.destroy()
      return entries
    }
    expect(await outline(join(temp, 'spliced.pdf'))).toEqual(await outline(files.pdf))
    expect((await outline(files.pdf)).length).toBeGreaterThan(1)
  })
})
