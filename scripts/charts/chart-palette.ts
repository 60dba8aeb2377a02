/**
 * Which colours a branded deck's charts use. A brand's primary and accent colours lead the palette
 * only where they keep it as readable as Okabe–Ito itself:
 *
 * 1. Contrast: a series colour has at least 3:1 against the white slide (WCAG 1.4.11 for
 *    graphics). Brand colours pass this already: the brand file demands 4.5:1 of them.
 * 2. Colour-blind safety: every two colours of the palette stay at least as far apart as the
 *    closest two Okabe–Ito colours are (CIEDE2000), for normal vision and as simulated for
 *    protanopia, deuteranopia and tritanopia (Machado et al. 2009).
 *
 * A brand colour that fails either is left out; an Okabe–Ito colour too close to a brand colour
 * that joined gives way to it (Okabe–Ito's own light colours are kept as they are: every value is
 * written on the chart); the palette keeps MAX_SERIES colours, or Okabe–Ito stays whole.
 * Pure; decided once per deck when it is planned.
 */
import { contrast, worstCaseDistance } from '../core/color.ts'
import { MAX_SERIES, PALETTE } from './chart-style.ts'

/** The least contrast a series colour needs against the slide (WCAG 1.4.11, non-text contrast). */
export const MIN_GRAPHIC_CONTRAST = 3

/** The closest two Okabe–Ito colours come, to the reader who tells them apart worst: the bar a palette must clear. */
export const MIN_SERIES_DISTANCE = Math.min(...PALETTE.flatMap((a, i) => PALETTE.slice(i + 1).map(b => worstCaseDistance(a, b))))

/** Whether `color` stays far enough from every colour of `chosen`. */
function distinct(color: string, chosen: readonly string[]): boolean {
  return chosen.every(other => worstCaseDistance(color, other) >= MIN_SERIES_DISTANCE)
}

/**
 * The charts' palette for a brand offering `brandColors` (primary first): those that fit lead,
 * then Okabe–Ito in its order without the colours too close to them. Undefined when no brand
 * colour fits, which means Okabe–Ito as it is.
 */
export function brandChartPalette(brandColors: readonly string[]): string[] | undefined {
  const leading: string[] = []
  for (const color of brandColors.map(c => c.toLowerCase())) {
    if (contrast(color, '#ffffff') < MIN_GRAPHIC_CONTRAST || !distinct(color, leading)) continue
    const rest = PALETTE.filter(c => distinct(c, [...leading, color]))
    // A brand colour that would leave too few distinct colours for a full chart stays out.
    if (leading.length + 1 + rest.length >= MAX_SERIES) leading.push(color)
  }
  if (leading.length === 0) return undefined
  const rest = PALETTE.filter(c => distinct(c, leading))
  return [...leading, ...rest].slice(0, MAX_SERIES)
}
