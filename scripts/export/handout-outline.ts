/**
 * The handout's outline: contents (the cover), the slide outline of sections and slides pointed
 * at the handout pages where each slide is drawn, then the appendix and its parts. Pure.
 */
import type { DeckPlan } from '../deck/types.ts'
import { planOutline } from './outline.ts'
import type { OutlineEntry } from './pdf-document.ts'
import type { MarkId } from './handout-html.ts'

export interface HandoutPages {
  /** Slide number → 0-based handout page. */
  slidePages: ReadonlyMap<number, number>
  /** Appendix heading → 0-based handout page. */
  markPages: ReadonlyMap<string, number>
}

export function handoutOutline(plan: DeckPlan, pages: HandoutPages): OutlineEntry[] {
  const { ui } = plan
  const toHandout = (entry: OutlineEntry): OutlineEntry => ({
    title: entry.title,
    page: pages.slidePages.get(entry.page + 1) ?? 0,
    ...(entry.children ? { children: entry.children.map(toHandout) } : {}),
  })
  const entries: OutlineEntry[] = [{ title: ui.contents, page: 0 }, ...planOutline(plan).map(toHandout)]
  const appendix = pages.markPages.get('appendix')
  if (appendix === undefined) return entries
  const parts: [MarkId, string][] = [['sources', ui.handout.sources], ['errata', ui.errata], ['charts', ui.chartData]]
  const children = parts
    .filter(([id]) => pages.markPages.has(id))
    .map(([id, title]) => ({ title, page: pages.markPages.get(id)! }))
  entries.push({ title: ui.handout.appendix, page: appendix, children })
  return entries
}
