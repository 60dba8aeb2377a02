/**
 * Layout QA in the real browser: text that runs off the slide, text cut off inside its box, and
 * blocks that overlap. Reports deck, locale, slide number and the start of the offending text.
 */
import type { Page } from 'playwright-core'

export interface LayoutProblem {
  slide: number
  kind: 'outside-canvas' | 'cut-off' | 'overlap'
  text: string
}

export async function checkLayout(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(findLayoutProblems)
}

/** Runs in the page: self-contained. */
function findLayoutProblems(): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  const snippet = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
  const containers = Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'))
  containers.forEach((container, index) => {
    const slide = index + 1
    const bounds = container.getBoundingClientRect()
    for (const fit of Array.from(container.querySelectorAll<HTMLElement>('[data-dw-fit="overflow"]')))
      problems.push({ slide, kind: 'cut-off', text: snippet(fit) })
    const blocks = Array.from(container.querySelectorAll<HTMLElement>('.dw-layout h1, .dw-layout h2, .dw-layout li, .dw-layout p, .dw-layout blockquote, .dw-layout figcaption, .dw-layout td, .dw-layout th'))
    const boxes = blocks.filter(el => el.offsetParent !== null && el.getClientRects().length > 0 && !el.closest('.dw-sr-only, .dw-visually-hidden'))
    for (const el of boxes) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      if (r.left < bounds.left - 1 || r.right > bounds.right + 1 || r.top < bounds.top - 1 || r.bottom > bounds.bottom + 1)
        problems.push({ slide, kind: 'outside-canvas', text: snippet(el) })
      else if (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible')
        problems.push({ slide, kind: 'cut-off', text: snippet(el) })
    }
    const items = boxes.filter(el => el.matches('li, p, h1, h2, blockquote'))
    for (let i = 0; i < items.length; i++) {
      for (let k = i + 1; k < items.length; k++) {
        const a = items[i]!, b = items[k]!
        if (a.contains(b) || b.contains(a)) continue
        const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect()
        const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
        const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
        if (overlapX > 4 && overlapY > 4) problems.push({ slide, kind: 'overlap', text: snippet(b) })
      }
    }
  })
  return problems
}
