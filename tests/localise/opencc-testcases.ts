/**
 * Reads OpenCC's conformance cases (tests/fixtures/opencc/testcases.json, see its README). The file has
 * trailing commas, so strict JSON.parse fails; comments and trailing commas outside strings are
 * stripped first, as upstream's node/opencc.js does.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../../scripts/core/paths.ts'

export const TESTCASES_FILE = join(ROOT, 'tests', 'fixtures', 'opencc', 'testcases.json')

export interface OpenccCase {
  id: string
  input: string
  /** Expected output per OpenCC configuration name (t2s, s2twp, …). */
  expected: Record<string, string>
}

export function readOpenccCases(file = TESTCASES_FILE): OpenccCase[] {
  const data = JSON.parse(toStrictJson(readFileSync(file, 'utf8'))) as { cases: OpenccCase[] }
  return data.cases
}

/** Drops `//` and `/* *\/` comments and trailing commas, leaving string contents untouched. */
export function toStrictJson(text: string): string {
  let out = ''
  let pendingComma = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '"') {
      const end = endOfString(text, i)
      out += pendingComma + text.slice(i, end)
      pendingComma = ''
      i = end - 1
    }
    else if (char === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i) - 1
    else if (char === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1
    else if (char === ',') {
      out += pendingComma
      pendingComma = ','
    }
    else if (/\s/.test(char)) out += char
    else {
      // A comma directly before a closing bracket is a trailing comma: drop it.
      out += (char === '}' || char === ']' ? '' : pendingComma) + char
      pendingComma = ''
    }
  }
  return out + pendingComma
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i + 1
  }
  return text.length
}
