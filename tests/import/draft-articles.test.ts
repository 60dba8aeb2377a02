/**
 * Five articles the importer was not tuned to, drafted as an analyst would read them: sections at
 * the real headings, short titles that say something, verbatim bullets in the article's order,
 * no page furniture in source.txt, the right authors, and hostile text kept as text.
 */
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCommand } from '../../scripts/cli/check.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import type { Slide } from '../../scripts/load/schema.ts'
import { describeDraftInvariants, importDrafts, slidesOf } from '../helpers/drafts.ts'
import { FIXTURES } from '../helpers/fixtures.ts'
import { captureStderr } from '../helpers/outputs.ts'

const IMPORT = join(FIXTURES, 'import')
const drafts = importDrafts({
  county: join(IMPORT, 'cn-county-commerce.md'),
  care: join(IMPORT, 'tw-long-term-care.docx'),
  trade: join(IMPORT, 'cn-trade-news.html'),
  wechat: join(IMPORT, 'cn-consumption-wechat.html'),
  housing: join(IMPORT, 'hk-public-housing.txt'),
})
const { article, paragraphs, yaml } = drafts

type Of<L extends Slide['layout']> = Extract<Slide, { layout: L }>
const layoutOf = <L extends Slide['layout']>(id: string, layout: L) => slidesOf(article(id)).filter((s): s is Of<L> => s.layout === layout)
const sectionsOf = (id: string) => article(id).sections.map(s => [s.title, s.paragraph])
const sourceOf = (id: string) => paragraphs(id).join('\n')

describeDraftInvariants(drafts, ['county', 'care', 'trade', 'wechat', 'housing'])

describe('every draft as `npm run check --strict` sees it', () => {
  it('has no character without a font (劏房 stays 劏房 in zh-Hans-CN, not 㓥房) and no word of another region in any locale', async () => {
    const paths = projectPaths(join(drafts.data(), 'out'), drafts.data())
    copyFileSync(join(ROOT, 'data', 'glossary.yaml'), paths.glossary)
    const { result, stderr } = await captureStderr(() => checkCommand(['county', 'care', 'trade', 'wechat', 'housing'], { strict: true, quiet: true }, paths))
    expect([result, stderr]).toEqual([0, ''])
  })
})

describe('a mainland Markdown article (Simplified, 第一，第二， headings in bold, a table of figures)', () => {
  it('splits the very long title at its colon, and finds both authors, the editor and the date', () => {
    const { meta } = article('county')
    expect([meta.title, meta.subtitle]).toEqual(['县域商业体系建设三年行动成效评估', '从“最后一公里”物流短板到农村电商高质量发展的路径选择与政策建议'])
    expect(meta.authors).toEqual([
      { name: '周建国', role: '研究员', organisation: '国务院发展研究中心市场经济研究所' },
      { name: '孙丽', role: '副教授', organisation: '中国农业大学经济管理学院' },
    ])
    expect([meta.editor, meta.source.date, meta.source.script, meta.source.region]).toEqual(['刘畅', '2025-03-12', 'Hans', 'CN'])
  })

  it('opens a section at each 第一，第二，第三， line and charts the table under a title without its "见下表"', () => {
    expect(sectionsOf('county')).toEqual([['导言', undefined], ['第一，县域商业网络加快完善', 6], ['第二，物流成本仍是最大短板', 15], ['第三，几点政策建议', 18]])
    expect(layoutOf('county', 'chart').map(s => [s.title, s.chart])).toEqual([['农村网络零售额保持较快增长', expect.objectContaining({ unit: '万亿元', labels: ['2021年', '2022年', '2023年', '2024年'], series: [{ label: '农村网络零售额', values: [2.05, 2.17, 2.49, 2.56] }] })]])
  })

  it('gives each recommendation a slide titled by its lead clause, with enumerations kept whole', () => {
    const slides = article('county').sections[3]!.slides
    expect(slides.map(s => [s.layout, s.title])).toEqual([['bullets', '1. 推动客货邮融合发展'], ['bullets', '2. 加大对农产品产地冷链设施的支持力度'], ['bullets', '3. 培育本土电商人才'], ['bullets', '4. 建立县域商业运营监测平台']])
    // The lead clause is the title, so the bullets go on from there.
    expect(slides[3]!.layout === 'bullets' && slides[3]!.bullets).toEqual(['定期发布物流成本、网点存活率等指标', '详见 https://www.mofcom.gov.cn/ 的相关栏目'])
  })

  it('quotes what the official said, not a template placeholder in quotation marks', () => {
    expect(layoutOf('county', 'quote').map(s => [s.paragraphs, s.quote.text])).toEqual([[[16], '一位县商务局负责人说：“网点建起来了，但件量上不去，网点就养不活，最后还得靠财政补贴撑着。”']])
    const placeholder = slidesOf(article('county')).find(s => s.paragraphs.includes(17))!
    expect([placeholder.layout, placeholder.notes]).toEqual(['bullets', expect.stringContaining('“{{ price }}”这样的占位符，还有商家在页面中嵌入<script>代码')])
  })
})

describe('a Taiwan Word file (Traditional, （一）（二） headings in bold by hand, 「」 quotes, a 作者： line)', () => {
  it('finds the author of the 作者： line and the closing note, the date and Taiwan vocabulary', () => {
    const { meta } = article('care')
    expect(meta.authors).toEqual([{ name: '黃淑芬', role: '教授', organisation: '國立臺灣大學社會工作學系' }])
    expect(meta.source).toMatchObject({ script: 'Hant', region: 'TW', date: '2025-05-02' })
  })

  it('opens a section at each （一）（二）（三） and keeps the recommendations as slides of their own', () => {
    expect(sectionsOf('care')).toEqual([['導言', undefined], ['（一）服務量能快速擴張', 6], ['（二）財源不穩定的隱憂', 14], ['（三）長照3.0的財源選擇', 17]])
    expect(article('care').sections[3]!.slides.map(s => s.title)).toEqual(['學者對財源設計看法分歧', '1. 短期內維持稅收制', '2. 中期研議混合制', '3. 全面數位化長照資料'])
  })

  it('titles a slide past its setting, and keeps the setting in the bullets', () => {
    const slide = slidesOf(article('care')).find(s => s.paragraphs[0] === 7)!
    expect(slide.title).toBe('全國長照服務據點超過一萬處')
    expect(slide.layout === 'bullets' && slide.bullets[0]).toBe('截至2024年底，全國長照服務據點超過一萬處')
  })

  it('quotes the 「」 passage and charts the Word table with its unit', () => {
    expect(layoutOf('care', 'quote').map(s => s.quote.text)).toEqual(['一位地方政府長照科長說：「每年都在等中央撥款，預算一延遲，居服員的薪水就跟著延遲，人就留不住。」'])
    expect(layoutOf('care', 'chart')[0]!.chart).toMatchObject({ unit: '億元', series: [{ values: [160, 380, 590, 829] }] })
  })
})

describe('a news page saved from a site (navigation, share bar, related links, comments, footer)', () => {
  it('keeps none of the page\'s furniture in source.txt', () => {
    const source = sourceOf('trade')
    for (const chrome of ['首页', '下载客户端', '理财节', '分享到', 'QQ空间', '字号', '标签', '声明', '相关阅读', '降准', '网友评论', '用户8823', '发表你的评论', '热榜', '版权所有', 'ICP', 'dataLayer', 'share'])
      expect(source).not.toContain(chrome)
    expect(source).toContain('个别境外网站还被发现植入<script>恶意代码')
  })

  it('takes the title (a question) from the page, the author from its byline, the site, date and editor', () => {
    const { meta } = article('trade')
    expect(meta.title).toBe('一季度外贸数据点评：出口韧性从何而来，下半年还能否延续？')
    // The byline gives no organisation: the site that names the author stands in, with a CHECK.
    expect(meta.authors).toEqual([{ name: '王晓东', role: '作者', organisation: '经观财经网' }])
    expect(yaml('trade')).toContain('CHECK: the publication stands in for the organisation')
    expect([meta.editor, meta.source.publication, meta.source.date, meta.source.region]).toEqual(['李娜', '经观财经网', '2025-04-15', 'CN'])
    expect(yaml('trade')).not.toContain('no title line')
  })

  it('makes sections of the bold 一、二、三、 lines, charts the table and quotes the spokesman', () => {
    expect(sectionsOf('trade')).toEqual([['导言', undefined], ['一、出口结构持续优化', 4], ['二、价格因素不容忽视', 11], ['三、下半年展望', 15]])
    expect(layoutOf('trade', 'chart').map(s => [s.title, s.chart])).toEqual([['一季度各月出口同比增速', expect.objectContaining({ unit: '%', labels: ['1月', '2月', '3月'], series: [{ label: '出口同比增速', values: [5.2, -3, 12.4] }] })]])
    expect(layoutOf('trade', 'quote').map(s => [s.title, s.quote.text])).toEqual([['海关总署新闻发言人表示', expect.stringContaining('表示：“外贸企业展现出较强的韧性和活力')]])
  })

  it('keeps a lead-in with the clause it introduces (按美元计，部分产品…)', () => {
    const slide = slidesOf(article('trade')).find(s => s.paragraphs[0] === 12)!
    expect(slide.layout === 'bullets' && slide.bullets).toContain('按美元计，部分产品的平均单价已从$12.5降至$10.8左右')
  })
})

describe('a saved WeChat article', () => {
  it('keeps the article and drops the follow prompts, END, the recommended links, the toolbar and the comments', () => {
    const source = sourceOf('wechat')
    for (const chrome of ['点击上方蓝字', '关注我们', 'END', '往期推荐', '一文读懂', '组合拳', '在看', '阅读原文', '10万+', '精选留言', '老王', '写留言', '扫一扫', 'mmbiz', 'biz'])
      expect(source).not.toContain(chrome)
    expect(source).toContain('编辑：刘洋 | 审核：陈静')
  })

  it('finds the author, the account, the date and the editor in WeChat\'s own markup, the role in the closing note', () => {
    const { meta } = article('wechat')
    expect(meta.authors).toEqual([{ name: '张敏', role: '宏观分析师', organisation: '某券商研究所' }])
    expect([meta.editor, meta.source.publication, meta.source.date]).toEqual(['刘洋', '财经观察室', '2025-02-20'])
  })

  it('makes sections of the 01 02 03 headings and a chart of the label：number lines', () => {
    expect(sectionsOf('wechat')).toEqual([['导言', undefined], ['01 补贴带动效果明显', 4], ['02 透支效应开始显现', 11], ['03 下一步怎么走', 14]])
    expect(layoutOf('wechat', 'chart').map(s => [s.title, s.chart])).toEqual([['各类家电的销售额同比增幅', expect.objectContaining({ unit: '%', labels: ['空调', '冰箱', '洗衣机', '电视'] })]])
  })

  it('quotes the shop manager, and leaves slogans in quotation marks (“普惠式补贴”) to bullets', () => {
    expect(layoutOf('wechat', 'quote').map(s => s.paragraphs)).toEqual([[5]])
    expect(slidesOf(article('wechat')).find(s => s.paragraphs[0] === 15)?.layout).toBe('bullets')
  })
})

describe('a Hong Kong plain text with no headings, a very long title and one very long paragraph', () => {
  it('splits the long title at its first comma, and keeps the role and organisation of an unnamed author', () => {
    const { meta } = article('housing')
    expect(meta.title).toBe('公營房屋輪候時間持續高企')
    expect(meta.subtitle).toMatch(/^政府應考慮以簡約公屋、過渡性房屋與私人市場租金津貼三管齊下/)
    expect(meta.authors).toEqual([{ name: '（原文未署名）', role: '副教授', organisation: '香港中文大學地理與資源管理學系' }])
    expect(yaml('housing')).toContain('CHECK: the article does not name its author')
  })

  it('shows the very long paragraph over several slides of whole sentences, the quoted passage among them', () => {
    const parts = slidesOf(article('housing')).filter(s => s.paragraphs.length === 1 && s.paragraphs[0] === 3)
    expect(parts.length).toBeGreaterThanOrEqual(4)
    expect(parts.map(s => s.notes).join('')).toBe(paragraphs('housing')[2])
    // The quotation ends its sentence: the quote stops at 」, not at the next full stop.
    expect(parts.filter(s => s.layout === 'quote').map(s => s.layout === 'quote' && s.quote.text)).toEqual(['有關注團體形容：「過渡性房屋就像一張止痛貼，痛還在，只是暫時感覺不到。」'])
  })

  it('is Hong Kong by its own words (公屋, 房署, HK$, 劏房), though it has no language tag', () => {
    expect(article('housing').meta.source).toMatchObject({ script: 'Hant', region: 'HK' })
    expect(yaml('housing')).toMatch(/# inferred: Hong Kong words: 公屋×4 房署×4 HK\$×3/)
  })

  it('reports no typo in 長者一人申請者 (一人 counts people; it is no dash)', () => {
    expect(drafts.result('housing').draft.typos).toEqual([])
  })
})
