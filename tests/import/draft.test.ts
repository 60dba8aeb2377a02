/**
 * The drafting stage on the first article and on every fixture: what it infers, what the slides
 * hold, and that the YAML it writes passes the builder's own check.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { checkCommand } from '../../scripts/cli/check.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { importArticle, slugOf } from '../../scripts/import/import-deck.ts'
import type { Slide } from '../../scripts/load/schema.ts'
import { splitParagraphs } from '../../scripts/load/source-text.ts'
import { describeDraftInvariants, importDrafts, slidesOf } from '../helpers/drafts.ts'
import { FIRST_ARTICLE, FIXTURES } from '../helpers/fixtures.ts'
import { captureStderr } from '../helpers/outputs.ts'

const IMPORT = join(FIXTURES, 'import')
const drafts = importDrafts({
  first: FIRST_ARTICLE,
  tw: join(IMPORT, 'tw-server-industry.txt'),
  md: join(IMPORT, 'cn-digital-economy.md'),
  html: join(IMPORT, 'hk-transport.html'),
  docx: join(IMPORT, 'cn-green-finance.docx'),
  hk: join(IMPORT, 'hk-fintech.txt'),
})
const deck = drafts.result
const yamlOf = drafts.yaml
const articleOf = drafts.article
const paragraphsOf = drafts.paragraphs

describe('the first article', () => {
  it('source.txt holds the article\'s paragraphs exactly', () => {
    expect(paragraphsOf('first')).toEqual(splitParagraphs(readFileSync(FIRST_ARTICLE, 'utf8')))
  })

  it('has sections at the headings, paragraphs 3, 6, 9, 12 and 15, after an introduction', () => {
    const article = articleOf('first')
    expect(article.sections.map(s => s.paragraph)).toEqual([undefined, 3, 6, 9, 12, 15])
    expect(article.sections[1]!.title).toBe('以DeepSeek為代表的軟創新與半導體等硬科技都很重要,兩者需要也能夠“魚和熊掌兼得”')
  })

  it('finds both authors with role and organisation, and the editor, in the closing line', () => {
    const { meta } = articleOf('first')
    expect(meta.authors).toEqual([
      { name: '潘宏勝', role: '首席經濟學家', organisation: '中證金融研究院' },
      { name: '邵宇', role: '研究員', organisation: '中證金融研究院' },
    ])
    expect(meta.editor).toBe('周茗一')
  })

  it('is Traditional script in mainland vocabulary, and the comments say what decided it', () => {
    const { meta } = articleOf('first')
    expect(meta.source).toMatchObject({ script: 'Hant', region: 'CN', language: 'zh' })
    const yaml = yamlOf('first')
    expect(yaml).toMatch(/# inferred: \d+ characters only Traditional writing uses/)
    expect(yaml).toMatch(/# inferred: mainland and Hong Kong words: [^\n]*芯片×3[^\n]*a Traditional text in mainland vocabulary/)
  })

  it('covers every body paragraph, and the recommendations get one slide each', () => {
    expect(deck('first').draft.coverage.covered).toEqual(deck('first').draft.coverage.body)
    expect(deck('first').draft.coverage.body).toEqual([1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 18, 19, 20, 21])
    const recommendations = articleOf('first').sections[5]!.slides
    for (const n of [17, 18, 19, 20, 21]) expect(recommendations.filter(s => s.paragraphs.length === 1 && s.paragraphs[0] === n)).toHaveLength(1)
    expect(deck('first').draft.report.join('\n')).toContain('coverage    16/16 body paragraphs (100%)')
  })

  it('reports the suspected typos beside their slides and in the report, and fixes none', () => {
    const typos = deck('first').draft.typos.map(t => [t.paragraph, t.original])
    expect(typos).toEqual([[1, 'Al基'], [5, '技術一場景'], [7, '天型'], [8, '巔覆'], [8, '天型'], [8, '天象'], [11, '財政一銀行一投資基金一資本市場']])
    expect(typos.some(([, original]) => String(original).includes('天使'))).toBe(false)
    const yaml = yamlOf('first')
    expect(yaml).toMatch(/# suspected typo in paragraph 8: "天象" → "大象"\?[^\n]*\n\s+- layout:/)
    expect(articleOf('first').errata).toEqual([])
    expect(paragraphsOf('first')[7]).toContain('天象與羚羊共舞')
    expect(deck('first').draft.report.join('\n')).toMatch(/¶1 "Al[^"]*" → "AI/)
  })
})

describeDraftInvariants(drafts, ['first', 'tw', 'md', 'html', 'docx', 'hk'])

describe('every draft as `npm run check --strict` sees it', () => {
  it('has no character without a font and no word of another region in any locale', async () => {
    const paths = projectPaths(join(drafts.data(), 'out'), drafts.data())
    copyFileSync(join(ROOT, 'data', 'glossary.yaml'), paths.glossary)
    const { result, stderr } = await captureStderr(() => checkCommand(['first', 'tw', 'md', 'html', 'docx', 'hk'], { strict: true, quiet: true }, paths))
    expect([result, stderr]).toEqual([0, ''])
  })
})

describe('the fixtures', () => {
  it('Taiwan plain text: title and byline lines, date, Taiwan vocabulary, headings of two levels, the figures as a bar chart with their unit', () => {
    const article = articleOf('tw')
    expect(article.meta).toMatchObject({ title: 'AI 伺服器熱潮下，台灣軟體與資料服務業的下一步', authors: [{ name: '林雅婷', role: '副教授', organisation: '國立清華大學科技管理研究所' }], editor: '王志明' })
    expect(article.meta.source).toMatchObject({ script: 'Hant', region: 'TW', date: '2024-06-18' })
    expect(yamlOf('tw')).toMatch(/# inferred: Taiwan words: 軟體×7[^\n]*Taiwan and Hong Kong words: 伺服器×8/)
    expect(article.sections.map(s => s.title)).toEqual(['導言', '一、伺服器出口創新高', '二、軟體與資料服務的落差', '三、政策建議'])
    const chart = slidesOf(article).find((s): s is Extract<Slide, { layout: 'chart' }> => s.layout === 'chart')!
    expect(chart.title).toBe('（二）歷年出口額')
    expect(chart.chart).toMatchObject({ type: 'bar', unit: '億元', labels: ['2020年', '2021年', '2022年', '2023年', '2024年'], series: [{ values: [1150, 1380, 1620, 2310, 4200] }] })
    const quote = slidesOf(article).find(s => s.layout === 'quote')!
    expect(quote.layout === 'quote' && quote.quote.text).toContain('「我們不缺工程師，缺的是懂產業、又懂資料的人。」')
  })

  it('Markdown: a very long title is split into title and subtitle, the table is a chart with the unit from its header, the list items one slide each', () => {
    const article = articleOf('md')
    expect(article.meta.title).toBe('数字经济新阶段')
    expect(article.meta.subtitle).toMatch(/^数据要素市场化配置改革的进展/)
    expect(article.meta.source).toMatchObject({ script: 'Hans', region: 'CN' })
    expect(article.meta.authors.map(a => [a.name, a.role])).toEqual([['张晓明', '研究员'], ['李红', '研究员']])
    const chart = slidesOf(article).find(s => s.layout === 'chart')
    expect(chart?.layout === 'chart' && chart.chart).toMatchObject({ unit: '亿元', labels: ['2020年', '2021年', '2022年', '2023年'], series: [{ label: '交易规模', values: [200, 500, 900, 1500] }] })
    const recommendations = article.sections[3]!.slides
    expect(recommendations.map(s => s.title.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.'])
  })

  it('web page: Hong Kong from the page\'s language, the page title without the site name, the table as a chart', () => {
    const article = articleOf('html')
    expect(article.meta.title).toBe('港鐵票價調整機制的檢討')
    expect(article.meta.source).toMatchObject({ script: 'Hant', region: 'HK', date: '2024-03-08', publication: '城市評論網' })
    expect(article.meta.authors).toEqual([{ name: '陳家樂', role: '講師', organisation: '香港城市大學公共政策學系' }])
    const chart = slidesOf(article).find(s => s.layout === 'chart')
    expect(chart?.layout === 'chart' && chart.chart).toMatchObject({ unit: '%', series: [{ values: [2.7, 0, 2.35, 3.24] }] })
    expect(chart?.title).toBe('近年按機制計算的票價加幅')
  })

  it('Word: heading styles make the sections, the table is a chart with the unit from the sentence before it, the closing line gives both authors', () => {
    const article = articleOf('docx')
    expect(article.sections.map(s => s.title)).toEqual(['导言', '第一，绿色信贷增长迅速', '第二，中小企业融资难题仍然突出', '第三，几点建议'])
    expect(article.meta.authors).toEqual([
      { name: '王磊', role: '副研究员', organisation: '中央财经大学绿色金融国际研究院' },
      { name: '刘洋', role: '研究助理', organisation: '中央财经大学绿色金融国际研究院' },
    ])
    const chart = slidesOf(article).find(s => s.layout === 'chart')
    expect(chart?.layout === 'chart' && chart.chart).toMatchObject({ unit: '万亿元', series: [{ label: '绿色贷款余额', values: [11.95, 15.9, 22.03, 30.08] }] })
  })

  it('hostile text stays text: the YAML reads back to the source\'s own characters', () => {
    const article = articleOf('tw')
    const notes = slidesOf(article).map(s => s.notes).join('\n')
    expect(notes).toContain('{{ config.token }} 與 <script>alert("x")</script>')
    expect(notes).toContain('🚀')
    expect(parseDocument(yamlOf('tw')).errors).toEqual([])
  })
})

describe('a Hong Kong article in Traditional script (the lead\'s trial)', () => {
  it('makes every 一、二、三、 heading a section: the 首先/其次 list under 二、 ends at 三、', () => {
    const article = articleOf('hk')
    expect(article.sections.map(s => [s.title, s.paragraph])).toEqual([['導言', undefined], ['一、現況', 6], ['二、挑戰', 9], ['三、建議', 12]])
    expect(article.sections[2]!.slides.map(s => [s.layout, s.title, s.paragraphs])).toEqual([
      ['bullets', '首先，人才短缺', [10]],
      ['bullets', '其次，監管框架需要與時並進', [11]],
    ])
  })

  it('gives each numbered recommendation a bullet slide: its lead clause as the title, its clauses as bullets', () => {
    const slides = articleOf('hk').sections[3]!.slides
    expect(slides.map(s => [s.layout, s.title, s.paragraphs, 'bullets' in s ? s.bullets : undefined])).toEqual([
      ['bullets', '1. 設立專項基金', [13], ['1. 設立專項基金', '資助中小企業升級系統']],
      ['bullets', '2. 推出人才簽證計劃', [14], ['2. 推出人才簽證計劃', '吸引海外專才']],
      ['bullets', '3. 與大灣區城市合作', [15], ['3. 與大灣區城市合作', '擴大跨境理財通的規模']],
    ])
    // Nothing in it is a quoted passage (「轉數快」 is a name), so no slide is a quote.
    expect(slidesOf(articleOf('hk')).filter(s => s.layout === 'quote')).toEqual([])
  })

  it('names each heading\'s own marker in its comment', () => {
    const yaml = yamlOf('hk')
    expect(yaml).toContain('# heading: paragraph 6 ("一、", numbered 一、二、三、)')
    expect(yaml).toContain('# heading: paragraph 9 ("二、", numbered 一、二、三、)')
    expect(yaml).toContain('# heading: paragraph 12 ("三、", numbered 一、二、三、)')
  })

  it('is Hong Kong: its own words (轉數快, 金管局, HK$, 私隱) outweigh 人工智能 and 數據, which Hong Kong writes as the mainland does', () => {
    expect(articleOf('hk').meta.source.region).toBe('HK')
    expect(yamlOf('hk')).toMatch(/# inferred: Hong Kong words: 轉數快×2 金管局×1 HK\$×1 私隱×1; mainland and Hong Kong words: [^\n]*人工智能×1/)
  })

  it('keeps the department in the organisation (香港大學經濟學系), and reports no typo in the author\'s name', () => {
    const { meta } = articleOf('hk')
    expect(meta.authors).toEqual([{ name: '陳大文', role: '教授', organisation: '香港大學經濟學系' }])
    expect(meta.editor).toBe('李小明')
    expect(meta.source).toMatchObject({ script: 'Hant', date: '2025-06-18' })
    expect(deck('hk').draft.typos).toEqual([])
  })
})

describe('deck ids and folders', () => {
  it('a slug of the file name by default', () => {
    expect(slugOf('/x/DeepSeek 科創.zh-Hant.txt')).toBe('deepseek-zh-hant')
    expect(slugOf('2024 報告.docx')).toBe('article')
  })

  it('refuses a folder that exists without --force, and replaces it with --force', async () => {
    const error = await importArticle(join(IMPORT, 'tw-server-industry.txt'), { dataDir: drafts.data(), id: 'tw' }).catch(e => e)
    expect([error.code, error.message]).toEqual(['E_IMPORT', expect.stringContaining('--force')])
    await importArticle(join(IMPORT, 'cn-digital-economy.md'), { dataDir: drafts.data(), id: 'tw', force: true })
    expect(articleOf('tw').meta.title).toBe('数字经济新阶段')
    await importArticle(join(IMPORT, 'tw-server-industry.txt'), { dataDir: drafts.data(), id: 'tw', force: true })
  })
})

describe('bullet order', () => {
  const central = importDrafts({ central: join(IMPORT, 'central-first.txt') })

  it('puts the most central clause first, not the article\'s first', () => {
    const [slide] = slidesOf(central.article('central'))
    const bullets = slide && 'bullets' in slide ? slide.bullets ?? [] : []
    // The paragraph is about 耐心資本 and 科技金融; its opening clause says neither.
    expect(bullets.length).toBeGreaterThanOrEqual(4)
    expect(bullets[0]).toMatch(/耐心資本/)
    expect(bullets.indexOf('今天天氣很好')).not.toBe(0)
    expect(bullets.at(-1)).not.toMatch(/耐心資本.*科技金融|科技金融.*耐心資本/)
  })
})
