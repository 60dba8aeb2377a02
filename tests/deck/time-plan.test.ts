/** The time plan: spoken length, budgets that add up to the duration, and the check's warning when notes run long. */
import { readFileSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { checkCommand } from '../../scripts/cli/check.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { presenterNotes } from '../../scripts/deck/labels.ts'
import { formatClock, MIN_SLIDE_SECONDS, shareOut, spokenUnits, SPEAKING_PACE } from '../../scripts/deck/time-plan.ts'
import { captureStderr } from '../helpers/outputs.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const FIRST_DECK = join(ROOT, 'data', 'deepseek-tech-finance')

describe('spoken length', () => {
  it('counts each Chinese character and digit, and each word in Latin letters, never punctuation or spaces', () => {
    // 2 0 2 5 年 初 | DeepSeek | 通 過 工 程 實 踐
    expect(spokenUnits('2025年初，DeepSeek 通過工程實踐。')).toBe(13)
    expect(spokenUnits('「」，。、！？ — … · ()[]')).toBe(0)
    expect(spokenUnits('AI 大模型 KPI')).toBe(5)
  })
})

describe('shareOut', () => {
  it('gives whole seconds in proportion that add up to the total exactly', () => {
    expect(shareOut([1, 1, 1], 10)).toEqual([4, 3, 3])
    expect(shareOut([10, 30, 60], 1200)).toEqual([120, 360, 720])
    const weights = [13.6, 10, 10, 48.2, 27.3, 10, 0.5]
    for (const total of [1, 59, 600, 1201, 3599]) expect(shareOut(weights, total).reduce((a, b) => a + b, 0)).toBe(total)
  })
})

describe('formatClock', () => {
  it('reads as a clock', () => {
    expect([formatClock(5), formatClock(70), formatClock(750), formatClock(3723)]).toEqual(['0:05', '1:10', '12:30', '1:02:03'])
  })
})

describe('the first deck\'s time plan', () => {
  const minutes = (parse(readFileSync(join(FIRST_DECK, 'article.yaml'), 'utf8')) as { meta: { duration: number } }).meta.duration

  it.each(['zh-Hans-CN', 'zh-Hant-TW', 'zh-Hant-HK'] as const)('gives every slide a budget, and the budgets add up to meta.duration in %s', async locale => {
    const { plan } = await renderDeckDir(FIRST_DECK, locale)
    const budgets = plan.slides.map(slide => slide.budget!)
    expect(budgets.every(Boolean)).toBe(true)
    expect(budgets.reduce((sum, b) => sum + b.seconds, 0)).toBe(minutes * 60)
    let clock = 0
    for (const budget of budgets) {
      clock += budget.seconds
      expect(budget).toEqual({ seconds: budget.seconds, elapsed: clock, total: minutes * 60 })
    }
    // Weighted by the spoken notes: the slide with the longest notes has the largest budget, a silent one the smallest.
    const longest = plan.slides.reduce((a, b) => (spokenUnits(b.notes) > spokenUnits(a.notes) ? b : a))
    expect(longest.budget!.seconds).toBe(Math.max(...budgets.map(b => b.seconds)))
    const silent = plan.slides.find(slide => slide.kind === 'section')!
    expect(silent.budget!.seconds).toBe(Math.min(...budgets.map(b => b.seconds)))
  })

  it('puts the budget at the top of the presenter notes, in the locale\'s words', async () => {
    const tw = (await renderDeckDir(FIRST_DECK, 'zh-Hant-TW')).plan
    const cn = (await renderDeckDir(FIRST_DECK, 'zh-Hans-CN')).plan
    const summary = tw.slides[1]!
    const line = `時間：本頁約 ${formatClock(summary.budget!.seconds)} · 累計 ${formatClock(summary.budget!.elapsed)}／${formatClock(minutes * 60)}`
    expect(presenterNotes(summary, tw.ui)).toBe(`${line}\n\n${summary.notes}`)
    expect(presenterNotes(cn.slides[1]!, cn.ui)).toMatch(/^时间：本页约 \d+:\d\d · 累计 \d+:\d\d／20:00\n\n先说结论。/)
    // A divider has no notes of its own: its budget is all the presenter sees.
    expect(presenterNotes(tw.slides.find(s => s.kind === 'section')!, tw.ui)).toMatch(/^時間：本頁約 0:\d\d · 累計 \d+:\d\d／20:00$/)
  })

  it('leaves a deck without a duration without budgets', async () => {
    const { plan } = await renderDeckDir(join(ARTICLE_FIXTURES, 'minimal'), 'zh-Hant-TW')
    expect(plan.slides.some(slide => slide.budget)).toBe(false)
    expect(plan.time.duration).toBe(0)
    expect(presenterNotes(plan.slides[0]!, plan.ui)).toBe('這是封面的講者備註。')
  })
})

describe('npm run check and the time plan', () => {
  let temp: string
  const paths = () => projectPaths(join(temp, 'out'), temp)
  const stdout = () => {
    let out = ''
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      out += String(chunk)
      return true
    })
    return { read: () => out, restore: () => spy.mockRestore() }
  }

  /** A copy of the minimal fixture with this duration and, optionally, one slide's notes replaced. */
  async function deck(name: string, duration: number, notes?: string): Promise<string> {
    const dir = join(temp, name)
    await cp(join(ARTICLE_FIXTURES, 'minimal'), dir, { recursive: true })
    let article = (await readFile(join(dir, 'article.yaml'), 'utf8')).replace('  keywords: [測試]\n', `  keywords: [測試]\n  duration: ${duration}\n`)
    if (notes) article = article.replace('notes: 財政資金規模大，但風險偏好低。', `notes: ${notes}`)
    await writeFile(join(dir, 'article.yaml'), article)
    return dir
  }

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'deckwright-time-'))
  })
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('warns when the notes at the pace run over the duration, by how much, located at meta.duration', async () => {
    // 1,100 characters of notes are 5:00 at 220 a minute; the fixture's ten other slides have
    // notes too short to need more than the 10-second minimum: 6:40 in all, 3:40 over 3 minutes.
    expect(SPEAKING_PACE).toBe(220)
    expect(MIN_SLIDE_SECONDS).toBe(10)
    const long = '天使投資人風險偏好高'.repeat(110)
    expect(spokenUnits(long)).toBe(1100)
    const dir = await deck('long', 3, long)
    const out = stdout()
    const { result, stderr } = await captureStderr(() => checkCommand([dir], {}, paths())).finally(out.restore)
    expect(result).toBe(EXIT.ok)
    expect(out.read()).toContain('notes about 6:40 at 220 characters a minute, 3:00 given')
    expect(stderr).toContain(`⚠ long: ${join(dir, 'article.yaml').replace(`${process.cwd()}/`, '')}:14:13 meta.duration: the notes take about 6:40 to speak at 220 characters a minute, 3:40 more than the 3:00 given`)
  })

  it('says nothing more when the notes fit', async () => {
    const dir = await deck('fits', 2)
    const out = stdout()
    const { result, stderr } = await captureStderr(() => checkCommand([dir], {}, paths())).finally(out.restore)
    expect(result).toBe(EXIT.ok)
    // (The check's vocabulary warnings are its own business: this copy has no glossary.)
    expect(stderr).not.toContain('meta.duration')
    expect(out.read()).toContain('notes about 1:50 at 220 characters a minute, 2:00 given')
  })
})
