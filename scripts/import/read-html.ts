/**
 * Saved web pages (.html), through @mozilla/readability on a linkedom document: the article is
 * kept, navigation, ads, comments and footers are dropped. The page's title (and byline) come
 * first in source.txt when the article body does not carry them.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { collapseWhitespace, htmlToBlocks } from './html-blocks.ts'
import { normaliseLine, type ReadSource, type SourceBlock } from './source-blocks.ts'

/**
 * The encoding a page declares (`<meta charset>` or `http-equiv`), so a page saved from a site in
 * GBK or Big5 reads as it displays. UTF-8 when it declares none.
 */
export function declaredCharset(head: string): string {
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return match ? match[1]!.toLowerCase() : 'utf-8'
}

export function readHtml(html: string): ReadSource {
  const { document } = parseHTML(html)
  // Saved WeChat articles keep the body hidden until their script runs; Readability drops hidden
  // elements, so the whole article would vanish (mozilla/readability#921).
  for (const el of Array.from(document.querySelectorAll('#js_content, .rich_media_content')))
    (el as HTMLElement).style?.removeProperty?.('visibility')
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  const blocks = article?.content ? htmlToBlocks(article.content) : []
  const title = clean(article?.title)
  const byline = clean(article?.byline)
  const lead: SourceBlock[] = []
  if (title && !blocks.slice(0, 3).some(b => b.text === title || (b.heading && title.includes(b.text)))) lead.push({ text: title, heading: 1 })
  if (byline && !blocks.some(b => b.text.includes(byline))) lead.push({ text: byline })
  return {
    blocks: [...lead, ...blocks],
    hints: { title, site: clean(article?.siteName), published: clean(article?.publishedTime) },
  }
}

function clean(text: string | null | undefined): string | undefined {
  const line = text ? normaliseLine(collapseWhitespace(text)) : ''
  return line || undefined
}
