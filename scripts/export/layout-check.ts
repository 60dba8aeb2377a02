/**
 * Layout QA in the real browser: text that runs off the slide, text cut off inside its box,
 * blocks that overlap, and charts squeezed to nothing. Reports deck, locale, slide number and the
 * start of the offending text.
 *
 * Text is measured by its glyphs (a Range over the block), not by its box: a word too long for
 * its line spills out of a box that itself fits, and only the glyphs show it.
 */
import type { Page } from 'playwright'

export interface LayoutProblem {
  slide: number
  /** `no-room`: a chart left without width or height by the text around it. */
  kind: 'outside-canvas' | 'cut-off' | 'overlap' | 'no-room'
  text: string
}

/** A chart smaller than this in either direction cannot be read (and one of size 0 never draws). */
export const MIN_CHART_SIZE = 48

export async function checkLayout(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(findLayoutProblems, MIN_CHART_SIZE)
}

/** Runs in the page: self-contained. */
function findLayoutProblems(minChartSize: number): LayoutProblem[] {
  /**
   * Text inside charts: a heat-map heading's unbreakable unit wider than its column, and a value
   * label (as the chart recorded it in `data-dw-value-labels`) over another, a point, a tick
   * number or a category label.
   */
  const chartTextProblems = (container: Element, slide: number, snippet: (el: Element) => string): LayoutProblem[] => {
    type Box = { left: number; top: number; right: number; bottom: number }
    const found: LayoutProblem[] = []
    const hit = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
    for (const unit of Array.from(container.querySelectorAll<HTMLElement>('.dw-heatmap-unit'))) {
      const heading = unit.parentElement!.getBoundingClientRect()
      const r = unit.getBoundingClientRect()
      if (r.left < heading.left - 1 || r.right > heading.right + 1) found.push({ slide, kind: 'overlap', text: snippet(unit.parentElement!) })
    }
    for (const canvas of Array.from(container.querySelectorAll<HTMLCanvasElement>('canvas[data-dw-value-labels]'))) {
      const { labels, obstacles } = JSON.parse(canvas.getAttribute('data-dw-value-labels')!) as { labels: { text: string; box: Box }[]; obstacles: { box: Box }[] }
      const caption = snippet(canvas.closest('figure')?.querySelector('figcaption') ?? canvas)
      labels.forEach((label, i) => {
        if (labels.slice(i + 1).some(other => hit(label.box, other.box)) || obstacles.some(o => hit(label.box, o.box)))
          found.push({ slide, kind: 'overlap', text: `value label ${label.text}: ${caption}` })
      })
    }
    return found
  }
  const problems: LayoutProblem[] = []
  const snippet = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
  const outside = (r: DOMRect, box: DOMRect) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1
  const glyphs = (el: Element) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return range.getBoundingClientRect()
  }
  // The box that clips `el` (an ancestor that hides overflow), unless FitText owns it: FitText reports its own.
  const clipOf = (el: Element, container: Element) => {
    for (let at = el.parentElement; at && at !== container; at = at.parentElement) {
      if (getComputedStyle(at).overflow === 'visible') continue
      return at.hasAttribute('data-dw-fit') ? undefined : at.getBoundingClientRect()
    }
    return undefined
  }
  const containers = Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'))
  containers.forEach((container, index) => {
    // Slidev names each printed slide `<slide no>-<click>`: with only some slides printed, the
    // position is not the number.
    const slide = Number.parseInt(container.id, 10) || index + 1
    const bounds = container.getBoundingClientRect()
    for (const fit of Array.from(container.querySelectorAll<HTMLElement>('[data-dw-fit="overflow"]')))
      problems.push({ slide, kind: 'cut-off', text: snippet(fit) })
    for (const chart of Array.from(container.querySelectorAll<HTMLElement>('[data-dw-chart]'))) {
      if (chart.clientWidth < minChartSize || chart.clientHeight < minChartSize)
        problems.push({ slide, kind: 'no-room', text: snippet(chart.closest('figure')?.querySelector('figcaption') ?? chart) })
    }
    problems.push(...chartTextProblems(container, slide, snippet))
    const blocks = Array.from(container.querySelectorAll<HTMLElement>('.dw-layout h1, .dw-layout h2, .dw-layout li, .dw-layout p, .dw-layout blockquote, .dw-layout figcaption, .dw-layout td, .dw-layout th'))
    const boxes = blocks.filter(el => el.offsetParent !== null && el.getClientRects().length > 0 && !el.closest('.dw-sr-only, .dw-visually-hidden'))
    for (const el of boxes) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const text = glyphs(el)
      const clip = clipOf(el, container)
      if (outside(r, bounds) || outside(text, bounds))
        problems.push({ slide, kind: 'outside-canvas', text: snippet(el) })
      else if ((clip && outside(text, clip)) || (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible'))
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
