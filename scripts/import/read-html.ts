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
  const site = clean(article?.siteName)
  const title = withoutSite(clean(article?.title), site)
  const byline = clean(article?.byline)
  const lead: SourceBlock[] = []
  if (title && !blocks.slice(0, 3).some(b => b.text === title || (b.heading && title.includes(b.text)))) lead.push({ text: title, heading: 1 })
  if (byline && !blocks.some(b => b.text.includes(byline))) lead.push({ text: byline })
  return {
    blocks: [...lead, ...blocks],
    hints: { title, site, published: clean(article?.publishedTime), lang: clean(document.documentElement?.getAttribute('lang')) },
  }
}

/** `港鐵票價調整機制的檢討 | 城市評論網` → the article's own title. */
function withoutSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return title
  const parts = title.split(/\s+[|｜\-–—_]\s+/)
  if (parts.length < 2) return title
  if (site && parts[parts.length - 1] === site) return parts.slice(0, -1).join(' | ')
  return parts.reduce((a, b) => (b.length > a.length ? b : a))
}

function clean(text: string | null | undefined): string | undefined {
  const line = text ? normaliseLine(collapseWhitespace(text)) : ''
  return line || undefined
}
