/** The slide PDF's outline: cover, one entry per section with its slides, then closing slides. */
import { slideTitle } from '../deck/labels.ts'
import type { DeckPlan } from '../deck/types.ts'
import type { OutlineEntry } from './pdf-document.ts'

export function planOutline(plan: DeckPlan): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let open: { id: string; children: OutlineEntry[] } | undefined
  for (const slide of plan.slides) {
    const entry = { title: slideTitle(slide, plan.ui), page: slide.no - 1 }
    if (!slide.section) {
      entries.push(entry)
      open = undefined
      continue
    }
    if (open?.id !== slide.section.id) {
      open = { id: slide.section.id, children: [] }
      entries.push({ title: slide.section.title, page: entry.page, children: open.children })
    }
    // A divider is its section's own entry; the section's other slides go under it.
    if (slide.kind !== 'section') open.children.push(entry)
  }
  return entries
}
