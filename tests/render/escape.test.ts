import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { escapeMarkdownText, yamlString } from '../../scripts/render/escape.ts'

const HOSTILE = [
  'US$2.5B to $3B',
  '{{ total }}',
  '<img src=x onerror=alert(1)>',
  '<!-- comment -->',
  '---',
  'line\n---\nline',
  '# heading',
  '> quote',
  '- item',
  '*em* _em_ `code`',
  '[x](javascript:alert(1))',
  '| a | b |',
  '$$ x^2 $$',
  'tab\there',
  'nel\u0085 and ls\u2028 ps\u2029 bom\ufeff del\u007f nul\u0000',
  'emoji 🧧 and RTL עברית',
  '"quoted" \\ backslash',
]

describe('yamlString', () => {
  it.each(HOSTILE)('reads back exactly: %j', text => {
    expect(parse(`value: ${yamlString(text)}`)).toEqual({ value: text })
  })

  it('never emits a raw line break, so a value cannot end the frontmatter', () => {
    for (const text of HOSTILE) expect(yamlString(text)).not.toMatch(/[\n\r\u0085\u2028\u2029]/)
  })

  it('escapes a lone surrogate instead of writing invalid UTF-8', () => {
    expect(yamlString('a\ud800b')).toBe('"a\\ud800b"')
  })
})

describe('escapeMarkdownText', () => {
  it('encodes every markup character as an entity', () => {
    expect(escapeMarkdownText('{{ total }} $3 <b> --> [click]')).toBe(
      '&#123;&#123; total &#125;&#125; &#36;3 &#60;b&#62; &#45;&#45;&#62; &#91;click&#93;',
    )
  })

  it('keeps Chinese text readable and paragraphs separated', () => {
    expect(escapeMarkdownText('第一段。\n\n第二段，續。')).toBe('第一段。\n\n第二段，續。')
  })

  it('cannot close the HTML comment that holds the notes', () => {
    for (const text of HOSTILE) expect(escapeMarkdownText(text)).not.toContain('-->')
  })
})
