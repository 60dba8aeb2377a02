/**
 * The builder's own words on slides and in handouts, written for each locale directly
 * (they do not go through OpenCC, so each reads as written for its region).
 */
import type { Locale } from '../core/locales.ts'

export interface UiStrings {
  /** Name of the locale as its readers say it. */
  localeName: string
  /** Footer citation: paragraphs of the source. */
  sourceParagraphs: (range: string) => string
  /** Joins paragraph ranges: 4–5、7 */
  listSeparator: string
  continued: string
  part: (n: number) => string
  /** A divider's place in the deck: 第 4 部分，共 6 部分 */
  partOf: (n: number, total: number) => string
  /** Title of the summary slide (bottom line up front). */
  summary: string
  /** Title of the agenda slide. */
  agenda: string
  /** A slide's time budget in the presenter notes: its time, the clock at its end, the talk's length. */
  budget: (slide: string, elapsed: string, total: string) => string
  authors: string
  editor: string
  source: string
  sourceNote: string
  errata: string
  erratum: (original: string, corrected: string, paragraph: number) => string
  generatedBy: string
  slide: (n: number) => string
  notes: string
  page: (n: number, total: number) => string
  chartData: string
  contents: string
  /** Words of the printed handout (cover, running header, appendix). */
  handout: HandoutStrings
}

/** The handout's own words; data strings are passed in, never concatenated by the caller. */
export interface HandoutStrings {
  /** Document kind: cover label, running header, PDF title suffix. */
  title: string
  /** Cover line naming the layout. */
  layout: { notes: string; '3up': string }
  prepared: string
  language: string
  slideCount: (n: number) => string
  /** Shown under a slide that has no speaker notes. */
  noNotes: string
  /** Under a section divider: the slides it holds. */
  inSection: string
  /** Cover fact: the talk's length, and the pace its time plan assumes. */
  duration: string
  durationValue: (minutes: number, pace: number) => string
  appendix: string
  sources: string
  original: string
  slideSources: string
  columns: { slide: string; title: string; paragraphs: string }
  table: (n: number) => string
  /** Under a chart's notes: where its data table is. */
  chartRef: (table: string) => string
  /** Citation of the article: authors and title in the locale's title marks. */
  cite: (authors: string, title: string) => string
}

const zhHant = (localeName: string): UiStrings => ({
  localeName,
  sourceParagraphs: range => `原文第 ${range} 段`,
  listSeparator: '、',
  continued: '（續）',
  part: n => `第 ${n} 部分`,
  partOf: (n, total) => `第 ${n} 部分，共 ${total} 部分`,
  summary: '要點',
  agenda: '議程',
  budget: (slide, elapsed, total) => `時間：本頁約 ${slide} · 累計 ${elapsed}／${total}`,
  authors: '作者',
  editor: '責任編輯',
  source: '出處',
  sourceNote: '本簡報依原文整理；段落編號指原文的非空行。',
  errata: '勘誤',
  erratum: (original, corrected, paragraph) => `第 ${paragraph} 段：「${original}」更正為「${corrected}」`,
  generatedBy: '由 Deckwright 產生',
  slide: n => `投影片 ${n}`,
  notes: '講者備註',
  page: (n, total) => `第 ${n} 頁，共 ${total} 頁`,
  chartData: '圖表數據',
  contents: '目錄',
  handout: {
    title: '講義',
    layout: { 'notes': '附講者備註', '3up': '每頁三張投影片，附筆記欄' },
    prepared: '編製日期',
    language: '語言版本',
    slideCount: n => `共 ${n} 張投影片`,
    noNotes: '本頁無講者備註。',
    inSection: '本部分包括',
    duration: '時長',
    durationValue: (minutes, pace) => `${minutes} 分鐘（各頁時間按講者備註每分鐘約 ${pace} 字分配）`,
    appendix: '附錄',
    sources: '資料來源',
    original: '原文',
    slideSources: '各頁出處',
    columns: { slide: '投影片', title: '標題', paragraphs: '原文段落' },
    table: n => `表 ${n}`,
    chartRef: table => `本頁圖表的數值見附錄${table}。`,
    cite: (authors, title) => `${authors}〈${title}〉`,
  },
})

export const UI_STRINGS: Record<Locale, UiStrings> = {
  'zh-Hans-CN': {
    localeName: '简体中文（中国大陆）',
    sourceParagraphs: range => `原文第 ${range} 段`,
    listSeparator: '、',
    continued: '（续）',
    part: n => `第 ${n} 部分`,
    partOf: (n, total) => `第 ${n} 部分，共 ${total} 部分`,
    summary: '要点',
    agenda: '议程',
    budget: (slide, elapsed, total) => `时间：本页约 ${slide} · 累计 ${elapsed}／${total}`,
    authors: '作者',
    editor: '责任编辑',
    source: '出处',
    sourceNote: '本演示文稿依原文整理；段落编号指原文的非空行。',
    errata: '勘误',
    erratum: (original, corrected, paragraph) => `第 ${paragraph} 段：“${original}”更正为“${corrected}”`,
    generatedBy: '由 Deckwright 生成',
    slide: n => `幻灯片 ${n}`,
    notes: '演讲者备注',
    page: (n, total) => `第 ${n} 页，共 ${total} 页`,
    chartData: '图表数据',
    contents: '目录',
    handout: {
      title: '讲义',
      layout: { 'notes': '附演讲者备注', '3up': '每页三张幻灯片，附笔记栏' },
      prepared: '编制日期',
      language: '语言版本',
      slideCount: n => `共 ${n} 张幻灯片`,
      noNotes: '本页无演讲者备注。',
      inSection: '本部分包括',
      duration: '时长',
      durationValue: (minutes, pace) => `${minutes} 分钟（各页时间按演讲者备注每分钟约 ${pace} 字分配）`,
      appendix: '附录',
      sources: '资料来源',
      original: '原文',
      slideSources: '各页出处',
      columns: { slide: '幻灯片', title: '标题', paragraphs: '原文段落' },
      table: n => `表 ${n}`,
      chartRef: table => `本页图表的数值见附录${table}。`,
      cite: (authors, title) => `${authors}《${title}》`,
    },
  },
  'zh-Hant-TW': { ...zhHant('繁體中文（台灣）'), chartData: '圖表資料', agenda: '簡報大綱' },
  'zh-Hant-HK': {
    ...zhHant('繁體中文（香港）'),
    sourceNote: '本簡報依原文整理；段落編號指原文的非空行。',
    slide: n => `簡報第 ${n} 張`,
    handout: {
      ...zhHant('').handout,
      layout: { 'notes': '附講者備註', '3up': '每頁三張簡報，附筆記欄' },
      slideCount: n => `共 ${n} 張簡報`,
      columns: { slide: '簡報', title: '標題', paragraphs: '原文段落' },
    },
  },
}

/** [4, 5, 7] → "4–5、7": consecutive paragraphs read as a range. */
export function formatParagraphs(paragraphs: readonly number[], separator: string): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!
    let end = start
    while (sorted[i + 1] === end + 1) end = sorted[++i]!
    parts.push(end === start ? String(start) : `${start}–${end}`)
  }
  return parts.join(separator)
}
