/** Slide titles from the text: the lead clause past what only sets the scene, cut between words and never inside a title of a work. */
import { describe, expect, it } from 'vitest'
import { captionTitle, leadTitle, shortTitle } from '../../scripts/import/draft-titles.ts'
import { loadSegmenter, wordBreaks } from '../../scripts/import/segmenter.ts'
import { bulletClauses } from '../../scripts/import/text-units.ts'

const breaks = wordBreaks(loadSegmenter())

describe('titles', () => {
  it.each([
    ['不過，中小企業採用金融科技的比率仍然偏低，部分原因是成本高。', '中小企業採用金融科技的比率仍然偏低'],
    ['截至2024年底，「轉數快」登記數目已超過1,300萬個。', '「轉數快」登記數目已超過1,300萬個'],
    ['更值得警惕的是，一些平台仍有漏洞。', '一些平台仍有漏洞'],
    ['从产品看，机电产品出口占比接近六成。', '机电产品出口占比接近六成'],
    ['首先，人才短缺。大學畢業生較少選擇投身金融科技行業。', '首先，人才短缺'],
    ['海关总署新闻发言人表示：“外贸企业展现出较强的韧性。”', '海关总署新闻发言人表示'],
  ])('%s → %s', (paragraph, title) => {
    expect(leadTitle(paragraph, { breaks })).toBe(title)
  })

  it('a cut falls between words with "…", before a quotation, or inside a title of a work that closes after the "…"', () => {
    expect(shortTitle('部分电商平台的商品详情页模板在乡镇门店系统中仍显示占位符', { breaks })).toBe('部分电商平台的商品详情页模板在乡镇门店系统中…')
    expect(shortTitle('一些线上平台的补贴页面仍显示“{{ coupon.amount }}元”的占位符', { breaks })).toBe('一些线上平台的补贴页面仍显示…')
    expect(shortTitle('国务院印发《推动大规模设备更新和消费品以旧换新行动方案》', { breaks })).toBe('国务院印发《推动大规模设备更新和消费品…》')
    expect(shortTitle('芯片制造、航空航天、生物技术、新能源、新材料等前沿核心技术的硬科技企业是重点', { breaks })).toMatch(/^芯片制造、航空航天、生物技术、新能源、新材料.*…$/)
  })

  it('a chart\'s caption loses its pointer to the table', () => {
    expect(captionTitle('农村网络零售额保持较快增长，见下表：')).toBe('农村网络零售额保持较快增长')
    expect(captionTitle('下表列出近年按機制計算的票價加幅：')).toBe('近年按機制計算的票價加幅')
    expect(captionTitle('分月来看，一季度各月出口同比增速如下：')).toBe('一季度各月出口同比增速')
  })
})

describe('bullets', () => {
  it('keep an enumeration whole and a lead-in with the clause it introduces', () => {
    expect(bulletClauses('4. 建立县域商业运营监测平台，定期发布物流成本、网点存活率等指标，详见网站的相关栏目。')).toEqual(['4. 建立县域商业运营监测平台', '定期发布物流成本、网点存活率等指标，详见网站的相关栏目'])
    expect(bulletClauses('一些企业为了保住订单，不得不以更低的价格接单，按美元计，部分产品的平均单价已从$12.5降至$10.8左右。')).toEqual(['一些企业为了保住订单，不得不以更低的价格接单', '按美元计，部分产品的平均单价已从$12.5降至$10.8左右'])
  })
})
