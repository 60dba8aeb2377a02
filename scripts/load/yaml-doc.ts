/**
 * YAML parsing that keeps positions, so every problem can name its file, line and column.
 * Pure: text in, value and located issues out.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { Issue } from '../core/errors.ts'

export type FieldPath = readonly (string | number)[]

export interface ParsedYaml {
  /** The plain value; `undefined` when the text holds nothing usable. */
  value: unknown
  /** YAML syntax problems, located. */
  issues: Issue[]
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
  const issues: Issue[] = [...doc.errors].map(error => ({
    file,
    ...position(error.pos[0]),
    message: `YAML syntax: ${firstLine(error.message)}`,
  }))
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  }
  catch (error) {
    issues.push({ file, line: 1, column: 1, message: `YAML: ${(error as Error).message}` })
  }
  return { value, issues, locate: (path, key) => position(offsetOf(doc, path, key)) }
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
