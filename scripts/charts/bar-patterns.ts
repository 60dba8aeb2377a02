/**
 * Hatched bar fills, so grouped bars differ by texture as well as colour. The legend resolves
 * the same fill, so its swatches show the hatch too. Browser only: it draws on a canvas.
 */
import type { Chart } from 'chart.js'
import type { Hatch } from './chart-style.ts'

/** Tile edge in CSS px. */
const TILE = 10

const cache = new WeakMap<Chart, Map<string, CanvasPattern | string>>()

/** The series colour with white hatch lines over it, drawn at the chart's pixel ratio. */
export function hatchFill(chart: Chart, color: string, hatch: Hatch): CanvasPattern | string {
  if (hatch === 'none' || typeof document === 'undefined') return color
  const ratio = chart.currentDevicePixelRatio || 1
  const key = `${color}|${hatch}|${ratio}`
  const patterns = cache.get(chart) ?? new Map<string, CanvasPattern | string>()
  cache.set(chart, patterns)
  const known = patterns.get(key)
  if (known) return known
  const fill = makePattern(chart.ctx, color, hatch, ratio) ?? color
  patterns.set(key, fill)
  return fill
}

function makePattern(target: CanvasRenderingContext2D, color: string, hatch: Hatch, ratio: number): CanvasPattern | null {
  const tile = document.createElement('canvas')
  tile.width = tile.height = Math.round(TILE * ratio)
  const ctx = tile.getContext('2d')
  if (!ctx) return null
  ctx.scale(ratio, ratio)
  ctx.fillStyle = color
  ctx.fillRect(0, 0, TILE, TILE)
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.85)'
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)'
  ctx.lineWidth = 2
  drawHatch(ctx, hatch)
  const pattern = target.createPattern(tile, 'repeat')
  // The chart's context is already scaled by the pixel ratio; undo it so the tile maps 1:1 to
  // device pixels and stays sharp in print.
  pattern?.setTransform(new DOMMatrix().scale(1 / ratio))
  return pattern
}

type Segment = [x1: number, y1: number, x2: number, y2: number]

const H = TILE / 2
/** Line segments of each hatch within one tile; diagonals spill over the edges so they join up. */
const SEGMENTS: Record<Exclude<Hatch, 'dots'>, Segment[]> = {
  'none': [],
  'diagonal': [[0, TILE, TILE, 0], [-H, H, H, -H], [H, TILE + H, TILE + H, H]],
  'back-diagonal': [[0, 0, TILE, TILE], [-H, H, H, TILE + H], [H, -H, TILE + H, H]],
  'horizontal': [[0, H, TILE, H]],
  'vertical': [[H, 0, H, TILE]],
  'cross': [[0, 0, TILE, TILE], [0, TILE, TILE, 0]],
  'grid': [[0, H, TILE, H], [H, 0, H, TILE]],
}

function drawHatch(ctx: CanvasRenderingContext2D, hatch: Hatch): void {
  if (hatch === 'dots') {
    ctx.beginPath()
    ctx.arc(H, H, 1.8, 0, Math.PI * 2)
    ctx.fill()
    return
  }
  for (const [x1, y1, x2, y2] of SEGMENTS[hatch]) {
    ctx.beginPath()
    ctx.moveTo(x1, y1)
    ctx.lineTo(x2, y2)
    ctx.stroke()
  }
}
