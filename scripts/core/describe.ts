/** Words for error messages, shared by the article and glossary validators. */

/** What a YAML value is, as a person would say it: "a list", "the text "abc"". */
export function describeValue(value: unknown, maxText = Number.POSITIVE_INFINITY): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null (an empty value)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > maxText ? `${value.slice(0, maxText)}…` : value)}`
  return `${typeof value} ${String(value)}`
}

/** Levenshtein distance, for "did you mean" suggestions on misspelt field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}
