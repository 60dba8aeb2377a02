/**
 * Where direct value labels go: next to their mark, off every other mark and label, inside the
 * chart. Pure geometry, so the canvas plugin only measures and draws.
 */

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** A value to label, at a mark, preferring to sit in direction `dir` (a unit vector) from it. */
export interface LabelRequest {
  x: number
  y: number
  dirX: number
  dirY: number
  text: string
  color: string
}

/** A label to draw, centred on (x, y). */
export interface PlacedLabel {
  x: number
  y: number
  text: string
  color: string
  box: Box
}

export interface LabelLayoutOptions {
  /** Size of a label's text. */
  measure: (text: string) => { width: number; height: number }
  /** Marks labels must not cover: points, bars. */
  obstacles: readonly Box[]
  /** The area labels must stay inside. */
  bounds: Box
  /** Colour of a label that stands for several series at once. */
  sharedColor: string
  /** Space between a mark and its label. */
  gap?: number
}

/** Rotations (radians) tried after the preferred direction, then the same again further out. */
const TURNS = [0, Math.PI / 3, -Math.PI / 3, (2 * Math.PI) / 3, (-2 * Math.PI) / 3, Math.PI]
const REACHES = [1, 2.5]

export function layoutLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  const taken: Box[] = [...options.obstacles]
  for (const request of mergeCoincident(requests, options.sharedColor)) {
    const size = options.measure(request.text)
    const candidates = candidateBoxes(request, size, options.gap ?? 4)
    const box = candidates.find(b => inside(b, options.bounds) && !taken.some(t => overlaps(b, t))) ?? candidates[0]!
    taken.push(box)
    placed.push({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, text: request.text, color: request.color, box })
  }
  return placed
}

/**
 * Series that share a value at one spot (three channels all rated 2 on a spoke) get one label,
 * in the shared colour, instead of three labels pushing each other away.
 */
export function mergeCoincident(requests: readonly LabelRequest[], sharedColor: string): LabelRequest[] {
  const merged: LabelRequest[] = []
  for (const request of requests) {
    const twin = merged.find(m => m.text === request.text && Math.hypot(m.x - request.x, m.y - request.y) < 3)
    if (!twin) merged.push({ ...request })
    else if (twin.color !== request.color) twin.color = sharedColor
  }
  return merged
}

function candidateBoxes(request: LabelRequest, size: { width: number; height: number }, gap: number): Box[] {
  const boxes: Box[] = []
  for (const reach of REACHES) {
    for (const turn of TURNS) {
      const dx = request.dirX * Math.cos(turn) - request.dirY * Math.sin(turn)
      const dy = request.dirX * Math.sin(turn) + request.dirY * Math.cos(turn)
      // At reach 1 the label's nearest edge is `gap` from the mark; further reaches step outwards.
      const extent = (Math.abs(dx) * size.width) / 2 + (Math.abs(dy) * size.height) / 2
      const cx = request.x + dx * (gap + extent * reach)
      const cy = request.y + dy * (gap + extent * reach)
      boxes.push({ left: cx - size.width / 2, right: cx + size.width / 2, top: cy - size.height / 2, bottom: cy + size.height / 2 })
    }
  }
  return boxes
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom
}
