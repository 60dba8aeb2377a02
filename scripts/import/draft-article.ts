/**
 * The drafting stage: an article's paragraphs in, article data out, with a comment for every
 * inferred field and a report for the terminal. One stage for every reader. Pure, given a segmenter.
 */
import { fail } from '../core/errors.ts'
import type { RegionalWords } from '../localise/regional-words.ts'
import type { Article, Section, Slide } from '../load/schema.ts'
import type { InferredAuthor } from './draft-authors.ts'
import { inferMeta, type DraftMeta } from './draft-meta.ts'
import { inferRegion, inferScript } from './draft-language.ts'
import { draftSlides } from './draft-slides.ts'
import { leadTitle, shortTitle } from './draft-titles.ts'
import { draftStructure, type DraftSection, type Heading } from './draft-structure.ts'
import { findTypos, type SuspectedTypo } from './draft-typos.ts'
import { describeStyle } from './numbering.ts'
import { articleKeywords, keywordsInOriginal } from './rank.ts'
import { wordBreaks, type Segmenter } from './segmenter.ts'
import type { ReadSource } from './source-blocks.ts'
import { displayWidth, shorten, type WordBreaks } from './text-units.ts'

/** A comment for the YAML: before the node at `path`. */
export interface DraftComment {
  path: readonly (string | number)[]
  text: string
}

export interface Draft {
  article: Article
  comments: DraftComment[]
  typos: SuspectedTypo[]
  /** Body paragraphs (not title, byline, editor or headings), and which of them slides cite. */
  coverage: { body: number[]; covered: number[] }
  /** Lines for the terminal: what was inferred and what to check. */
  report: string[]
}

const COVER_TITLE_WIDTH = 48
const SECTION_TITLE_WIDTH = 48

/** What drafting reads words with: jieba and OpenCC, and the project's regional words (data/regional-words.yaml). */
export interface DraftLanguage {
  segmenter: Segmenter
  regionalWords: RegionalWords
}

export function draftArticle(read: ReadSource, { segmenter, regionalWords }: DraftLanguage, origin: string): Draft {
  const paragraphs = read.blocks.map(b => b.text)
  const all = paragraphs.join('\n')
  const script = inferScript(all, segmenter)
  const region = inferRegion(all, script.value, segmenter, regionalWords, read.hints.lang)
  const words = wordsFor(script.value)
  const meta = inferMeta(read.blocks, read.hints)
  const { sections: structure, headings } = draftStructure(read.blocks, meta.matter)
  if (structure.length === 0) fail('E_IMPORT', `${origin} has no body text to make slides from: every line is a title, byline, heading or note`)
  const comments: DraftComment[] = []
  const report: string[] = []
  const breaks = wordBreaks(segmenter)
  const title = titleOf(meta, structure, paragraphs, read.hints.title, words, breaks)
  const source = meta.publication?.text ?? `《${title.text}》`
  const keywords = articleKeywords(paragraphs, segmenter)
  const sections: Section[] = structure.map((section, i) => ({
    id: section.heading ? `section-${i + 1}` : 'introduction',
    title: section.heading ? shortTitle(section.heading.text, { width: SECTION_TITLE_WIDTH, breaks }) : words.introduction,
    ...(section.heading ? { paragraph: section.heading.paragraph } : {}),
    ...(section.heading || structure.length > 1 ? {} : { divider: false }),
    slides: draftSlides(section.units, { paragraphs, keywords, segmenter, script: script.value, source: words.source(source), heading: section.heading?.text, breaks }),
  }))
  const authors = authorsOf(meta, words, meta.publication?.text)
  const typos = findTypos(paragraphs, segmenter, { names: [...meta.authors.list.map(a => a.name), ...(meta.editor ? [meta.editor.name] : [])] })
  const article: Article = {
    meta: {
      title: title.text,
      ...(title.subtitle ? { subtitle: title.subtitle } : {}),
      authors,
      ...(meta.editor ? { editor: meta.editor.name } : {}),
      source: { language: 'zh', script: script.value, region: region.value, publication: source, ...(meta.date ? { date: meta.date.value } : {}) },
      keywords: keywordsInOriginal(paragraphs, segmenter, 6),
    },
    errata: [],
    cover_notes: words.coverNotes(title.text, authors.map(a => a.name)),
    sections,
    closing: { title: words.closing, notes: words.closingNotes(title.text, authors.map(a => a.name)) },
  }
  comments.push({ path: [], text: ` Drafted by "deckwright import" from ${origin}. Every comment says what was inferred and what to check;\n delete a comment once you have checked its field. Bullets are verbatim clauses of their paragraph:\n the most central first (TF-IDF keywords, jieba). Shorten them, pick quotes, add errata.` })
  comments.push({ path: ['meta', 'title'], text: ` inferred: ${title.why}` })
  if (title.subtitle) comments.push({ path: ['meta', 'subtitle'], text: ` inferred: ${title.subtitleWhy}` })
  comments.push({ path: ['meta', 'authors'], text: authorsComment(meta) })
  if (meta.editor) comments.push({ path: ['meta', 'editor'], text: ` inferred from paragraph ${meta.editor.paragraph}` })
  comments.push({ path: ['meta', 'source', 'script'], text: ` inferred: ${script.why}` })
  comments.push({ path: ['meta', 'source', 'region'], text: ` inferred: ${region.why}` })
  comments.push({ path: ['meta', 'source', 'publication'], text: meta.publication ? ` inferred from ${meta.publication.why}` : ' CHECK: no publication named; the article\'s title stands in. Write where it was published' })
  if (meta.date) comments.push({ path: ['meta', 'source', 'date'], text: ` inferred from ${meta.date.why}` })
  comments.push({ path: ['meta', 'keywords'], text: ' inferred: the article\'s top TF-IDF keywords' })
  comments.push({ path: ['errata'], text: ' Suspected typos are listed beside their slides ("suspected typo"); move the real ones here:\n - { paragraph: N, original: …, corrected: … }' })
  structure.forEach((section, s) => sectionComments(section, s, sections[s]!, typos, comments))
  const coverage = coverageOf(paragraphs, new Set([...meta.matter, ...headings]), sections)
  report.push(...reportLines(article, meta, script.why, region.why, structure, coverage, typos))
  return { article, comments, typos, coverage, report }
}

function sectionComments(section: DraftSection, s: number, drafted: Section, typos: readonly SuspectedTypo[], comments: DraftComment[]): void {
  if (section.heading) comments.push({ path: ['sections', s], text: ` heading: paragraph ${section.heading.paragraph} (${headingKind(section.heading)})` })
  drafted.slides.forEach((slide, k) => {
    const lines: string[] = []
    const unit = section.units.find(u => u.paragraphs[0] === slide.paragraphs[0])
    if (unit?.kind === 'text' && unit.item) lines.push(` list item ${unit.item.index} of ${unit.item.count}: one slide each`)
    if (unit?.kind === 'figures') lines.push(` figures: a bar chart of paragraphs ${slide.paragraphs.join(', ')}; unit ${unit.figures.unit ? `from ${unit.figures.unit.why}` : 'CHECK: not given in the text'}`)
    for (const typo of typos.filter(t => slide.paragraphs.includes(t.paragraph)))
      lines.push(` suspected typo in paragraph ${typo.paragraph}: "${typo.original}"${typo.suggestion ? ` → "${typo.suggestion}"?` : ''} (${typo.why})`)
    if (lines.length) comments.push({ path: ['sections', s, 'slides', k], text: lines.join('\n') })
  })
}

/** What made a paragraph a heading, in the comment's words: `"二、", numbered 一、二、三、`. */
function headingKind(heading: Heading): string {
  if (heading.style === 'marked') return `marked as a level-${heading.rank} heading in the file`
  if (heading.style === 'short line') return 'a short line without sentence-final punctuation'
  return `"${heading.marker}", numbered ${describeStyle(heading.style)}`
}

interface Words {
  introduction: string
  closing: string
  anonymous: string
  unknown: string
  writer: string
  source: (publication: string) => string
  coverNotes: (title: string, authors: string[]) => string
  closingNotes: (title: string, authors: string[]) => string
}

/** The few words the draft writes itself, in the source's script. */
function wordsFor(script: 'Hant' | 'Hans'): Words {
  const hant = script === 'Hant'
  return {
    introduction: hant ? '導言' : '导言',
    closing: hant ? '結語與出處' : '结语与出处',
    anonymous: '（原文未署名）',
    unknown: hant ? '（原文未註明）' : '（原文未注明）',
    writer: '作者',
    source: publication => `原文：${publication}`,
    coverNotes: (title, authors) => `今天分享的是${authors.join('、')}的文章《${title}》。`,
    closingNotes: (title, authors) => hant ? `以上是《${title}》的主要內容，作者${authors.join('、')}。謝謝大家。` : `以上是《${title}》的主要内容，作者${authors.join('、')}。谢谢大家。`,
  }
}

/** A named author with no organisation writes for the publication that names them (a site's byline). */
function authorsOf(meta: DraftMeta, words: Words, publication: string | undefined): Article['meta']['authors'] {
  const list: InferredAuthor[] = meta.authors.list.length ? meta.authors.list : [{ name: '' }]
  return list.map(a => ({ name: a.name || words.anonymous, role: a.role ?? words.writer, organisation: a.organisation ?? ((a.name && publication) || words.unknown) }))
}

function authorsComment(meta: DraftMeta): string {
  if (meta.authors.list.length === 0) return ' CHECK: no byline found; write the authors'
  const unnamed = meta.authors.list.some(a => !a.name)
  const placed = meta.publication && meta.authors.list.some(a => a.name && !a.organisation) ? `; CHECK: the publication stands in for the organisation the byline does not give` : ''
  return ` inferred from ${meta.authors.why}: ${unnamed ? 'CHECK: the article does not name its author; write the name' : 'check names, roles and organisations'}${placed}`
}

interface Title {
  text: string
  why: string
  subtitle?: string
  subtitleWhy?: string
}

function titleOf(meta: DraftMeta, structure: DraftSection[], paragraphs: readonly string[], pageTitle: string | undefined, words: Words, breaks: WordBreaks): Title {
  let title: Title
  if (meta.title) title = { text: meta.title.text, why: meta.title.why }
  else if (pageTitle) title = { text: pageTitle, why: 'the page\'s title (metadata)' }
  else {
    const first = structure[0]?.units[0]?.paragraphs[0] ?? 1
    title = { text: leadTitle(paragraphs[first - 1]!, { width: COVER_TITLE_WIDTH, breaks }), why: `CHECK: the source has no title line; this is the lead of paragraph ${first}. Write the article's real title` }
  }
  if (meta.subtitle) title = { ...title, subtitle: meta.subtitle.text, subtitleWhy: `paragraph ${meta.subtitle.paragraph}` }
  if (displayWidth(title.text) > COVER_TITLE_WIDTH) {
    // At its colon or dash, else at its first comma: 公營房屋輪候時間持續高企，政府應考慮…
    const split = /^(.{4,}?)[：:—－|｜]+\s*(.{4,})$/u.exec(title.text) ?? /^(.{6,}?)[，,]\s*(.{4,})$/u.exec(title.text)
    if (split && !title.subtitle && displayWidth(split[1]!) <= COVER_TITLE_WIDTH) return { text: split[1]!.trim(), why: `${title.why}; split at its colon, dash or comma (too long for the cover)`, subtitle: shorten(split[2]!.trim(), 60, breaks), subtitleWhy: 'the rest of the long title' }
    return { ...title, text: shorten(title.text, COVER_TITLE_WIDTH, breaks), why: `${title.why}; shortened to fit the cover, the full title is "${title.text}"` }
  }
  if (title.subtitle && displayWidth(title.subtitle) > 60) title.subtitle = shorten(title.subtitle, 60, breaks)
  return title
}

/** Body paragraphs are all but `notBody` (front and back matter, headings). */
function coverageOf(paragraphs: readonly string[], notBody: ReadonlySet<number>, sections: Section[]): Draft['coverage'] {
  const cited = new Set(sections.flatMap(s => s.slides.flatMap((slide: Slide) => slide.paragraphs)))
  const body = paragraphs.map((_, i) => i + 1).filter(n => !notBody.has(n))
  return { body, covered: body.filter(n => cited.has(n)) }
}

function reportLines(article: Article, meta: DraftMeta, scriptWhy: string, regionWhy: string, structure: DraftSection[], coverage: Draft['coverage'], typos: readonly SuspectedTypo[]): string[] {
  const { meta: m } = article
  const pct = coverage.body.length ? Math.round((100 * coverage.covered.length) / coverage.body.length) : 100
  const slides = article.sections.reduce((n, s) => n + s.slides.length, 0)
  const missing = coverage.body.filter(n => !coverage.covered.includes(n))
  return [
    `title       ${m.title}${meta.title ? '' : '   (no title line: check)'}`,
    `authors     ${m.authors.map(a => `${a.name}（${a.organisation} ${a.role}）`).join('、')}`,
    ...(m.editor ? [`editor      ${m.editor}`] : []),
    ...(m.source.date ? [`date        ${m.source.date}`] : []),
    `script      ${m.source.script}: ${scriptWhy}`,
    `region      ${m.source.region}: ${regionWhy}`,
    `sections    ${structure.map(s => (s.heading ? `¶${s.heading.paragraph}` : 'intro')).join(', ')} (${article.sections.length} sections, ${slides} slides)`,
    `coverage    ${coverage.covered.length}/${coverage.body.length} body paragraphs (${pct}%)${missing.length ? `; not cited: ${missing.join(', ')}` : ''}`,
    ...(typos.length ? [`typos       ${typos.length} suspected (not fixed; see the comments in article.yaml):`, ...typos.map(t => `  ¶${t.paragraph} "${t.original}"${t.suggestion ? ` → "${t.suggestion}"?` : ''}: ${t.why}`)] : ['typos       none suspected']),
  ]
}
