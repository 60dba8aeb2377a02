/**
 * Which sections a divider lists beside its title. Six or eight fit beside it; a deck of many
 * sections (a long briefing, or the benchmark's generated deck of eighteen) would run off the
 * slide, so past MAX_ROUTE_ENTRIES the list is a window around the current section with a mark
 * where sections are left out, while the progress strip still shows every one. The live deck's
 * layout and the PPTX both list what this returns. Pure and browser-safe.
 */

/** Rows beside a divider at the most, the marks for left-out sections included. */
export const MAX_ROUTE_ENTRIES = 8

export interface RouteWindow<T> {
  /** The sections listed, in order. */
  shown: T[]
  /** How many sections are left out before and after them (a mark is shown for each side that has any). */
  before: number
  after: number
}

/** The sections to list around `current` (0-based), in at most `rows` rows, marks included. */
export function routeWindow<T>(sections: readonly T[], current: number, rows = MAX_ROUTE_ENTRIES): RouteWindow<T> {
  if (sections.length <= rows) return { shown: [...sections], before: 0, after: 0 }
  // Two rows go to the marks: a window of the others, the current section as near the middle as the ends allow.
  const size = rows - 2
  const start = Math.min(Math.max(0, current - Math.floor((size - 1) / 2)), sections.length - size)
  return { shown: sections.slice(start, start + size), before: start, after: sections.length - start - size }
}
