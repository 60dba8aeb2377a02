/**
 * Speaker notes as the audience of a notes viewer gets them: rendered by the Markdown renderer
 * Slidev uses for notes, and the text that shows. The normalisation is written out here, apart
 * from the code under test (render/escape.ts) and the fuzzer's expectations (fuzz/expected.ts).
 */
import { createMarkdownExit } from 'markdown-exit'

/** Slidev renders notes with markdown-exit (its fork of markdown-it), HTML allowed. */
const notesMarkdown = createMarkdownExit({ html: true })

/** The text of rendered notes, and every tag other than the paragraphs and line breaks notes may have. */
export function renderNotes(markdown: string): { text: string; tags: string[] } {
  const html = notesMarkdown.render(markdown)
  const tags = [...html.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)].map(m => m[1]!.toLowerCase()).filter(tag => tag !== 'p' && tag !== 'br')
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }
  const text = html
    .replace(/<br\s*\/?>|<\/?p>/g, ' ')
    .replace(/&(lt|gt|amp|quot);/g, (_, name: string) => entities[name]!)
  return { text: text.replace(/\s+/g, ' ').trim(), tags }
}

/** White space that ends or separates lines and words; everything else is shown or replaced. */
const SPACE_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d])

/**
 * The notes' text as a reader sees it: every run of white space shows as one space, and what
 * cannot be shown comes out as U+FFFD, the replacement character: an unpaired UTF-16 surrogate
 * (not text; UTF-8 cannot store it) and an invisible control character (C0 other than tab, line
 * feed, vertical tab, form feed and carriage return; DEL; C1).
 */
export function shownAs(notes: string): string {
  let shown = ''
  for (const char of notes) {
    const code = char.codePointAt(0)!
    const unpaired = code >= 0xd800 && code <= 0xdfff
    const control = (code < 0x20 && !SPACE_CONTROLS.has(code)) || (code >= 0x7f && code <= 0x9f)
    shown += unpaired || control ? '\ufffd' : char
  }
  return shown.replace(/\s+/g, ' ').trim()
}
