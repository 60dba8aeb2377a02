/** Sizing PPTX text: line breaking as PowerPoint does it for Chinese and Latin text, and the fit. */
import { describe, expect, it } from 'vitest'
import { readMetrics } from '../../scripts/export/pptx-fonts.ts'
import { fitScale, lineCount, xmlText, type Metrics } from '../../scripts/export/pptx-text.ts'

/** Every character one em wide: line counts are easy to work out by hand. */
const mono: Metrics = { advance: () => 1 }

describe('lineCount', () => {
  it('breaks Chinese text between any two characters', () => {
    // 20 characters of 10 pt in 100 pt (96 usable): 9 a line.
    expect(lineCount('一二三四五六七八九十一二三四五六七八九十', 100, 10, false, mono)).toBe(3)
  })

  it('keeps a Latin word whole and moves it to the next line', () => {
    expect(lineCount('一二三四五六七 DeepSeek', 100, 10, false, mono)).toBe(2)
    expect(lineCount('DeepSeek', 1000, 10, false, mono)).toBe(1)
  })

  it('never starts a line with closing punctuation', () => {
    // Nine characters fit a line; 。 cannot start the second, so it takes 九 with it, and the
    // second line then has no room for the last character.
    expect(lineCount('一二三四五六七八九。一二三四五六七八', 100, 10, false, mono)).toBe(3)
    expect(lineCount('一二三四五六七八九一一二三四五六七八', 100, 10, false, mono)).toBe(2)
  })

  it('breaks a word longer than a line anywhere, and starts a line at each line break', () => {
    expect(lineCount('x'.repeat(30), 100, 10, false, mono)).toBe(4)
    expect(lineCount('一\n二\n三', 100, 10, false, mono)).toBe(3)
  })

  it('measures Latin letters with the deck font\'s own widths, narrower than Chinese', () => {
    const metrics = readMetrics('zh-Hant-TW')
    expect(metrics.advance('中'.codePointAt(0)!, false)).toBe(1)
    expect(metrics.advance('i'.codePointAt(0)!, false)).toBeLessThan(0.4)
    expect(metrics.advance('W'.codePointAt(0)!, true)).toBeGreaterThan(metrics.advance('W'.codePointAt(0)!, false))
  })
})

describe('fitScale', () => {
  it('takes the largest of FitText\'s steps that fits, and the floor when none does', () => {
    expect(fitScale(scale => 100 * scale, 100, 0.5)).toBe(1)
    expect(fitScale(scale => 100 * scale, 90, 0.5)).toBe(0.88)
    expect(fitScale(() => 1000, 90, 0.5)).toBe(0.5)
  })
})

describe('xmlText', () => {
  it('keeps markup, entities and replacement patterns as they are', () => {
    const hostile = '{{ x }} <script>&amp; $& $1 $$ ]]> "q" \'a\' 🚀 tab\tend'
    expect(xmlText(hostile)).toBe(hostile)
  })

  it('makes every kind of line break a line break, and what XML cannot hold U+FFFD', () => {
    expect(xmlText('a\r\nb\rc\vd\fe')).toBe('a\nb\nc\nd\ne')
    expect(xmlText('nul\u0000 bell\u0007 esc\u001b del\u007f nel\u0085 \ufffe \ud800x')).toBe('nul\ufffd bell\ufffd esc\ufffd del\ufffd nel\ufffd \ufffd \ufffdx')
  })
})
