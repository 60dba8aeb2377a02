/**
 * Authors from the lines articles name them in: bylines (`文／陳大文（香港大學經濟學系教授）`,
 * `作者：王小明，台灣大學經濟系副教授`, `文｜李四 清華大學五道口金融學院院長`, `張三、李四`) and
 * author notes (`（作者系…教授）`, `潘宏勝為…首席經濟學家,邵宇為…研究員`). Each becomes a name,
 * an organisation and a role, the role found wherever it stands. Pure.
 */
import { splitAt, trimPunctuation } from './text-units.ts'

export interface InferredAuthor {
  name: string
  role?: string
  organisation?: string
}

/** The verb of an author note: 陳大文為…, 作者系…, 现任…. Only at the start of a position, never inside it (經濟學系). */
const IS = '(?:现任|現任|现为|現為|为|為|系|是)'
const STARTS_WITH_IS = new RegExp(`^${IS}`)
/** Words before a workplace that are not part of it: 任職於香港大學. */
const AT = /^(?:任职于|任職於|就职于|就職於|供职于|供職於|服务于|服務於|任教于|任教於|现任|現任|现为|現為|曾任|担任|擔任|在)/

const ROLE_WORDS = [
  '经济学家', '經濟學家', '分析师', '分析師', '研究员', '研究員', '教授', '讲师', '講師', '院长', '院長', '所长', '所長', '主任',
  '理事长', '理事長', '董事长', '董事長', '总经理', '總經理', '总监', '總監', '总裁', '總裁', '行政总裁', '行政總裁', '执行官', '執行官',
  '记者', '記者', '总编辑', '總編輯', '主编', '主編', '编辑', '編輯', '主笔', '主筆', '博士后', '博士後', '博士生', '博士', '研究生',
  '学者', '學者', '顾问', '顧問', '主席', '合伙人', '合夥人', '律师', '律師', '评论员', '評論員', '专栏作家', '專欄作家', '作家',
  '创始人', '創始人', '创办人', '創辦人', '局长', '局長', '部长', '部長', '司长', '司長', '行长', '行長', '书记', '書記', '会长', '會長',
  '秘书长', '秘書長', '校长', '校長', '研究助理', '议员', '議員', '委员', '委員', '通讯员', '通訊員', '社长', '社長',
  '博导', '博導', '博士生导师', '博士生導師',
]
const ROLE_PREFIXES = '(?:高级|高級|资深|資深|特约|特約|执行|執行|首席|副|助理|客座|客席|兼职|兼職|常务|常務|讲座|講座|荣休|榮休|名誉|名譽|首席执行|首席執行|宏观|宏觀|策略|行业|行業)*'
/** A role at the end of a position: 香港大學經濟學系|教授. 系主任 only after the department's own 系 (經濟學系系主任). */
const ROLE_AT_END = new RegExp(`(${ROLE_PREFIXES}(?:(?<=^|系)系主任|${ROLE_WORDS.join('|')}))$`)
/** Where a position has two parts without a comma: 香港大學 經濟學系, 教授兼系主任. */
const BETWEEN_PARTS = new RegExp(`(?<=\\p{Script=Han})\\s+(?=\\p{Script=Han})|(?<=${ROLE_WORDS.join('|')})兼任?`, 'u')
/** A part of a byline that is a workplace rather than a person. */
const ORGANISATION = /(?:大学|大學|学院|學院|研究院|研究所|研究中心|中心|银行|銀行|公司|集团|集團|协会|協會|学会|學會|委员会|委員會|基金会|基金會|政府|交易所|智库|智庫|[部局署處处系所报報社])$/
/** 本報記者 王小明: a reporter's byline names the role first. */
const REPORTER = /^(?:本报|本報|本刊|本台|特约|特約)?(记者|記者|通讯员|通訊員|评论员|評論員|特约撰稿人|特約撰稿人)\s*(.+)$/
/** A person's name: a few Han characters (with ·), or Latin words. */
const NAME = /^(?:[\p{Script=Han}·．]{2,6}|[A-Za-z][A-Za-z .'·-]{1,40})$/u

/** `陳大文（香港大學經濟學系教授）`, `王小明，台灣大學經濟系副教授`, `李四 清華大學…院長`, `張三、李四和王五`. */
export function parseByline(text: string): InferredAuthor[] {
  const authors: InferredAuthor[] = []
  for (const part of bylineParts(text)) {
    const bracket = /^(.+?)\s*[（(](.+)[）)]$/.exec(part)
    const spaced = nameAndPosition(part)
    const reporter = REPORTER.exec(part)
    if (bracket) authors.push({ name: bracket[1]!.trim(), ...splitPosition(bracket[2]!.replace(STARTS_WITH_IS, '')) })
    else if (reporter && NAME.test(reporter[2]!)) authors.push({ name: reporter[2]!, role: reporter[1] })
    else if (spaced) authors.push({ name: spaced.name, ...splitPosition(spaced.position) })
    else if (isPosition(part) && authors.length > 0) fill(authors[authors.length - 1]!, splitPosition(part))
    else authors.push({ name: part.replace(/\s+/g, ' ') })
  }
  return authors
}

/** The byline's pieces: at commas and 、 outside brackets, and at 和/及/與 between names. */
function bylineParts(text: string): string[] {
  return splitAt(text, '、，,;；')
    .map(piece => trimPunctuation(piece))
    .flatMap(piece => (/[（(]/.test(piece) ? [piece] : piece.split(/\s+(?:和|及|与|與)\s+|(?<=^\p{Script=Han}{2,3})[和及与與](?=\p{Script=Han}{2,3}$)/u)))
    .map(piece => piece.trim())
    .filter(Boolean)
}

/** `李四 清華大學五道口金融學院院長`, `John Smith 香港大學教授`: a name, a space, a position. */
function nameAndPosition(part: string): { name: string; position: string } | undefined {
  // From the last space: a Latin name has spaces of its own.
  for (const space of [...part.matchAll(/\s+/g)].reverse()) {
    const name = part.slice(0, space.index)
    const position = part.slice(space.index + space[0].length)
    if (NAME.test(name) && !isPosition(name) && isPosition(position)) return { name, position }
  }
  return undefined
}

function isPosition(text: string): boolean {
  return ROLE_AT_END.test(text) || ORGANISATION.test(text.replace(AT, ''))
}

function fill(author: InferredAuthor, position: Omit<InferredAuthor, 'name'>): void {
  author.role ??= position.role
  author.organisation ??= position.organisation
}

/**
 * `潘宏勝為中證金融研究院首席經濟學家,邵宇為中證金融研究院研究員`, `作者系香港大學經濟學系教授`,
 * `作者系教授，任職於香港大學`: each `name 為 position` starts an author; a piece without one
 * goes on with the position before it. A note without a name (作者系…) gives the name ''.
 */
export function parseAuthorNote(text: string): InferredAuthor[] {
  const start = new RegExp(`^(?:本文)?(?:作者)?([\\p{Script=Han}·]{2,4}|[A-Za-z][A-Za-z .·-]{1,30})?${IS}(.+)$`, 'u')
  const notes: { name: string; position: string }[] = []
  for (const piece of text.split(/(?<=[，,；;。])/)) {
    const part = piece.trim()
    const m = /^(?:兼任|曾任|同时|同時|并|並|亦|也)/.test(part) ? null : start.exec(part)
    if (m && !/^(?:责任编辑|責任編輯|编辑|編輯)/.test(part)) notes.push({ name: m[1]?.trim() ?? '', position: m[2]! })
    // 任職於香港大學 goes on with the position; 本文僅代表個人觀點 is no part of it.
    else if (notes.length && (AT.test(part) || isPosition(trimPunctuation(part)))) notes[notes.length - 1]!.position += part
  }
  const out: InferredAuthor[] = []
  for (const { name, position } of notes) {
    const parsed = splitPosition(trimPunctuation(position))
    // 本文系作者個人觀點: a note about the article, not about its author.
    if (!parsed.role && !isPosition(parsed.organisation ?? '')) continue
    // 該院研究助理: the organisation named just before.
    if (/^(?:该院|該院|同院|该所|該所|该校|該校)$/.test(parsed.organisation ?? '')) parsed.organisation = out[out.length - 1]?.organisation
    out.push({ name, ...parsed })
  }
  return out
}

/**
 * A position as organisation and role, the role wherever it stands: `中證金融研究院首席經濟學家`,
 * `教授，香港大學經濟學系`, `香港大學 經濟學系主任`. Several roles are kept together (教授、系主任).
 */
export function splitPosition(position: string): { role?: string; organisation?: string } {
  const roles: string[] = []
  const places: string[] = []
  for (const piece of splitAt(position, '，,、；;').map(p => trimPunctuation(p)).flatMap(p => p.split(BETWEEN_PARTS))) {
    const part = piece.trim().replace(AT, '')
    const role = ROLE_AT_END.exec(part)
    const place = (role ? part.slice(0, role.index) : part).replace(/的$/, '').trim()
    if (role) roles.push(role[1]!)
    if (place) places.push(place)
  }
  const organisation = places.reduce((all, place) => (all && /[\p{Script=Han}）)]$/u.test(all) && /^\p{Script=Han}/u.test(place) ? all + place : [all, place].filter(Boolean).join(' ')), '')
  return { ...(roles.length ? { role: roles.join('、') } : {}), ...(organisation ? { organisation } : {}) }
}
