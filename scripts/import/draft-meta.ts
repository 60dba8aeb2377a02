/**
 * The article's front and back matter: title, subtitle, authors with role and organisation, the
 * editor, the date and the publication, and which paragraphs they stand in (those are not body
 * text). Pure: paragraphs in, inferred fields with their evidence out.
 */
import { parseAuthorNote, parseByline, type InferredAuthor } from './draft-authors.ts'
import type { SourceBlock, SourceHints } from './source-blocks.ts'
import { displayWidth } from './text-units.ts'

export interface DraftMeta {
  title?: { text: string; paragraph?: number; why: string }
  subtitle?: { text: string; paragraph: number }
  authors: { list: InferredAuthor[]; paragraphs: number[]; why: string }
  editor?: { name: string; paragraph: number }
  date?: { value: string; why: string }
  publication?: { text: string; why: string }
  /** 1-based paragraphs that are front or back matter, not body text. */
  matter: Set<number>
}

const SEP = '\\s*[:：／/|｜丨]\\s*'
const TITLE_LABEL = new RegExp(`^(?:标题|標題|题目|題目|题|題)${SEP}(.+)$`)
const SUBTITLE_LABEL = new RegExp(`^(?:副标题|副標題)${SEP}(.+)$`)
const AUTHOR_LABEL = new RegExp(`^(?:作者|撰文|文|撰稿)${SEP}(.+)$`)
const EDITOR = new RegExp(`(?:責任編輯|责任编辑|責編|责编|編輯|编辑)${SEP}([\\p{Script=Han}·．.A-Za-z ]{2,12}?)(?=$|[）)。，,；;\\s])`, 'u')
const SOURCE_LABEL = new RegExp(`^(?:来源|來源|出处|出處|原载|原載|刊于|刊於)${SEP}(.+)$`)
const DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})(?:\s*[月\-/.]\s*(\d{1,2})\s*日?)?/
const DATE_LABEL = /^(?:日期|时间|時間|发布时间|發布時間|發佈時間|发表于|發表於)\s*[:：]?/
/** An author note in brackets: （作者系…）, (潘宏勝為…研究員。責任編輯/周茗一); or a line of its own: 作者系…。 */
const AUTHOR_NOTE = /^[（(](.+)[）)]$|^((?:本文)?作者(?:现任|現任|现为|現為|为|為|系|是).+)$/

/** The widest first line taken for a title (a long title is split or shortened for the cover). */
const MAX_TITLE_LINE = 100

export function inferMeta(blocks: readonly SourceBlock[], hints: SourceHints): DraftMeta {
  const matter = new Set<number>()
  const text = (n: number) => blocks[n - 1]?.text ?? ''
  const meta: DraftMeta = { authors: { list: [], paragraphs: [], why: '' }, matter }
  const front = Math.min(blocks.length, 6)
  for (let n = 1; n <= front; n++) {
    const line = text(n)
    const label = TITLE_LABEL.exec(line)
    if (label && !meta.title) {
      meta.title = { text: label[1]!, paragraph: n, why: `the "${line.slice(0, line.indexOf(label[1]!))}" line (paragraph ${n})` }
      matter.add(n)
    }
  }
  if (!meta.title && blocks[0]?.heading === 1 && blocks[0].text === hints.title) {
    meta.title = { text: text(1), paragraph: 1, why: 'the page\'s title (paragraph 1)' }
    matter.add(1)
  }
  if (!meta.title && isTitleLine(blocks[0])) {
    meta.title = { text: text(1), paragraph: 1, why: 'the first line (paragraph 1): one line without a full stop' }
    matter.add(1)
  }
  const afterTitle = (meta.title?.paragraph ?? 0) + 1
  const sub = SUBTITLE_LABEL.exec(text(afterTitle)) ?? /^(?:——|—|－－|--)\s*(.+)$/.exec(text(afterTitle))
  if (meta.title && sub) {
    meta.subtitle = { text: sub[1]!, paragraph: afterTitle }
    matter.add(afterTitle)
  }
  // Bylines, editors, dates and sources stand near the top or at the very end.
  const candidates = [...range(1, front), ...range(Math.max(front + 1, blocks.length - 2), blocks.length)]
  for (const n of candidates) {
    if (matter.has(n) && n !== meta.title?.paragraph) continue
    // The page's byline, which the reader put near the top: 王曉東, 文／王曉東.
    if (hints.byline && text(n) === hints.byline && !AUTHOR_LABEL.test(text(n))) {
      addAuthors(parseByline(hints.byline), meta, n, `the page's byline "${hints.byline}" (paragraph ${n})`)
      matter.add(n)
      continue
    }
    readMatterLine(text(n), n, meta)
  }
  if (!meta.date && hints.published) {
    const m = DATE.exec(hints.published)
    if (m) meta.date = { value: isoDate(m), why: 'the page\'s publication date (metadata)' }
  }
  if (!meta.publication && hints.site) meta.publication = { text: hints.site, why: 'the page\'s site name (metadata)' }
  return meta
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

/**
 * A first line that is a title: one line without a full stop or a semicolon, not ending as a
 * clause does (，、：…). A title may ask a question (出口韌性從何而來？) or be long.
 */
export function isTitleLine(block: SourceBlock | undefined): boolean {
  if (!block || block.cells) return false
  return displayWidth(block.text) <= MAX_TITLE_LINE && !/[。；;]/.test(block.text) && !/[，,、：:…]$/.test(block.text)
}

/** Reads one short line for bylines, editor, date and source; marks it as matter when it is one. */
function readMatterLine(line: string, n: number, meta: DraftMeta): void {
  const author = AUTHOR_LABEL.exec(line)
  const note = AUTHOR_NOTE.exec(line)
  let found = false
  if (author) {
    addAuthors(parseByline(author[1]!), meta, n, `the byline "${line}" (paragraph ${n})`)
    found = true
  }
  else if (note) {
    const parsed = parseAuthorNote(note[1] ?? note[2]!)
    if (parsed.length > 0) {
      addAuthors(parsed, meta, n, `the author note "${line.length > 40 ? `${line.slice(0, 40)}…` : line}" (paragraph ${n})`)
      found = true
    }
  }
  const editor = EDITOR.exec(line)
  if (editor && !meta.editor) {
    meta.editor = { name: editor[1]!.trim(), paragraph: n }
    found = true
  }
  const source = SOURCE_LABEL.exec(line)
  if (source && !meta.publication) {
    meta.publication = { text: source[1]!, why: `the "${line}" line (paragraph ${n})` }
    found = true
  }
  const date = DATE.exec(line)
  if (date && !meta.date && (DATE_LABEL.test(line) || found || displayWidth(line) <= 24)) {
    meta.date = { value: isoDate(date), why: `"${date[0]}" in paragraph ${n}` }
    found = true
  }
  if (found) meta.matter.add(n)
}

function isoDate(m: RegExpExecArray): string {
  const pad = (s: string) => s.padStart(2, '0')
  return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-')
}

function addAuthors(list: InferredAuthor[], meta: DraftMeta, n: number, why: string): void {
  for (const author of list) {
    // A note without a name (（作者系…）) describes every author the byline named.
    const known = meta.authors.list.filter(a => a.name === author.name || author.name === '')
    for (const a of known) {
      a.role ??= author.role
      a.organisation ??= author.organisation
    }
    // A note naming no one, with no byline before it, still tells the role and organisation.
    if (known.length === 0 && (author.name || meta.authors.list.length === 0)) meta.authors.list.push(author)
  }
  meta.authors.paragraphs.push(n)
  meta.authors.why = meta.authors.why ? `${meta.authors.why}; ${why}` : why
}
