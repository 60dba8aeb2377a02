/**
 * A brand's colours in the charts: they lead the palette only where it stays as readable as
 * Okabe–Ito, for normal vision and the three dichromacies. The colour difference is checked
 * against published CIEDE2000 test data first, so the rule stands on a measure that is right.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contrast, deltaE2000, labAs, toHex, worstCaseDistance } from '../../scripts/core/color.ts'
import { brandChartPalette, MIN_SERIES_DISTANCE } from '../../scripts/charts/chart-palette.ts'
import { MAX_SERIES, PALETTE } from '../../scripts/charts/chart-style.ts'

describe('CIEDE2000', () => {
  // Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula": test pairs 1, 2, 7, 17 and 25.
  const pairs: [[number, number, number], [number, number, number], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ]
  it.each(pairs)('gives the published difference of %j and %j', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4)
  })

  it('sees a red and a green as far apart, and as close to a reader with deuteranopia', () => {
    const [red, green] = ['#c0392b', '#5e8f1f']
    expect(deltaE2000(labAs(red, 'normal'), labAs(green, 'normal'))).toBeGreaterThan(40)
    expect(deltaE2000(labAs(red, 'deuteranopia'), labAs(green, 'deuteranopia'))).toBeLessThan(MIN_SERIES_DISTANCE)
  })
})

describe('the charts\' palette of a brand', () => {
  it('is Okabe–Ito as it is when the brand offers no colour', () => {
    expect(brandChartPalette([])).toBeUndefined()
  })

  it('leads with the brand\'s primary and accent when both stand apart from each other and from Okabe–Ito', () => {
    const palette = brandChartPalette(['#8a1538', '#00607a'])!
    expect(palette.slice(0, 2)).toEqual(['#8a1538', '#00607a'])
    expect(palette).toHaveLength(MAX_SERIES)
  })

  it('leaves out an accent a colour-blind reader could not tell from the primary', () => {
    expect(brandChartPalette(['#c0392b', '#5e8f1f'])?.[1]).not.toBe('#5e8f1f')
    // Two blues a shade apart: the second would be the same series to everyone.
    expect(brandChartPalette(['#174a7c', '#1d4a80'])).not.toContain('#1d4a80')
  })

  it('gives way to a brand colour: an Okabe–Ito colour too close to it is not used', () => {
    const palette = brandChartPalette(['#0072b2'])!
    expect(palette[0]).toBe('#0072b2')
    expect(palette.filter(c => c.toLowerCase() === '#0072b2')).toHaveLength(1)
  })

  it('always keeps every two series at least as far apart as Okabe–Ito\'s closest two, for every reader', () => {
    const channel = fc.integer({ min: 0, max: 255 })
    const readable = fc.tuple(channel, channel, channel).map(([r, g, b]) => toHex(r, g, b)).filter(c => contrast(c, '#ffffff') >= 4.5)
    fc.assert(fc.property(readable, readable, (primary, accent) => {
      const palette = brandChartPalette([primary, accent])
      if (!palette) return
      expect(palette).toHaveLength(MAX_SERIES)
      expect([primary, accent]).toContain(palette[0])
      for (let i = 0; i < palette.length; i++) {
        for (let j = i + 1; j < palette.length; j++) expect(worstCaseDistance(palette[i]!, palette[j]!)).toBeGreaterThanOrEqual(MIN_SERIES_DISTANCE)
      }
    }), { numRuns: 200 })
  })

  it('sets the bar by Okabe–Ito itself, which passes its own rule', () => {
    const distances = PALETTE.flatMap((a, i) => PALETTE.slice(i + 1).map(b => worstCaseDistance(a, b)))
    expect(Math.min(...distances)).toBe(MIN_SERIES_DISTANCE)
    expect(MIN_SERIES_DISTANCE).toBeGreaterThan(10)
  })
})
