/**
 * The article's front and back matter: title, subtitle, authors with role and organisation, the
 * editor, the date and the publication, and which paragraphs they stand in (those are not body
 * text). Pure: paragraphs in, inferred fields with their evidence out.
 */
import type { SourceBlock, SourceHints } from './source-blocks.ts'
import { displayWidth } from './text-units.ts'

export interface InferredAuthor {
  name: string
  role?: string
  organisation?: string
}

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
/** A bio in brackets: （作者系…）, (潘宏勝為…研究員。責任編輯/周茗一). */
const BIO = /^[（(](.+)[）)]$/
const IS = /(?:为|為|系|是|现任|現任|现为|現為)/
const ROLE = /((?:高级|高級|资深|資深|特约|特約|执行|執行|首席|副|助理|客座|兼职|兼職|常务|常務)*(?:经济学家|經濟學家|分析师|分析師|研究员|研究員|教授|讲师|講師|院长|院長|所长|所長|主任|理事长|理事長|董事长|董事長|总经理|總經理|总监|總監|总裁|總裁|记者|記者|主编|主編|编辑|編輯|博士后|博士後|博士生|博士|研究生|学者|學者|顾问|顧問|主席|合伙人|合夥人|律师|律師|评论员|評論員|专栏作家|專欄作家|作家|创始人|創始人|创办人|創辦人|局长|局長|部长|部長|司长|司長|行长|行長|书记|書記|会长|會長|秘书长|秘書長|校长|校長|系主任|研究助理))$/

/** Sentence-final punctuation: a line ending without it may be a title or a heading. */
export const SENTENCE_FINAL = /[。！？!?；;…」』”’)）]$/

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
  if (!meta.title && isTitleLine(blocks[0])) {
    meta.title = { text: text(1), paragraph: 1, why: 'the first line (paragraph 1): short, no sentence-final punctuation' }
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

export function isTitleLine(block: SourceBlock | undefined): boolean {
  if (!block || block.cells) return false
  const width = displayWidth(block.text)
  return width <= 64 && !SENTENCE_FINAL.test(block.text) && !/[：:]$/.test(block.text)
}

/** Reads one short line for bylines, editor, date and source; marks it as matter when it is one. */
function readMatterLine(line: string, n: number, meta: DraftMeta): void {
  const author = AUTHOR_LABEL.exec(line)
  const bio = BIO.exec(line)
  let found = false
  if (author) {
    addAuthors(parseAuthorList(author[1]!), meta, n, `the byline "${line}" (paragraph ${n})`)
    found = true
  }
  else if (bio && IS.test(bio[1]!)) {
    const parsed = parseBio(bio[1]!)
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
    if (known.length === 0 && author.name) meta.authors.list.push(author)
  }
  meta.authors.paragraphs.push(n)
  meta.authors.why = meta.authors.why ? `${meta.authors.why}; ${why}` : why
}

/** `潘宏勝、邵宇`, `王小明（台灣大學經濟系教授）`. */
function parseAuthorList(text: string): InferredAuthor[] {
  return text.split(/[、，,;；]|\s+(?:和|及|与|與)\s+|(?<=\p{Script=Han}{2})[和及与與](?=\p{Script=Han})/u).map(part => part.trim()).filter(Boolean).map(part => {
    const bracket = /^(.+?)\s*[（(](.+)[）)]$/.exec(part)
    if (!bracket) return { name: part.replace(/\s+/g, ' ') }
    const position = splitPosition(bracket[2]!.replace(IS, ''))
    return { name: bracket[1]!.trim(), ...position }
  })
}

/** `潘宏勝為中證金融研究院首席經濟學家,邵宇為中證金融研究院研究員。責任編輯/周茗一`, `作者系…教授`. */
function parseBio(text: string): InferredAuthor[] {
  const out: InferredAuthor[] = []
  for (const part of text.split(/[，,；;。]/)) {
    const m = new RegExp(`^(?:作者)?(.{0,8}?)${IS.source}(.+)$`).exec(part.trim())
    if (!m || EDITOR.test(part)) continue
    const position = splitPosition(m[2]!.trim())
    // 該院研究助理: the organisation named just before.
    if (/^(?:该院|該院|同院|该所|該所|该校|該校)$/.test(position.organisation ?? '')) position.organisation = out[out.length - 1]?.organisation
    out.push({ name: m[1]!.trim(), ...position })
  }
  return out
}

/** `中證金融研究院首席經濟學家` → organisation 中證金融研究院, role 首席經濟學家. */
function splitPosition(position: string): { role?: string; organisation?: string } {
  const role = ROLE.exec(position)
  if (!role) return { organisation: position || undefined }
  const organisation = position.slice(0, role.index).replace(/的$/, '').trim()
  return { role: role[1], organisation: organisation || undefined }
}
