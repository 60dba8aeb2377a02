/**
 * Markdown articles, through markdown-it: paragraphs, headings and tables come from the parsed
 * document, so emphasis, link and list markers never reach source.txt. Raw HTML in the Markdown
 * is kept as text (`html: false`): a `<script>` in an article is words, not code.
 */
import MarkdownIt from 'markdown-it'
import { htmlToBlocks } from './html-blocks.ts'
import type { ReadSource } from './source-blocks.ts'

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

export function readMarkdown(text: string): ReadSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return { blocks: htmlToBlocks(markdown.render(body), { linkAddresses: true }), hints: {} }
}
