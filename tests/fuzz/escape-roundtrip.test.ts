/**
 * Escaping, property by property: any string written with yamlString reads back from YAML as
 * itself, and any notes written with escapeMarkdownText render through Slidev's Markdown (the
 * markdown-exit fork of markdown-it that Slidev renders notes with) as their own text and never
 * as markup. Pure: no build, no browser; fast-check shrinks any failure to a minimal string.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { escapeMarkdownText, yamlFlow, yamlString } from '../../scripts/render/escape.ts'
import { normaliseNotes } from '../../scripts/fuzz/expected.ts'
import { hostileText } from '../../scripts/fuzz/strings.ts'
import { renderNotes, shownAs } from '../helpers/notes.ts'

const anyText = fc.oneof(
  hostileText(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map(code => String.fromCharCode(code)) }),
)
const notesText = fc.array(hostileText(), { minLength: 1, maxLength: 3 }).map(parts => parts.join('\n\n'))

/** Notes that once rendered wrongly, checked on every run before the random ones. */
const NOTES_SEEN_FAILING: [string][] = [
  ['line ends in a vertical tab\u000b\nnext line'],
  ['mid\u000bline'],
  ['a lone surrogate \ud800 and NEL \u0085'],
  ['H5-(#3oM1) hover:(bg-red) w-[d"]'],
]

describe('yamlString', () => {
  it('reads back as exactly the input, for any string', () => {
    fc.assert(fc.property(anyText, text => {
      expect(parse(`value: ${yamlString(text)}`)).toEqual({ value: text })
    }), { numRuns: 2000 })
  })

  it('never writes a line break or `---`, so no value can end a slide\'s frontmatter', () => {
    fc.assert(fc.property(anyText, text => {
      const written = yamlString(text)
      expect(written).not.toMatch(/[\n\r\u0085\u2028\u2029]/)
      expect(written).not.toContain('---')
    }), { numRuns: 2000 })
  })
})

describe('yamlFlow', () => {
  it('reads back as the same data, with no line break and no `---`', () => {
    const data = fc.array(fc.record({ label: anyText, values: fc.array(fc.integer(), { maxLength: 3 }) }), { maxLength: 3 })
    fc.assert(fc.property(data, value => {
      const written = yamlFlow(value)
      expect(written).not.toMatch(/[\n\r\u0085\u2028\u2029]|---/)
      expect(parse(`- ${written}`)).toEqual([value])
    }), { numRuns: 1000 })
  })
})

describe('escapeMarkdownText', () => {
  it('renders as the notes\' own text, after the documented normalisation', () => {
    fc.assert(fc.property(notesText, notes => {
      expect(renderNotes(escapeMarkdownText(notes)).text).toBe(shownAs(notes))
    }), { numRuns: 2000, examples: NOTES_SEEN_FAILING })
  })

  it('is what the fuzzer expects a browser to show (fuzz/expected.ts agrees with the normalisation)', () => {
    fc.assert(fc.property(anyText, text => {
      expect(normaliseNotes(text)).toBe(shownAs(text))
    }), { numRuns: 2000, examples: NOTES_SEEN_FAILING })
  })

  it('never renders markup other than paragraphs and line breaks', () => {
    fc.assert(fc.property(notesText, notes => {
      expect(renderNotes(escapeMarkdownText(notes)).tags).toEqual([])
    }), { numRuns: 2000 })
  })

  it('cannot close the comment that holds the notes, nor start a slide', () => {
    fc.assert(fc.property(notesText, notes => {
      const written = escapeMarkdownText(notes)
      expect(written).not.toContain('-->')
      expect(written.split('\n').some(line => line.startsWith('---'))).toBe(false)
    }), { numRuns: 2000 })
  })
})
