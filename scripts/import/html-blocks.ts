/**
 * HTML to paragraphs: the shared last step of the Markdown, Word and web-page readers. Block
 * elements and `<br>` end a paragraph, table rows become rows of cells, and text is collapsed the
 * way a browser shows it, except that a line break between two Chinese characters joins them
 * without a space (Markdown sources wrap Chinese lines anywhere).
 */
import { parseHTML } from 'linkedom'
import { normaliseLine, rowBlock, type SourceBlock } from './source-blocks.ts'

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'UL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD'])
const CJK = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF]'
const JOIN_CJK = new RegExp(`(${CJK})[ \\t]*[\\r\\n]+[ \\t\\r\\n]*(?=${CJK})`, 'gu')

/** Collapses HTML whitespace: a wrapped line between Chinese characters joins them, other runs become one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(JOIN_CJK, '$1').replace(/[ \t\r\n\f]+/g, ' ')
}

export interface BlockOptions {
  /** Write a link's address after its text (Markdown and Word links are the author's; a web page's are the site's). */
  linkAddresses?: boolean
}

export function htmlToBlocks(html: string, options: BlockOptions = {}): SourceBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return elementToBlocks(document.body as unknown as Element, options)
}

/** Paragraphs under `root`, in document order. */
export function elementToBlocks(root: Element, options: BlockOptions = {}): SourceBlock[] {
  const blocks: SourceBlock[] = []
  let line = ''
  let tables = 0
  const flush = (heading?: number) => {
    const text = normaliseLine(collapseWhitespace(line))
    line = ''
    if (text) blocks.push(heading ? { text, heading } : { text })
  }
  const walk = (node: Node, listNumber?: string) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const el = node as Element
    const tag = el.tagName.toUpperCase()
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return
    if (tag === 'BR') return flush()
    if (tag === 'TABLE') {
      flush()
      const table = tables++
      for (const row of Array.from(el.querySelectorAll('tr'))) {
        const cells = Array.from(row.children).filter(c => /^T[DH]$/i.test(c.tagName)).map(c => normaliseLine(collapseWhitespace(c.textContent ?? '')))
        if (cells.some(Boolean)) blocks.push(rowBlock(cells, table, Array.from(row.children).every(c => /^TH$/i.test(c.tagName))))
      }
      return
    }
    const block = BLOCK.has(tag)
    if (block) flush()
    if (listNumber) line += `${listNumber} `
    let n = Number(el.getAttribute('start') ?? 1)
    for (const child of Array.from(el.childNodes)) {
      const isItem = tag === 'OL' && child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'LI'
      walk(child, isItem ? `${n++}.` : undefined)
    }
    const href = tag === 'A' ? el.getAttribute('href') ?? '' : ''
    if (options.linkAddresses && /^https?:\/\//.test(href) && !(el.textContent ?? '').includes(href)) line += ` (${href})`
    if (block) flush(/^H[1-6]$/.test(tag) ? Number(tag[1]) : undefined)
  }
  walk(root)
  flush()
  return markTableHeaders(blocks)
}

/** A table whose first row has no number in it is headed by that row (Markdown and Word tables use `<td>` or `<th>` freely). */
function markTableHeaders(blocks: SourceBlock[]): SourceBlock[] {
  const seen = new Set<number>()
  return blocks.map(block => {
    if (block.table === undefined || seen.has(block.table)) return block
    seen.add(block.table)
    const header = block.header || block.cells!.slice(1).every(cell => !/\d/.test(cell))
    return { ...block, header }
  })
}
