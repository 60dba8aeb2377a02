/**
 * Rebasing: every paragraph reference of an article (slides, section headings, quotes, rating
 * bases, errata) carried over to a revised source, edited in the YAML document itself so its
 * comments and formatting stay. Pure: YAML text and both sources in, the new YAML text, what
 * moved and what cannot be placed out. The yaml Document finds each number's place; the text is
 * edited there and nowhere else.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { Issue } from '../core/errors.ts'
import { applyErrata, splitParagraphs } from '../load/source-text.ts'
import type { Erratum } from '../load/schema.ts'
import { formatPath } from '../load/yaml-doc.ts'
import { matchParagraphs } from './match-paragraphs.ts'

type Path = (string | number)[]

/** One paragraph number in the article, and the words that must follow it when there are any. */
interface Reference {
  path: Path
  paragraph: number
  /** A quote, a rating basis or an erratum's original: these words must stand in the paragraph. */
  words?: string
  kind: 'paragraph' | 'quote' | 'erratum'
}

export interface Move {
  path: string
  from: number
  to: number
}

export interface RebaseResult {
  yaml: string
  moves: Move[]
  /** References that cannot be placed, located in the article. */
  issues: Issue[]
  /** Old paragraphs with no counterpart in the new source. */
  deleted: number[]
  /** New paragraphs no old one became (added text to write slides for). */
  added: number[]
}

export function rebaseArticle(articleText: string, articleFile: string, oldSource: string, newSource: string): RebaseResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(articleText, { lineCounter })
  const before = splitParagraphs(oldSource)
  const after = splitParagraphs(newSource)
  const { map } = matchParagraphs(before, after)
  const refs = collectReferences(doc)
  const errata = (doc.toJS()?.errata ?? []) as Erratum[]
  const moves: Move[] = []
  const issues: Issue[] = []
  const placed = new Map<Reference, number>()
  // Errata first: quotes are checked against the new text with the errata applied.
  const newErrata: Erratum[] = []
  for (const ref of refs.filter(r => r.kind === 'erratum')) {
    const to = placeWords(ref, map, after)
    if (to === undefined) issues.push(locate(doc, lineCounter, articleFile, ref, after, map))
    else placed.set(ref, to)
  }
  errata.forEach((e, i) => {
    const ref = refs.find(r => r.kind === 'erratum' && r.path[1] === i)
    newErrata.push({ ...e, paragraph: (ref && placed.get(ref)) ?? e.paragraph })
  })
  const corrected = applyErrata(after, newErrata).corrected
  for (const ref of refs.filter(r => r.kind !== 'erratum')) {
    const to = ref.kind === 'quote' ? placeWords(ref, map, corrected) : map.get(ref.paragraph)
    if (to === undefined) issues.push(locate(doc, lineCounter, articleFile, ref, after, map))
    else placed.set(ref, to)
  }
  // Each number is replaced where it stands in the text, found through the document's node
  // ranges: comments, quoting, flow style and spacing stay exactly as the author left them.
  const edits: { start: number; end: number; text: string }[] = []
  for (const [ref, to] of placed) {
    if (to === ref.paragraph) continue
    const node = doc.getIn(ref.path, true)
    if (!isScalar(node) || !node.range) continue
    edits.push({ start: node.range[0], end: node.range[1], text: String(to) })
    moves.push({ path: formatPath(ref.path), from: ref.paragraph, to })
  }
  let yaml = articleText
  for (const edit of edits.sort((a, b) => b.start - a.start)) yaml = yaml.slice(0, edit.start) + edit.text + yaml.slice(edit.end)
  const matched = new Set(map.values())
  return {
    yaml,
    moves,
    issues,
    deleted: before.map((_, i) => i + 1).filter(n => !map.has(n)),
    added: after.map((_, i) => i + 1).filter(n => !matched.has(n)),
  }
}

/** The new paragraph holding `ref.words`: its own paragraph's counterpart first, else the one paragraph that has them. */
function placeWords(ref: Reference, map: Map<number, number>, paragraphs: readonly string[]): number | undefined {
  const mapped = map.get(ref.paragraph)
  const words = ref.words ?? ''
  if (mapped !== undefined && paragraphs[mapped - 1]?.includes(words)) return mapped
  const holders = paragraphs.map((p, i) => (p.includes(words) ? i + 1 : 0)).filter(n => n > 0)
  return holders.length === 1 ? holders[0] : undefined
}

function locate(doc: Document, lines: LineCounter, file: string, ref: Reference, after: readonly string[], map: Map<number, number>): Issue {
  const node = doc.getIn(ref.path, true) as { range?: [number, number, number] } | undefined
  const { line, col } = lines.linePos(node?.range?.[0] ?? 0)
  const mapped = map.get(ref.paragraph)
  const message = ref.kind === 'paragraph'
    ? `paragraph ${ref.paragraph} is not in the new source (deleted, or rewritten beyond recognition)`
    : mapped === undefined
      ? `paragraph ${ref.paragraph} is not in the new source, and no single paragraph of it has "${ref.words}"`
      : `"${ref.words}" is no longer in paragraph ${mapped} (was ${ref.paragraph}) or anywhere else in the new source: was it reworded?`
  return { file, line, column: col, path: formatPath(ref.path), message: `${message}${after.length ? '' : ' (the new source is empty)'}` }
}

/** Every paragraph number in the article, with its path. */
function collectReferences(doc: Document): Reference[] {
  const refs: Reference[] = []
  const value = doc.toJS() as Record<string, unknown> | null
  if (!value) return refs
  const errata = (value.errata ?? []) as { paragraph?: number; original?: string }[]
  errata.forEach((e, i) => {
    if (typeof e.paragraph === 'number') refs.push({ path: ['errata', i, 'paragraph'], paragraph: e.paragraph, words: e.original, kind: 'erratum' })
  })
  const sections = (value.sections ?? []) as { paragraph?: number; slides?: { paragraphs?: number[]; quote?: { text?: string; paragraph?: number } }[] }[]
  sections.forEach((section, s) => {
    if (typeof section.paragraph === 'number') refs.push({ path: ['sections', s, 'paragraph'], paragraph: section.paragraph, kind: 'paragraph' })
    section.slides?.forEach((slide, k) => {
      slide.paragraphs?.forEach((n, j) => refs.push({ path: ['sections', s, 'slides', k, 'paragraphs', j], paragraph: n, kind: 'paragraph' }))
      if (typeof slide.quote?.paragraph === 'number')
        refs.push({ path: ['sections', s, 'slides', k, 'quote', 'paragraph'], paragraph: slide.quote.paragraph, words: slide.quote.text, kind: 'quote' })
    })
  })
  const ratings = ((value.comparison as { ratings?: { basis?: { text?: string; paragraph?: number } }[] } | undefined)?.ratings ?? [])
  ratings.forEach((rating, i) => {
    if (typeof rating.basis?.paragraph === 'number')
      refs.push({ path: ['comparison', 'ratings', i, 'basis', 'paragraph'], paragraph: rating.basis.paragraph, words: rating.basis.text, kind: 'quote' })
  })
  return refs.filter(ref => isScalar(doc.getIn(ref.path, true)) && (isMap(doc.contents) || isSeq(doc.contents)))
}
