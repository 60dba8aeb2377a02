/**
 * Finding glossary words in a text: pure, deterministic, longest match first.
 *
 * All occurrences of all entries are collected, then accepted longest first (ties: leftmost
 * first), skipping any that overlap an accepted one. So a shorter word can never match inside a
 * longer glossary word, nor across its boundary: with 數據庫 and 數據 both listed, 數據庫 wins
 * wherever it occurs and 數據 only matches elsewhere. The result depends on the text and the set
 * of entries only, never on their order in the file.
 *
 * Where a short word is also the edge of some unlisted longer word, an entry can say which
 * neighbouring characters rule a match out (`notPrecededBy`, `notFollowedBy`).
 */

export interface Matcher {
  /** The text to find. */
  match: string
  /** Characters that may not stand just before a match. */
  notPrecededBy: string
  /** Characters that may not stand just after a match. */
  notFollowedBy: string
}

export interface GlossaryHit {
  /** Offset of the first UTF-16 unit of the match. */
  start: number
  /** Offset just past the match. */
  end: number
  /** Index of the matcher in the list given. */
  entry: number
}

/** Non-overlapping hits, sorted by position. */
export function findGlossaryHits(text: string, matchers: readonly Matcher[]): GlossaryHit[] {
  const candidates = matchers.flatMap((matcher, entry) => occurrences(text, matcher, entry))
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.entry - b.entry)
  const taken = new Uint8Array(text.length)
  const accepted: GlossaryHit[] = []
  for (const hit of candidates) {
    if (taken.subarray(hit.start, hit.end).includes(1)) continue
    taken.fill(1, hit.start, hit.end)
    accepted.push(hit)
  }
  return accepted.sort((a, b) => a.start - b.start)
}

function occurrences(text: string, matcher: Matcher, entry: number): GlossaryHit[] {
  const hits: GlossaryHit[] = []
  if (matcher.match.length === 0) return hits
  for (let start = text.indexOf(matcher.match); start !== -1; start = text.indexOf(matcher.match, start + 1)) {
    const end = start + matcher.match.length
    if (allowedBetween(text, start, end, matcher)) hits.push({ start, end, entry })
  }
  return hits
}

function allowedBetween(text: string, start: number, end: number, matcher: Matcher): boolean {
  const before = charBefore(text, start)
  const after = charAt(text, end)
  if (before && matcher.notPrecededBy && [...matcher.notPrecededBy].includes(before)) return false
  if (after && matcher.notFollowedBy && [...matcher.notFollowedBy].includes(after)) return false
  return true
}

/** The whole character (code point) ending at `offset`, or '' at the start. */
function charBefore(text: string, offset: number): string {
  if (offset <= 0) return ''
  const low = text.charCodeAt(offset - 1)
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff
  return isLowSurrogate && offset >= 2 ? text.slice(offset - 2, offset) : text.slice(offset - 1, offset)
}

/** The whole character (code point) starting at `offset`, or '' at the end. */
function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset)
  return code === undefined ? '' : String.fromCodePoint(code)
}
