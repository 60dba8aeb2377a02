/**
 * Which slides the print view draws. Slidev reads `?range=` from the route when its navigation
 * state is first made, which with hash routing is before the route is known, so a range given in
 * the URL is ignored and every slide is drawn. Deckwright prints a few changed slides at a time
 * (see export/slides-pdf.ts), so the root setup applies the range from the address itself.
 * Runs in the browser: pure, no imports.
 */

/** The query parameter, as Slidev's own exporter names it. */
export const PRINT_RANGE_PARAM = 'range'

/**
 * Slide numbers named by `range` in a query string (`3,5,8-10`), in the order given, within
 * 1…total; undefined when the parameter is absent or names no slide.
 */
export function printRangeFromSearch(search: string, total: number): number[] | undefined {
  const value = new URLSearchParams(search).get(PRINT_RANGE_PARAM)
  if (!value) return undefined
  const slides: number[] = []
  for (const part of value.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part)
    if (!match) continue
    const from = Number(match[1])
    const to = Number(match[2] ?? match[1])
    for (let no = from; no <= to; no++) if (no >= 1 && no <= total && !slides.includes(no)) slides.push(no)
  }
  return slides.length > 0 ? slides : undefined
}

/** The `range` value for a list of slide numbers. */
export function printRangeValue(slides: readonly number[]): string {
  return slides.join(',')
}
