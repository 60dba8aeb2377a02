/**
 * How series look. Colour is never the only cue: every series also has its own point shape,
 * line dash and bar hatch, so a grey-scale print or a colour-blind reader can still tell them apart.
 */
import { contrast, rgb, toHex } from '../core/color.ts'

export { contrast }

/**
 * Okabe–Ito, the colour-blind-safe palette, ordered so the first series get the colours that
 * stay strong on white; yellow, which is weak on white, comes last.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const

/** chart.js point styles, one per series. */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const

/** Line dash patterns (CSS px), one per series; the first is solid. */
export const DASHES: readonly (readonly number[])[] = [[], [10, 5], [3, 4], [12, 4, 3, 4], [6, 6], [2, 2], [16, 5], [8, 3, 2, 3, 2, 3]]

/** Bar hatches, one per series; the first is a plain fill. */
export const HATCHES = ['none', 'diagonal', 'back-diagonal', 'horizontal', 'cross', 'dots', 'vertical', 'grid'] as const
export type Hatch = (typeof HATCHES)[number]

/** The most series a chart can show with distinct colour, shape, dash and hatch. */
export const MAX_SERIES = PALETTE.length

/** Ink for text on the chart (the decks' --dw-ink). */
export const INK = '#1b1f24'
export const MUTED = '#5b6470'
export const GRID = '#d5dbe1'

export interface SeriesStyle {
  color: string
  /** The colour darkened until text in it reads on white (WCAG AA, 4.5:1). */
  textColor: string
  /** Translucent fill for radar areas. */
  fill: string
  pointStyle: (typeof POINT_STYLES)[number]
  dash: number[]
  hatch: Hatch
}

/**
 * The look of series `index`. `palette` is the chart's colours, one per series: Okabe–Ito unless
 * a brand's colours passed the checks of chart-palette.ts.
 */
export function seriesStyle(index: number, palette: readonly string[] = PALETTE): SeriesStyle {
  const i = index % MAX_SERIES
  const color = palette[i] ?? PALETTE[i]!
  return {
    color,
    textColor: readableOn(color, '#ffffff'),
    fill: withAlpha(color, 0.1),
    pointStyle: POINT_STYLES[i]!,
    dash: [...DASHES[i]!],
    hatch: HATCHES[i]!,
  }
}

export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = rgb(hex)
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

/** `color` darkened in small steps until it has 4.5:1 contrast on `background`. */
export function readableOn(color: string, background: string): string {
  let [r, g, b] = rgb(color)
  let hex = color.toLowerCase()
  while (contrast(hex, background) < 4.5) {
    ;[r, g, b] = [r * 0.92, g * 0.92, b * 0.92]
    hex = toHex(r, g, b)
  }
  return hex
}

/**
 * Sequential blues (ColorBrewer "Blues"): light to dark, one hue, so the order survives
 * colour blindness and grey-scale printing.
 */
const HEAT_RAMP = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'] as const

/** Cell colour for `value` on the scale, and the ink (dark or white) that reads on it. */
export function heatColor(value: number, min: number, max: number): { background: string; color: string } {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 1
  // Skip the near-white first step, so even the lowest rating is visibly a filled cell.
  const background = HEAT_RAMP[1 + Math.round(t * (HEAT_RAMP.length - 2))]!
  const color = contrast(background, INK) >= contrast(background, '#ffffff') ? INK : '#ffffff'
  return { background, color }
}

/** Break opportunities after these: CJK punctuation and the conjunctions 與/与/和/及. */
const BREAK_AFTER = /[／/、，,）)與与和及]/u
/** Break opportunities before these: opening brackets. */
const BREAK_BEFORE = /[（(［[「『《〈]/u

/**
 * A label cut where a line may break, and only there: after a space, punctuation or a
 * conjunction (BREAK_AFTER), before an opening bracket. 自有資金（DeepSeek） → [自有資金,
 * （DeepSeek）]; 天使投資與獨立風投 → [天使投資與, 獨立風投]. A Latin word is never cut.
 */
export function wordUnits(label: string): string[] {
  const units: string[] = []
  let unit = ''
  for (const char of label) {
    if (unit !== '' && BREAK_BEFORE.test(char) && !BREAK_BEFORE.test([...unit].at(-1)!)) {
      units.push(unit)
      unit = ''
    }
    unit += char
    if (char === ' ' || BREAK_AFTER.test(char)) {
      units.push(unit)
      unit = ''
    }
  }
  if (unit !== '') units.push(unit)
  return units
}

/**
 * Splits a long label into lines of about `max` characters, preferring to break after
 * punctuation or a conjunction: 決策層級少／決策快 → [決策層級少／, 決策快].
 */
export function wrapLabel(label: string, max: number): string[] {
  const chars = [...label]
  if (chars.length <= max) return [label]
  const lineCount = Math.ceil(chars.length / max)
  const target = Math.ceil(chars.length / lineCount)
  const lines: string[] = []
  let rest = chars
  while (rest.length > max) {
    let cut = target
    for (const delta of [0, 1, -1, 2, -2]) {
      const at = target + delta
      if (at > 0 && at < rest.length && at <= max && BREAK_AFTER.test(rest[at - 1]!)) {
        cut = at
        break
      }
    }
    lines.push(rest.slice(0, cut).join(''))
    rest = rest.slice(cut)
  }
  lines.push(rest.join(''))
  return lines
}
