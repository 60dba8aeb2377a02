/**
 * The acceptance case of "nothing breaks the deck": text holding `US$2.5B to $3B`, `{{ total }}`
 * and `<img src=x onerror=alert(1)>` shows exactly those characters on the slide, in the speaker
 * notes, in the go-to dialog, in the slide PDF and in the handout, and nothing in it runs.
 * One real build of tests/fixtures/articles/injection, every output.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { projectPaths, type ProjectPaths } from '../../scripts/core/paths.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { compareDeck } from '../../scripts/fuzz/compare.ts'
import { collapseSpace, expectedSlides } from '../../scripts/fuzz/expected.ts'
import { readRenderedDeck, type RenderedDeck } from '../../scripts/fuzz/page-check.ts'
import type { LocaleTarget } from '../../scripts/pipeline/prepare.ts'
import { readPdfPages } from '../helpers/pdf.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const NAME = 'injection.zh-Hant-TW'
const HOSTILE = ['US$2.5B to $3B', '{{ total }}', '<img src=x onerror=alert(1)>']
/**
 * Reads as CSS utilities to UnoCSS: it must neither fail the build nor be rewritten. The deck's
 * title ends in `[click:2]`, which UnoCSS read from the page's <title> as an arbitrary property
 * and turned into CSS that failed the build.
 */
const UTILITIES = 'Class-like text: a variant group hover:(text-red), and a bracket left open w-[d'

let root: string
let paths: ProjectPaths
let target: LocaleTarget
let rendered: RenderedDeck

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deckwright-injection-'))
  paths = projectPaths(join(root, 'out'), ARTICLE_FIXTURES)
  let stderr = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderr += String(chunk)
    return true
  })
  try {
    expect(await deckCommand(['injection'], { quiet: true }, paths), stderr).toBe(EXIT.ok)
  }
  finally {
    spy.mockRestore()
  }
  target = await renderDeckDir(join(ARTICLE_FIXTURES, 'injection'), 'zh-Hant-TW')
  const browser = new BrowserManager()
  try {
    const noted = target.plan.slides.filter(slide => slide.notes.trim()).length
    rendered = await readRenderedDeck(browser, join(paths.dist, NAME), target.plan.slides.length, noted)
  }
  finally {
    await browser.close()
  }
}, 300_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('hostile text in a real deck', () => {
  it('shows exactly its characters on the slide, and every slide shows exactly its text', () => {
    const bullets = rendered.slides[2]!.texts
    for (const text of HOSTILE) expect(bullets).toContain(text)
    expect(rendered.slides.at(-1)!.texts).toContain(UTILITIES)
    expect(compareDeck(expectedSlides(target.plan), rendered)).toEqual([])
  })

  it('runs nothing: no script, no dialog, no element made from the text', () => {
    expect(rendered.scriptRan).toBe(false)
    expect(rendered.dialogs).toEqual([])
    expect(rendered.pageErrors).toEqual([])
    expect(rendered.slides.flatMap(slide => slide.foreign)).toEqual([])
  })

  it('shows the notes and the titles in the go-to dialog as text', () => {
    const notes = rendered.notes.find(note => note.no === 3)!
    expect(collapseSpace(notes.text)).toBe('Notes with $1 and $2, {{ total }}, <img src=x onerror=alert(1)>, --> and [click] and `code`.')
    expect(rendered.gotoTitles).toContainEqual({ no: 3, title: 'US$2.5B to $3B' })
    expect(rendered.gotoTitles).toContainEqual({ no: 1, title: 'Injection {{ total }} $x$ <b>bold</b> [click:2]' })
  })

  it('prints exactly those characters in the slide PDF', async () => {
    const pages = await readPdfPages(join(paths.exports, `${NAME}.pdf`))
    expect(pages).toHaveLength(target.plan.slides.length)
    for (const text of HOSTILE) expect(pages[2]).toContain(text)
  })

  it('prints exactly those characters in the handout, slide and notes alike', async () => {
    const handout = join(paths.exports, `${NAME}.handout.pdf`)
    expect(existsSync(handout)).toBe(true)
    const text = (await readPdfPages(handout)).join('\n')
    for (const hostile of HOSTILE) expect(text).toContain(hostile)
    expect(text).toContain('Notes with $1 and $2, {{ total }}, <img src=x onerror=alert(1)>, --> and [click] and `code`.')
  })
})
