/**
 * Loads the deck font's glyphs a chart draws before it draws them. The Noto CJK fonts come in
 * many unicode-range slices, and a canvas does not ask for a slice the way DOM text does, so
 * without this a chart could be drawn, and exported, in a fallback font.
 */
import { cssFontFamily, FONT_WEIGHTS } from '../core/locale-fonts.ts'
import type { ChartData } from './chart-data.ts'

/** Every character a chart may draw: its labels, its notes text, digits and number signs. */
export function chartGlyphs(data: ChartData): string {
  const text = [data.title, data.subtitle, data.notRated, ...data.categories, ...data.series.map(s => s.label), '0123456789.,-−%']
  if ('unit' in data) text.push(data.unit)
  return [...new Set([...text.join('')])].join('')
}

/** The deck's font family: the `--dw-font-sans` it sets on `element`, else the locale's Noto Sans. */
export function chartFontFamily(element: Element | null, data: ChartData): string {
  const declared = element ? getComputedStyle(element).getPropertyValue('--dw-font-sans').trim() : ''
  return declared || cssFontFamily(data.locale)
}

/** Resolves once the glyphs are loaded, or could not be (a chart in a fallback font beats none). */
export async function loadChartFonts(family: string, glyphs: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return
  await Promise.all(FONT_WEIGHTS.map(weight => document.fonts.load(`${weight} 16px ${family}`, glyphs))).catch(() => undefined)
}
