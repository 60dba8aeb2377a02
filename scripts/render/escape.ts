/**
 * Escaping: every string from the data is text, never code.
 *
 * Slide content travels as YAML frontmatter props and is printed by the layouts with Vue text
 * interpolation, so it is never parsed as markdown, HTML, a Vue template or KaTeX. The only data
 * that passes through Slidev's markdown renderer is the speaker notes (and the deck info), and
 * those are entity-encoded here.
 */

/**
 * A YAML double-quoted scalar that reads back as exactly `text`. Escapes everything YAML treats
 * as a line break or forbids (C0/C1 controls, DEL, U+2028/2029, BOM, lone surrogates), so a value
 * can never end the frontmatter or start a new slide. It never contains `---` either: Slidev ends
 * a slide's frontmatter at the first `---` anywhere in it, even inside a quoted value.
 */
export function yamlString(text: string): string {
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const char = text[i]!
    if (char === '"') out += '\\"'
    else if (char === '\\') out += '\\\\'
    else if (char === '-' && out.endsWith('-')) out += '\\u002d'
    else if (code === 0x0a) out += '\\n'
    else if (code === 0x09) out += '\\t'
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff)
      out += `\\u${code.toString(16).padStart(4, '0')}`
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) out += char + text[++i]
    else if (code >= 0xd800 && code <= 0xdfff) out += `\\u${code.toString(16)}` // lone surrogate
    else out += char
  }
  return `${out}"`
}

/**
 * Nested data (a list of objects, such as chart series) as one line of JSON, which YAML reads as
 * flow syntax, with the same guarantees as `yamlString`: no line break YAML would see, and no `---`.
 */
export function yamlFlow(value: unknown): string {
  // In JSON text, `--` can only stand inside a string, where `\u002d` means the same character.
  return JSON.stringify(value)
    .replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/-(?=-)/g, '\\u002d')
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** ASCII characters with meaning in markdown, HTML, Vue templates, KaTeX or Slidev note syntax. */
const MARKUP_CHARS = /[&<>"'`*_{}[\]()#+\-.!|~$:@\\=^%]/g

/**
 * Text for Slidev's markdown renderer (speaker notes, deck info): every markup character becomes
 * a numeric entity, which markdown-it prints as the literal character and never as syntax.
 * Paragraphs stay separated by blank lines; other line breaks are kept inside the paragraph.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map(paragraph =>
      paragraph
        .split('\n')
        .map(line => encodeLine(line.trim()))
        .filter(line => line.length > 0)
        .join('  \n'),
    )
    .filter(paragraph => paragraph.length > 0)
    .join('\n\n')
}

function encodeLine(line: string): string {
  return line
    // A vertical tab is white space (trim() drops it at the ends): a space inside the line too.
    .replace(/\u000b/g, ' ')
    .replace(MARKUP_CHARS, char => `&#${char.charCodeAt(0)};`)
    // Controls are invisible and some end a Markdown line. As references, Markdown shows them as
    // U+FFFD (the replacement character): a visible mark of a stray control in the data.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, char => `&#${char.charCodeAt(0)};`)
    // Unpaired surrogates are not text, and UTF-8 cannot hold them: written as U+FFFD here, not by the file system.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}
