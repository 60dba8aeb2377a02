/**
 * Colour arithmetic for the deck's own colours and a brand's: WCAG contrast, mixing, and how a
 * colour looks to readers with a colour-vision deficiency. Pure and browser-safe; colours are
 * `#rrggbb` strings throughout.
 */

export type Rgb = [number, number, number]

/** A `#rgb` or `#rrggbb` colour (any case), or undefined for anything else. */
export function parseHex(text: string): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())
  if (!match) return undefined
  const digits = match[1]!.length === 3 ? [...match[1]!].map(d => d + d).join('') : match[1]!
  return `#${digits.toLowerCase()}`
}

export function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

export function toHex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map(c => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`
}

/** sRGB channel (0–255) to linear light (0–1). */
function linear(channel: number): number {
  const s = channel / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(linear) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** A contrast ratio as people quote it, never rounded up past a threshold: 4.49 → "4.49:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`
}

/** `share` of `color` over `base` (0: base, 1: color), as an opaque colour. */
export function mix(color: string, base: string, share: number): string {
  const [r1, g1, b1] = rgb(color)
  const [r2, g2, b2] = rgb(base)
  return toHex(r2 + (r1 - r2) * share, g2 + (g1 - g2) * share, b2 + (b1 - b2) * share)
}

/** The colour-vision deficiencies a chart palette is checked for, and normal vision. */
export const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const
export type Vision = (typeof VISIONS)[number]

/**
 * Machado, Oliveira and Fernandes (2009), severity 1.0: what a dichromat sees, as a matrix on
 * linear RGB. The model most colour-blindness simulators use.
 */
const SIMULATIONS: Record<Vision, readonly (readonly number[])[]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}

type Lab = [number, number, number]

/** CIELAB (D65) of a colour as a reader with `vision` sees it. */
export function labAs(hex: string, vision: Vision): Lab {
  const light = rgb(hex).map(linear)
  const [r, g, b] = SIMULATIONS[vision].map(row => Math.min(1, Math.max(0, row[0]! * light[0]! + row[1]! * light[1]! + row[2]! * light[2]!))) as Rgb
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const rad = (deg: number) => (deg * Math.PI) / 180

function hue(a: number, b: number): number {
  if (a === 0 && b === 0) return 0
  const deg = (Math.atan2(b, a) * 180) / Math.PI
  return deg < 0 ? deg + 360 : deg
}

/** CIEDE2000 colour difference of two CIELAB colours: about 1 is the smallest visible step. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const cMean = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)))
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2]
  const [c1, c2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)]
  const [h1, h2] = [hue(a1p, b1), hue(a2p, b2)]
  let dh = 0
  if (c1 * c2 !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(rad(dh / 2))
  const lMean = (l1 + l2) / 2
  const cpMean = (c1 + c2) / 2
  let hMean = h1 + h2
  if (c1 * c2 !== 0) hMean = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2
  const t = 1 - 0.17 * Math.cos(rad(hMean - 30)) + 0.24 * Math.cos(rad(2 * hMean)) + 0.32 * Math.cos(rad(3 * hMean + 6)) - 0.2 * Math.cos(rad(4 * hMean - 63))
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2)
  const sc = 1 + 0.045 * cpMean
  const sh = 1 + 0.015 * cpMean * t
  const rt = -Math.sin(rad(2 * 30 * Math.exp(-(((hMean - 275) / 25) ** 2)))) * 2 * Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7))
  const [dl, dc, dhs] = [(l2 - l1) / sl, (c2 - c1) / sc, dH / sh]
  return Math.sqrt(dl ** 2 + dc ** 2 + dhs ** 2 + rt * dc * dhs)
}

/** How far apart two colours look to the reader who tells them apart worst (normal vision or a deficiency). */
export function worstCaseDistance(a: string, b: string): number {
  return Math.min(...VISIONS.map(vision => deltaE2000(labAs(a, vision), labAs(b, vision))))
}
