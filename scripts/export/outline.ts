/** The slide PDF's outline: cover, one entry per section with its slides, then closing slides. */
import type { DeckPlan } from '../render/plan.ts'
import type { OutlineEntry } from './pdf-document.ts'

export function planOutline(plan: DeckPlan): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  for (const slide of plan.slides) {
    const page = slide.no - 1
    if (!slide.section) {
      entries.push({ title: slide.title, page })
      continue
    }
    const last = entries[entries.length - 1]
    if (last?.children && last.title === slide.section) {
      if (slide.layout !== 'dw-section') last.children.push({ title: slide.title, page })
    }
    else {
      const children = slide.layout === 'dw-section' ? [] : [{ title: slide.title, page }]
      entries.push({ title: slide.section, page, children })
    }
  }
  return entries
}
