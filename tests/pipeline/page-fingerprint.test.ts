/** Which pages an edit prints again: only those whose drawn content, number or surroundings changed. */
import { describe, expect, it } from 'vitest'
import { planReprint, slidePageFingerprints } from '../../scripts/pipeline/page-fingerprint.ts'
import { DEFAULT_BRAND, type Brand } from '../../scripts/deck/brand.ts'
import type { DeckPlan, PlannedSlide } from '../../scripts/deck/types.ts'

const slide = (no: number, bullets: string[], notes = ''): PlannedSlide =>
  ({ no, kind: 'bullets', title: `第 ${no} 張`, bullets, continued: false, notes, paragraphs: [1] })
const plan = (slides: PlannedSlide[], locale: DeckPlan['locale'] = 'zh-Hant-TW', brand: Brand = DEFAULT_BRAND) =>
  ({ deckId: 'd', locale, title: 't', subtitle: '', editor: '', source: '', authors: [], keywords: [], ui: {} as DeckPlan['ui'], brand, slides, time: { pace: 220, needed: 0, duration: 0 } }) as unknown as DeckPlan
const context = { builder: { layouts: 'l1', scripts: 's1' }, version: '1.0.0' }
const base = [slide(1, ['甲']), slide(2, ['乙']), slide(3, ['丙'])]

describe('slide page fingerprints', () => {
  it('change for an edited slide only; notes are not drawn on the page', () => {
    const before = slidePageFingerprints(plan(base), context)
    const after = slidePageFingerprints(plan([base[0]!, slide(2, ['乙 改']), slide(3, ['丙'], '新的備註')]), context)
    expect(after.map((hash, i) => hash !== before[i])).toEqual([false, true, false])
  })

  it('all change with the page count (every footer shows it), the locale, the brand or the builder', () => {
    const before = slidePageFingerprints(plan(base), context)
    const changed = (after: string[]) => after.slice(0, before.length).filter((hash, i) => hash !== before[i]).length
    expect(changed(slidePageFingerprints(plan([...base, slide(4, ['丁'])]), context))).toBe(3)
    expect(changed(slidePageFingerprints(plan(base, 'zh-Hant-HK'), context))).toBe(3)
    expect(changed(slidePageFingerprints(plan(base, 'zh-Hant-TW', { ...DEFAULT_BRAND, classification: '內部資料' }), context))).toBe(3)
    expect(changed(slidePageFingerprints(plan(base), { ...context, builder: { ...context.builder, layouts: 'l2' } }))).toBe(3)
    expect(changed(slidePageFingerprints(plan(base), { ...context, version: '1.0.1' }))).toBe(3)
  })
})

describe('planReprint', () => {
  it('prints the changed pages, everything when the count changed or nothing is known, nothing when nothing changed', () => {
    expect(planReprint(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual({ kind: 'pages', pages: [2] })
    expect(planReprint(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ kind: 'none' })
    expect(planReprint(['a', 'b'], ['a', 'b', 'c'])).toMatchObject({ kind: 'all' })
    expect(planReprint(undefined, ['a'])).toMatchObject({ kind: 'all' })
    expect(planReprint(['a', 'b'], ['A', 'B'])).toMatchObject({ kind: 'all' })
  })
})
