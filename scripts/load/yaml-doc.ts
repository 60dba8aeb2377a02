/**
 * YAML parsing that keeps positions, so every problem can name its file, line and column.
 * Pure: text in, value and located issues out.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml'
import type { Issue } from '../core/errors.ts'

export type FieldPath = readonly (string | number)[]

export interface ParsedYaml {
  /** The plain value; `undefined` when the text holds nothing usable. */
  value: unknown
  /** YAML syntax problems, located. */
  issues: Issue[]
  /**
   * A quote or bracket is left open to the end of the file, so every key after it is missing from
   * `value`: "missing field" problems are that error's echo.
   */
  truncated: boolean
  /** Line and column of the node at `path`, or of its nearest existing ancestor. */
  locate: (path: FieldPath, key?: string) => { line: number; column: number }
}

/** `sections[2].slides[0].title` */
export function formatPath(path: FieldPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${part}` : part
  }
  return out
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter()
  // A BOM is harmless; strip it so positions match what editors show.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // logLevel 'error': problems are reported as located issues, not as Node warnings on stderr.
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' })
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  let truncated = false
  const issues: Issue[] = [...doc.errors].map(error => {
    const at = syntaxErrorAt(doc, error)
    truncated ||= at.unterminated && at.end >= body.trimEnd().length
    const path = formatPath(at.path)
    return { file, ...position(at.offset), ...(path ? { path } : {}), message: `YAML syntax: ${firstLine(error.message)}` }
  })
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  }
  catch (error) {
    issues.push({ file, line: 1, column: 1, message: `YAML: ${(error as Error).message}` })
  }
  return { value, issues, truncated, locate: (path, key) => position(offsetOf(doc, path, key)) }
}

/** Errors about a quote or flow collection left open: the parser notices where it gives up. */
const UNCLOSED_QUOTE = /^Missing closing .?quote/
const UNCLOSED_FLOW = /must be sufficiently indented and end with a [\]}]/

/**
 * Where a syntax error belongs: the field path of the innermost node holding it, and for an
 * unterminated quote or bracket its opening (the parser reports where it gave up, often the end
 * of the file, while the mistake is where the quote opened).
 */
function syntaxErrorAt(doc: Document, error: YAMLError): { offset: number; path: FieldPath; unterminated: boolean; end: number } {
  const offset = error.pos[0]
  const opener = UNCLOSED_QUOTE.test(error.message) ? isQuoted : UNCLOSED_FLOW.test(error.message) ? isFlow : undefined
  let inner: { node: Node; path: FieldPath } | undefined
  let open: typeof inner
  visit(doc, (_key, node, ancestors) => {
    const range = (node as Node).range
    if (!range || range[0] > offset) return undefined
    const here = { node: node as Node, path: pathOf(ancestors, node) }
    if (range[2] > offset && (!inner || range[0] >= inner.node.range![0])) inner = here
    if (opener?.(node) && range[0] < offset && (!open || range[0] >= open.node.range![0])) open = here
    return undefined
  })
  const at = open ?? inner
  return { offset: open ? open.node.range![0] : offset, path: at?.path ?? [], unterminated: open !== undefined, end: at?.node.range![2] ?? offset }
}

function isQuoted(node: unknown): boolean {
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
}

function isFlow(node: unknown): boolean {
  return (isSeq(node) || isMap(node)) && node.flow === true
}

/** The field path of `node`, from the chain of its ancestors (pairs give keys, sequences indexes). */
function pathOf(ancestors: readonly unknown[], node: unknown): FieldPath {
  const chain = [...ancestors, node]
  const path: (string | number)[] = []
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i]
    const child = chain[i + 1]
    // A key names the mapping it stands in: a malformed key can hold any text.
    if (isPair(parent) && child === parent.value) path.push(keyName(parent.key) ?? '')
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never))
  }
  return path
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/** Offset of the node at `path`; for a missing node, its parent. For `key`, the key inside the map at `path`. */
function offsetOf(doc: Document, path: FieldPath, key?: string): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const part of path) {
    const child = childOf(node, part)
    if (!child) break
    node = child.value
    offset = child.keyOffset ?? rangeStart(child.value) ?? offset
    if (rangeStart(child.value) !== undefined) offset = rangeStart(child.value)!
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find(item => keyName(item.key) === key)
    const start = rangeStart(pair?.key)
    if (start !== undefined) return start
  }
  return offset
}

function childOf(node: unknown, part: string | number): { value: unknown; keyOffset?: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(item => keyName(item.key) === String(part))
    if (!pair) return undefined
    return { value: pair.value ?? pair.key, keyOffset: rangeStart(pair.key) }
  }
  if (isSeq(node) && typeof part === 'number') {
    const item = node.items[part]
    return item === undefined ? undefined : { value: item }
  }
  return undefined
}

function keyName(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key) return String((key as { value: unknown }).value)
  return key === undefined || key === null ? undefined : String(key)
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range
  return range ? range[0] : undefined
}
