/**
 * Layout QA in the real browser, as part of every PDF export: the first deck fits in every
 * locale; a 40-bullet slide is continued on follow-up slides by the planner and fits; and text
 * the planner cannot split fails the build with E_LAYOUT naming the deck, locale, slide number
 * and the start of the text. One run builds all five deck/locales.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { deckCommand } from '../../scripts/cli/deck.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { projectPaths, ROOT, type ProjectPaths } from '../../scripts/core/paths.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { manifestPath } from '../../scripts/pipeline/manifest.ts'
import { slideTitle } from '../../scripts/deck/labels.ts'
import { MAX_BULLETS_PER_SLIDE, planDeck } from '../../scripts/deck/plan.ts'
import { readPdfPages, squash } from '../helpers/pdf.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

const FIRST_DECK = join(ROOT, 'data', 'deepseek-tech-finance')
const SPLIT = join(ARTICLE_FIXTURES, 'overflow-bullets')
const UNSPLITTABLE = join(ARTICLE_FIXTURES, 'overflow-unbreakable')

let root: string
let paths: ProjectPaths
let run: { result: number; stderr: string }

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deckwright-layout-'))
  paths = projectPaths(root)
  let stderr = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderr += String(chunk)
    return true
  })
  try {
    const result = await deckCommand([FIRST_DECK, SPLIT, UNSPLITTABLE], { only: 'slides,spa,pdf', quiet: true }, paths)
    run = { result, stderr }
  }
  finally {
    spy.mockRestore()
  }
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('layout QA', () => {
  it.each(LOCALES)('passes the first deck cleanly in %s', locale => {
    expect(run.stderr).not.toContain(`deepseek-tech-finance.${locale}`)
    expect(existsSync(join(paths.exports, `deepseek-tech-finance.${locale}.pdf`))).toBe(true)
  })

  it('continues a 40-bullet slide on follow-up slides, and every one of them fits', async () => {
    const deck = await readDeck(SPLIT)
    const plan = planDeck(deck.id, deck.article, 'zh-Hant-TW')
    const parts = plan.slides.filter(slide => slide.kind === 'bullets')
    const bullets = parts.map(slide => slide.bullets)
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(40 / MAX_BULLETS_PER_SLIDE))
    expect(bullets.flat()).toEqual((deck.article.sections[0]!.slides[0] as { bullets: string[] }).bullets)
    expect(bullets.every(list => list.length <= MAX_BULLETS_PER_SLIDE)).toBe(true)
    expect(parts.map(slide => slide.continued)).toEqual(parts.map((_, i) => i > 0))
    expect(parts.slice(1).every(slide => slideTitle(slide, plan.ui).endsWith('（續）'))).toBe(true)

    // No error for this deck; its mainland words in a Taiwan deck (知識產權) draw vocabulary warnings (⚠) only.
    expect(run.stderr.split('\n').filter(line => !line.startsWith('⚠')).join('\n')).not.toContain('overflow-bullets.zh-Hant-TW')
    const pages = await readPdfPages(join(paths.exports, 'overflow-bullets.zh-Hant-TW.pdf'))
    expect(pages).toHaveLength(plan.slides.length)
    expect(squash(pages.at(-2)!)).toContain(squash('（第 40 點）'))
  })

  it('fails text the planner cannot split with E_LAYOUT, naming deck, locale, slide and text', () => {
    const name = 'overflow-unbreakable.zh-Hant-TW'
    expect(run.result).toBe(EXIT.build)
    expect(run.stderr).toContain(`E_LAYOUT: ${name}: `)
    // The 320-letter word (its slide continues after the short first bullet).
    expect(run.stderr).toMatch(new RegExp(`${name} slide 3: (cut-off|outside-canvas): "DeepSeekDeepSeek`))
    // The 400-character title.
    expect(run.stderr).toContain(`${name} slide 4: outside-canvas: "科技金融需要多層次、廣覆蓋、可持續的資本市場體系，也需要銀行、保險、創投與政府基"`)
    // A title whose long word runs past the right edge, though its box fits.
    expect(run.stderr).toMatch(new RegExp(`${name} slide 5: outside-canvas: "融資.道DeepSeekDeepSeek`))
    // A chart squeezed to nothing by the long word beside it: reported, not waited for (waiting
    // would end in E_EXPORT, "the print view did not finish drawing", and no layout report).
    expect(run.stderr).toMatch(new RegExp(`${name} slide 6: no-room: "二〇二四年`))
    expect(run.stderr).not.toContain('did not finish drawing')
    expect(readdirSync(paths.exports)).not.toContain(`${name}.pdf`)
    // A build record is written only for an output that succeeded: the SPA has one, the PDF none.
    expect(existsSync(manifestPath(paths.cache, name, 'spa'))).toBe(true)
    expect(existsSync(manifestPath(paths.cache, name, 'pdf'))).toBe(false)
  })

  it('fails the run at the end, after building every other deck', () => {
    expect(run.stderr).toContain('✗ 1 failed, 4 built')
  })
})
