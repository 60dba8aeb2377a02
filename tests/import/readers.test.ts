/** Each format's reader: what reaches source.txt, and how an unreadable file fails. */
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeckError } from '../../scripts/core/errors.ts'
import { importArticle } from '../../scripts/import/import-deck.ts'
import { readArticleFile } from '../../scripts/import/read-article.ts'
import { readHtml } from '../../scripts/import/read-html.ts'
import { readMarkdown } from '../../scripts/import/read-markdown.ts'
import { renderSourceText, textToBlocks } from '../../scripts/import/source-blocks.ts'
import { makeDocx } from '../fixtures/import/make-docx.ts'
import { FIXTURES } from '../helpers/fixtures.ts'

const IMPORT = join(FIXTURES, 'import')
let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'deckwright-readers-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

const texts = async (file: string) => (await readArticleFile(join(IMPORT, file))).blocks.map(b => b.text)

describe('plain text', () => {
  it('keeps every non-empty line exactly, and says which normalisations it applies', () => {
    const blocks = textToBlocks('\uFEFF第一段\u00A0有空格。\r\n\r\n  第二段\u200B。  \r第三段 {{ x }} <b>\n')
    expect(blocks.map(b => b.text)).toEqual(['第一段 有空格。', '第二段。', '第三段 {{ x }} <b>'])
    expect(renderSourceText(blocks)).toBe('第一段 有空格。\n第二段。\n第三段 {{ x }} <b>\n')
  })

  it('reads the Taiwan fixture with its emoji, $ amounts and hostile text verbatim', async () => {
    const lines = await texts('tw-server-industry.txt')
    const original = readFileSync(join(IMPORT, 'tw-server-industry.txt'), 'utf8').split('\n').filter(Boolean)
    expect(lines).toEqual(original)
    expect(lines.join('\n')).toContain('🚀')
    expect(lines.join('\n')).toContain('$300,000')
    expect(lines.join('\n')).toContain('{{ config.token }} 與 <script>alert("x")</script>')
  })
})

describe('Markdown', () => {
  it('drops emphasis and heading markers, joins wrapped Chinese lines, keeps list numbers, link addresses and raw HTML as text', () => {
    const { blocks } = readMarkdown('# 標題 **粗體**\n\n第一段中文\n換行接續，*強調*。\n\n1. 甲\n2. 乙\n\n見[網站](https://example.org/a)。\n\n<script>alert(1)</script>\n')
    expect(blocks.map(b => b.text)).toEqual(['標題 粗體', '第一段中文換行接續，強調。', '1. 甲', '2. 乙', '見網站 (https://example.org/a)。', '<script>alert(1)</script>'])
    expect(blocks[0]!.heading).toBe(1)
  })

  it('turns a table into rows of cells, headed by its first row', async () => {
    const { blocks } = await readArticleFile(join(IMPORT, 'cn-digital-economy.md'))
    const rows = blocks.filter(b => b.cells)
    expect(rows.map(r => r.text)).toEqual(['年份 | 交易规模（亿元）', '2020年 | 200', '2021年 | 500', '2022年 | 900', '2023年 | 1,500'])
    expect(rows[0]!.header).toBe(true)
    expect(blocks.some(b => b.text.includes('**'))).toBe(false)
  })
})

describe('web pages', () => {
  it('keeps the article and drops navigation, ads, the cookie banner and the footer', async () => {
    const lines = await texts('hk-transport.html')
    const all = lines.join('\n')
    for (const chrome of ['導覽', '廣告', '熱門文章', '曬餅', '頁尾', 'UA-0000', 'visibility'])
      expect(all).not.toContain(chrome)
    expect(lines[0]).toBe('港鐵票價調整機制的檢討')
    expect(all).toContain('有學者建議在公式中加入「利潤分享」的元素')
    expect(all).toContain('2022年 | 2.35')
  })

  it('reads a saved WeChat article whose body is hidden until its script runs', () => {
    const paragraph = '這是一篇微信文章的正文，內容足夠長，讓可讀性演算法把它當作文章。'.repeat(8)
    const html = `<html><body><div class="rich_media_content" id="js_content" style="visibility: hidden;"><p>${paragraph}</p><p>第二段也在這裡。</p></div></body></html>`
    expect(readHtml(html).blocks.map(b => b.text)).toContain(paragraph)
  })

  it('drops the furniture a page keeps inside its article: follow prompts, END and what follows it but the editor', () => {
    const body = '這是一篇文章的正文，內容足夠長，讓可讀性演算法把它當作文章。'.repeat(8)
    const html = `<html><body><article><p>點擊上方藍字關注我們</p><p>${body}</p><p>第二段也在這裡。</p><p>- END -</p><p>推薦閱讀</p><p><a href="/a">另一篇文章的標題</a></p><p>責任編輯：王五</p><p>長按識別二維碼</p></article></body></html>`
    expect(readHtml(html).blocks.map(b => b.text)).toEqual([body, '第二段也在這裡。', '責任編輯：王五'])
  })

  it('reads a page in the encoding it declares', async () => {
    const file = join(tmp, 'big5.html')
    const big5 = Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]) // 中文 in Big5
    await writeFile(file, Buffer.concat([Buffer.from('<html><head><meta charset="big5"></head><body><p>'), big5, Buffer.from('</p></body></html>')]))
    expect((await readArticleFile(file)).blocks.map(b => b.text)).toContain('中文')
  })
})

describe('Word', () => {
  it('keeps heading styles, paragraphs and the table', async () => {
    const { blocks } = await readArticleFile(join(IMPORT, 'cn-green-finance.docx'))
    expect(blocks.find(b => b.text === '第一，绿色信贷增长迅速')?.heading).toBe(1)
    expect(blocks.filter(b => b.cells).map(b => b.text)).toEqual(['年份 | 绿色贷款余额', '2020年 | 11.95', '2021年 | 15.90', '2022年 | 22.03', '2023年 | 30.08'])
  })

  it.each(['cn-green-finance.docx', 'tw-long-term-care.docx'] as const)('the committed %s is what make-docx.ts writes', async name => {
    expect(Buffer.compare(await makeDocx(name), readFileSync(join(IMPORT, name)))).toBe(0)
  })
})

describe('a file that cannot be read gives one E_READ error and writes nothing', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['article.pdf', '%PDF-1.7', /"\.pdf" files are not supported/],
    ['empty.txt', '', /holds no text/],
    ['blank.md', '\n  \n\t\n', /holds no text/],
    ['binary.txt', new Uint8Array([0x68, 0x69, 0x00, 0x01, 0x02]), /binary file/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
    ['fake.docx', '這不是 Word 文件', /not a Word document/],
    ['empty.docx', '', /the file is empty/],
    ['broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]), /not a readable Word document/],
    ['notes.html', '只是文字，沒有標籤', /no HTML tags/],
  ]
  it.each(cases)('%s', async (name, content, message) => {
    const file = join(tmp, name)
    await writeFile(file, content)
    const data = join(tmp, `data-${name}`)
    const error = await importArticle(file, { dataDir: data, id: 'deck' }).catch(e => e)
    expect(error).toBeInstanceOf(DeckError)
    expect(error.code).toBe('E_READ')
    expect(error.message).toMatch(message)
    expect(error.message).toContain(name)
    expect(existsSync(data)).toBe(false)
  })

  it('a missing file', async () => {
    const error = await importArticle(join(tmp, 'missing.txt'), { dataDir: join(tmp, 'data-missing') }).catch(e => e)
    expect([error.code, error.message]).toEqual(['E_READ', expect.stringContaining('file not found')])
  })
})
