/**
 * Validation: YAML text and source text in, a typed article and every located problem out.
 * Pure: no file access. All problems of a file are reported at once.
 */
import type { z } from 'zod'
import type { Issue } from '../core/errors.ts'
import { ArticleSchema, type Article } from './schema.ts'
import { quoteIsInSource, readSourceText, type SourceText } from './source-text.ts'
import { formatPath, parseYaml, type FieldPath, type ParsedYaml } from './yaml-doc.ts'
import { describeValue as describe, editDistance } from '../core/describe.ts'

export interface ValidationInput {
  articleText: string
  articleFile: string
  sourceText: string
  sourceFile: string
}

export interface ValidationResult {
  article?: Article
  source: SourceText
  issues: Issue[]
}

export function validateArticle(input: ValidationInput): ValidationResult {
  const yaml = parseYaml(input.articleText, input.articleFile)
  const issues: Issue[] = [...yaml.issues]
  const at = (path: FieldPath, message: string, key?: string): Issue => ({
    file: input.articleFile,
    ...yaml.locate(path, key),
    path: formatPath(key === undefined ? path : [...path, key]),
    message,
  })

  if (yaml.value === undefined || yaml.value === null) {
    if (yaml.issues.length === 0) issues.push(at([], 'the file is empty: expected meta, sections and closing'))
    return { source: readSourceText(input.sourceText, []), issues }
  }
  const parsed = ArticleSchema.safeParse(yaml.value, { reportInput: true })
  if (!parsed.success) {
    // A schema issue on the line of a syntax error is that error's echo: report the cause once.
    const syntaxLines = new Set(yaml.issues.map(issue => issue.line))
    // A quote left open swallows the rest of the file: the keys after it are not missing, only unread.
    const unread = (issue: z.core.$ZodIssue) => yaml.truncated && issue.code === 'invalid_type' && issue.input === undefined
    const schemaIssues = parsed.error.issues.filter(issue => !unread(issue)).flatMap(issue => describeZodIssue(issue, at))
    issues.push(...schemaIssues.filter(issue => !syntaxLines.has(issue.line)))
    return { source: readSourceText(input.sourceText, []), issues: byPosition(issues) }
  }
  const article = parsed.data
  const source = readSourceText(input.sourceText, article.errata)
  for (const problem of source.problems) issues.push(at(['errata', problem.index, 'original'], problem.message))
  issues.push(...checkReferences(article, source, at, input.sourceFile))
  return issues.length ? { source, issues: byPosition(issues) } : { article, source, issues }
}

function byPosition(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

type At = (path: FieldPath, message: string, key?: string) => Issue

function describeZodIssue(issue: z.core.$ZodIssue, at: At): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map(key => at(path, `unknown field "${key}"${suggestion(key)}`, key))
    case 'invalid_type': {
      const got = describeValue(issue.input)
      const message = got === 'nothing' ? `missing: expected ${issue.expected}` : `expected ${issue.expected}, got ${got}`
      return [at(path, message)]
    }
    case 'invalid_value':
      return [at(path, `expected one of ${issue.values.map(v => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`)]
    case 'invalid_union':
      if ('note' in issue && issue.note === 'No matching discriminator')
        return [at(path, 'expected "layout" to be one of "bullets", "quote", "compare", "chart"')]
      return [at(path, `does not match any allowed form: ${issue.errors.flat().map(e => e.message).slice(0, 3).join('; ')}`)]
    default:
      return [at(path, issue.message)]
  }
}

/** Every field name the schema knows, at any depth: what a misspelt key is compared with. */
const KNOWN_FIELDS = [...fieldNames(ArticleSchema)]

/** Points a misspelt field at the nearest known name, if one is close. */
function suggestion(key: string): string {
  let near: string | undefined
  let nearest = 3
  for (const known of KNOWN_FIELDS) {
    const distance = known === key ? Infinity : editDistance(known, key)
    if (distance < nearest) [near, nearest] = [known, distance]
  }
  return near ? ` (did you mean "${near}"?)` : ''
}

/** The keys of every object in a zod schema, through arrays, optionals, defaults and unions. */
function fieldNames(schema: z.core.$ZodType, names = new Set<string>()): Set<string> {
  const def = schema._zod.def as {
    type: string
    shape?: Record<string, z.core.$ZodType>
    element?: z.core.$ZodType
    innerType?: z.core.$ZodType
    options?: readonly z.core.$ZodType[]
    in?: z.core.$ZodType
  }
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    names.add(key)
    fieldNames(field, names)
  }
  for (const inner of [def.element, def.innerType, def.in, ...(def.options ?? [])]) {
    if (inner) fieldNames(inner, names)
  }
  return names
}

/** Cross-field checks the schema cannot express: paragraph ranges, quotes, ids. */
function checkReferences(article: Article, source: SourceText, at: At, sourceFile: string): Issue[] {
  const issues: Issue[] = []
  const count = source.paragraphs.length
  const paragraphInRange = (path: FieldPath, n: number) => {
    if (n > count) issues.push(at(path, `paragraph ${n} does not exist: ${sourceFile} has ${count} paragraphs`))
  }
  const quoteInSource = (path: FieldPath, quote: { text: string; paragraph: number }) => {
    if (quote.paragraph > count) return paragraphInRange([...path, 'paragraph'], quote.paragraph)
    if (!quoteIsInSource(source, quote.text, quote.paragraph))
      issues.push(at([...path, 'text'], `quote not found in paragraph ${quote.paragraph} of ${sourceFile} (after errata): "${quote.text}"`))
  }

  article.errata.forEach((e, i) => paragraphInRange(['errata', i, 'paragraph'], e.paragraph))
  article.summary?.points.forEach((point, i) =>
    point.paragraphs.forEach((n, p) => paragraphInRange(['summary', 'points', i, 'paragraphs', p], n)))
  const sectionIds = new Set<string>()
  const slideIds = new Set<string>()
  article.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) issues.push(at(['sections', s, 'id'], `duplicate section id "${section.id}"`))
    sectionIds.add(section.id)
    if (section.paragraph !== undefined) paragraphInRange(['sections', s, 'paragraph'], section.paragraph)
    section.slides.forEach((slide, k) => {
      const path = ['sections', s, 'slides', k] as const
      if (slide.id !== undefined) {
        if (slideIds.has(slide.id)) issues.push(at([...path, 'id'], `duplicate slide id "${slide.id}"`))
        slideIds.add(slide.id)
      }
      slide.paragraphs.forEach((n, p) => paragraphInRange([...path, 'paragraphs', p], n))
      if (slide.layout === 'quote') quoteInSource([...path, 'quote'], slide.quote)
      if (slide.layout === 'chart' && (slide.chart.type === 'radar' || slide.chart.type === 'heatmap'))
        issues.push(...checkChartRefs(article, slide.chart, [...path, 'chart'], at))
      if (slide.layout === 'chart' && (slide.chart.type === 'bar' || slide.chart.type === 'line')) {
        const labels = slide.chart.labels.length
        slide.chart.series.forEach((series, i) => {
          if (series.values.length !== labels)
            issues.push(at([...path, 'chart', 'series', i, 'values'], `expected ${labels} values (one per label), got ${series.values.length}`))
        })
      }
    })
  })
  if (article.comparison) issues.push(...checkComparison(article.comparison, at, quoteInSource))
  return issues
}

function checkChartRefs(article: Article, chart: { channels?: string[]; dimensions?: string[] }, path: FieldPath, at: At): Issue[] {
  if (!article.comparison) return [at(path, 'a radar or heatmap chart needs a "comparison" block in the article')]
  const channels = new Set(article.comparison.channels.map(c => c.id))
  const dimensions = new Set(article.comparison.dimensions.map(d => d.id))
  const issues: Issue[] = []
  chart.channels?.forEach((c, i) => {
    if (!channels.has(c)) issues.push(at([...path, 'channels', i], `unknown channel "${c}": expected one of ${[...channels].join(', ')}`))
  })
  chart.dimensions?.forEach((d, i) => {
    if (!dimensions.has(d)) issues.push(at([...path, 'dimensions', i], `unknown dimension "${d}": expected one of ${[...dimensions].join(', ')}`))
  })
  return issues
}

function checkComparison(
  comparison: NonNullable<Article['comparison']>,
  at: At,
  quoteInSource: (path: FieldPath, quote: { text: string; paragraph: number }) => void,
): Issue[] {
  const issues: Issue[] = []
  const { min, max } = comparison.scale
  if (min >= max) issues.push(at(['comparison', 'scale', 'max'], `expected max greater than min (${min})`))
  const unique = (list: { id: string }[], name: string) => {
    const seen = new Set<string>()
    list.forEach((item, i) => {
      if (seen.has(item.id)) issues.push(at(['comparison', name, i, 'id'], `duplicate id "${item.id}"`))
      seen.add(item.id)
    })
    return seen
  }
  const channels = unique(comparison.channels, 'channels')
  const dimensions = unique(comparison.dimensions, 'dimensions')
  const rated = new Set<string>()
  comparison.ratings.forEach((rating, i) => {
    const path = ['comparison', 'ratings', i] as const
    if (!channels.has(rating.channel)) issues.push(at([...path, 'channel'], `unknown channel "${rating.channel}"`))
    if (!dimensions.has(rating.dimension)) issues.push(at([...path, 'dimension'], `unknown dimension "${rating.dimension}"`))
    if (!Number.isInteger(rating.value) || rating.value < min || rating.value > max)
      issues.push(at([...path, 'value'], `expected a whole number from ${min} to ${max} (the scale), got ${rating.value}`))
    const key = `${rating.channel}/${rating.dimension}`
    if (rated.has(key)) issues.push(at(path, `channel "${rating.channel}" is rated twice on "${rating.dimension}"`))
    rated.add(key)
    quoteInSource([...path, 'basis'], rating.basis)
  })
  return issues
}

function describeValue(value: unknown): string {
  return describe(value, 40)
}
