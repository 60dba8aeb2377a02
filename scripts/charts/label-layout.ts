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

/** Something a label must not cover: a point or bar, a tick number, a category label. */
export interface Obstacle extends Box {
  kind: 'mark' | 'tick' | 'category'
}

export interface LabelLayoutOptions {
  /** Size of a label's text. */
  measure: (text: string) => { width: number; height: number }
  /** What labels must not cover: points, bars, the scale's tick numbers and category labels. */
  obstacles: readonly Box[]
  /** The area labels must stay inside. */
  bounds: Box
  /** Colour of a label that stands for several series at once. */
  sharedColor: string
  /** Space between a mark and its label. */
  gap?: number
}

/** Rotations (radians) tried after the preferred direction, nearest first, then the same further out. */
const TURNS = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6].map(step => (step * Math.PI) / 6)
const REACHES = [1, 2, 3.5]

/**
 * Places each label at the first candidate spot that stays inside the bounds and covers no
 * obstacle or earlier label; failing that, the first spot that covers nothing even if it leaves
 * the bounds (the canvas is larger than the chart area); only then the preferred spot.
 */
export function layoutLabels(requests: readonly LabelRequest[], options: LabelLayoutOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  const taken: Box[] = [...options.obstacles]
  for (const request of mergeCoincident(requests, options.sharedColor)) {
    const size = options.measure(request.text)
    const candidates = candidateBoxes(request, size, options.gap ?? 4)
    const free = (b: Box) => !taken.some(t => overlaps(b, t))
    const box = candidates.find(b => inside(b, options.bounds) && free(b)) ?? candidates.find(free) ?? candidates[0]!
    taken.push(box)
    placed.push({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, text: request.text, color: request.color, box })
  }
  return placed
}

/** Radius around a point that its label keeps clear of. */
export const POINT_CLEARANCE = 6

export function pointBox(x: number, y: number): Obstacle {
  return { kind: 'mark', left: x - POINT_CLEARANCE, right: x + POINT_CLEARANCE, top: y - POINT_CLEARANCE, bottom: y + POINT_CLEARANCE }
}

/** A radar as drawn: where a value sits on a spoke, and the boxes of its scale's text. */
export interface RadarGeometry {
  /** Direction of each spoke from the centre, in radians (canvas coordinates). */
  angles: readonly number[]
  /** Where `value` sits on spoke `spoke`. */
  point: (spoke: number, value: number) => { x: number; y: number }
  /** The tick numbers along the first spoke, with their backdrops. */
  ticks: readonly Box[]
  /** The category labels around the radar. */
  categories: readonly Box[]
}

/** One profile: a value (or null, unrated) per spoke, and its label colour. */
export interface RadarSeries {
  values: readonly (number | null)[]
  color: string
}

/**
 * A radar's label requests, each pointing outwards along its spoke, and what the labels must
 * keep off: every point, the tick numbers and the category labels.
 */
export function radarMarks(geometry: RadarGeometry, series: readonly RadarSeries[], format: (value: number) => string): { requests: LabelRequest[]; obstacles: Obstacle[] } {
  const requests: LabelRequest[] = []
  const obstacles: Obstacle[] = [
    ...geometry.ticks.map(box => ({ ...box, kind: 'tick' as const })),
    ...geometry.categories.map(box => ({ ...box, kind: 'category' as const })),
  ]
  for (const { values, color } of series) {
    values.forEach((value, spoke) => {
      if (value === null) return
      const { x, y } = geometry.point(spoke, value)
      const angle = geometry.angles[spoke] ?? -Math.PI / 2
      obstacles.push(pointBox(x, y))
      requests.push({ x, y, dirX: Math.cos(angle), dirY: Math.sin(angle), text: format(value), color })
    })
  }
  return { requests, obstacles }
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
