/**
 * The drafted article as YAML text, with its comments, through the yaml Document API: the
 * comments stand on the lines before the fields they explain, short lists of numbers stay on one
 * line, and every string is quoted as YAML needs (`{{ }}`, `: `, `#` are text). Pure.
 */
import { Document, isMap, isPair, isScalar, isSeq, visit, type Node, type Pair } from 'yaml'
import type { Article } from '../load/schema.ts'
import type { DraftComment } from './draft-article.ts'

/** Lists printed on one line: `paragraphs: [3, 4]`. */
const FLOW_KEYS = new Set(['paragraphs', 'values', 'keywords', 'locales'])

export function renderArticleYaml(article: Article, comments: readonly DraftComment[]): string {
  const doc = new Document(article)
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      if (FLOW_KEYS.has(key) && isSeq(pair.value)) pair.value.flow = true
    },
  })
  for (const comment of comments) attachComment(doc, comment)
  return doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })
}

function attachComment(doc: Document, comment: DraftComment): void {
  if (comment.path.length === 0) {
    doc.commentBefore = comment.text
    return
  }
  const parentPath = comment.path.slice(0, -1)
  const last = comment.path[comment.path.length - 1]!
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents
  if (isMap(parent)) {
    const pair = parent.items.find(item => keyOf(item) === String(last)) as Pair<Node, Node> | undefined
    if (pair && isScalar(pair.key)) pair.key.commentBefore = join(pair.key.commentBefore, comment.text)
    return
  }
  if (isSeq(parent)) {
    const item = parent.items[Number(last)] as Node | undefined
    if (item) item.commentBefore = join(item.commentBefore, comment.text)
  }
}

function keyOf(item: unknown): string | undefined {
  if (!isPair(item)) return undefined
  return isScalar(item.key) ? String(item.key.value) : String(item.key)
}

function join(before: string | null | undefined, text: string): string {
  return before ? `${before}\n${text}` : text
}
