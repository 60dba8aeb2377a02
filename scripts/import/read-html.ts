/**
 * Saved web pages (.html), through @mozilla/readability on a linkedom document: the article is
 * kept, navigation, ads, comments and footers are dropped, and so is the furniture a page keeps
 * inside its article (关注我们, - END -, 往期推荐 and the links after it). The page's title (and
 * byline) come first in source.txt when the article body does not carry them.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { collapseWhitespace, htmlToBlocks } from './html-blocks.ts'
import { normaliseLine, type ReadSource, type SourceBlock, type SourceHints } from './source-blocks.ts'

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
  const wechat = wechatHints(document)
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  const blocks = withoutFurniture(article?.content ? htmlToBlocks(article.content) : [])
  const site = wechat.site ?? clean(article?.siteName)
  const title = withoutSite(clean(article?.title), site)
  const byline = wechat.byline ?? clean(article?.byline)
  const lead: SourceBlock[] = []
  if (title && !blocks.slice(0, 3).some(b => b.text === title || (b.heading && title.includes(b.text)))) lead.push({ text: title, heading: 1 })
  if (byline && !blocks.some(b => b.text.includes(byline))) lead.push({ text: byline })
  return {
    blocks: [...lead, ...blocks],
    hints: { title, site, byline, published: wechat.published ?? clean(article?.publishedTime), lang: clean(document.documentElement?.getAttribute('lang')) },
  }
}

/**
 * A saved WeChat article names its author, its account and its date outside the article, in
 * markup of its own (#meta_content, #js_name, #publish_time), where Readability does not look.
 */
function wechatHints(document: ReturnType<typeof parseHTML>['document']): Pick<SourceHints, 'byline' | 'site' | 'published'> {
  if (!document.querySelector('#js_content')) return {}
  const text = (selector: string) => clean(document.querySelector(selector)?.textContent)
  // The author's span is a plain one: the others hold the date or the place in an <em>, or the 原创 mark.
  const author = Array.from(document.querySelectorAll('#meta_content .rich_media_meta_text'))
    .filter(el => !el.querySelector('em') && el.tagName !== 'EM')
    .map(el => clean(el.textContent))
    .find(name => name && !/^(?:原创|原創)$/.test(name))
  return { byline: text('#js_author_name') ?? author, site: text('#js_name'), published: text('#publish_time') }
}

/** Prompts to follow or share the page: 点击上方蓝字关注我们, 点个“在看”, 长按识别二维码. */
const FOLLOW_PROMPT = /^(?:点击|點擊)(?:上方|下方|蓝字|藍字)|(?:关注|關注)(?:我们|我們)$|^(?:长按|長按)|^(?:扫码|掃碼|扫一扫|掃一掃)|(?:点个|點個|点|點)\s*[“「]?(?:在看|赞|讚)/
/** Where the article ends and the page's lists begin: - END -, 往期推荐, 相关阅读. */
const ARTICLE_END = /^[-—－–\s]*(?:END|End|完|全文完)[-—－–\s]*$|^(?:往期推荐|往期推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关文章|相關文章|热门文章|熱門文章|猜你喜欢|猜你喜歡|精选留言|精選留言)\s*[：:]?$/
/** After the end, only the lines that say who wrote or edited the article are kept. */
const CREDIT = /^(?:(?:责任)?编辑|(?:責任)?編輯|责编|責編|来源|來源|作者|撰文|文)\s*[：:／/|｜]/

function withoutFurniture(blocks: SourceBlock[]): SourceBlock[] {
  const end = blocks.findIndex((block, i) => i > 0 && ARTICLE_END.test(block.text))
  const article = end < 0 ? blocks : [...blocks.slice(0, end), ...blocks.slice(end).filter(block => CREDIT.test(block.text))]
  return article.filter(block => block.cells || !FOLLOW_PROMPT.test(block.text))
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
