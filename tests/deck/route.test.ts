/** Which sections a divider lists: all of a short deck's, a window around the current one in a long deck. */
import { describe, expect, it } from 'vitest'
import { MAX_ROUTE_ENTRIES, routeWindow } from '../../scripts/deck/route.ts'

const sections = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('routeWindow', () => {
  it('lists every section of a deck of eight or fewer', () => {
    expect(MAX_ROUTE_ENTRIES).toBe(8)
    expect(routeWindow(sections(6), 3)).toEqual({ shown: [1, 2, 3, 4, 5, 6], before: 0, after: 0 })
    expect(routeWindow(sections(8), 7)).toEqual({ shown: [1, 2, 3, 4, 5, 6, 7, 8], before: 0, after: 0 })
  })

  it('lists six around the current section of a longer deck, and counts those left out on each side', () => {
    expect(routeWindow(sections(10), 0)).toEqual({ shown: [1, 2, 3, 4, 5, 6], before: 0, after: 4 })
    expect(routeWindow(sections(10), 4)).toEqual({ shown: [3, 4, 5, 6, 7, 8], before: 2, after: 2 })
    expect(routeWindow(sections(10), 9)).toEqual({ shown: [5, 6, 7, 8, 9, 10], before: 4, after: 0 })
    expect(routeWindow(sections(18), 11)).toEqual({ shown: [10, 11, 12, 13, 14, 15], before: 9, after: 3 })
  })

  it('never takes more rows than it is given, marks included', () => {
    for (let n = 1; n <= 30; n++) {
      for (let current = 0; current < n; current++) {
        const { shown, before, after } = routeWindow(sections(n), current)
        expect(shown).toContain(current + 1)
        expect(shown.length + (before > 0 ? 1 : 0) + (after > 0 ? 1 : 0)).toBeLessThanOrEqual(MAX_ROUTE_ENTRIES)
        expect(before + shown.length + after).toBe(n)
      }
    }
  })
})
