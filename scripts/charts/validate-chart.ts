/**
 * Checks a ChartData value before a component draws it. Chart data reaches the components
 * through slide frontmatter, so it is checked as unknown input, and every problem is listed.
 */
import { LOCALES } from '../core/locales.ts'
import type { ChartKind } from './chart-data.ts'
import { MAX_SERIES } from './chart-style.ts'

const KINDS: readonly ChartKind[] = ['radar', 'heatmap', 'bar', 'line']

/** A radar with more profiles than this is a tangle; show a few channels per slide instead. */
export const MAX_RADAR_SERIES = 4
/** A radar needs at least three spokes to enclose an area. */
export const MIN_RADAR_CATEGORIES = 3

type Problems = string[]
type Obj = Record<string, unknown>

/** Every problem with `data` as chart data, each as `path: what is wrong`; empty when valid. */
export function validateChartData(data: unknown): string[] {
  if (!isObject(data)) return [`chart: expected an object, got ${describe(data)}`]
  const problems: Problems = []
  if (!KINDS.includes(data.kind as ChartKind)) problems.push(`kind: expected one of ${KINDS.join(', ')}, got ${describe(data.kind)}`)
  if (!(LOCALES as readonly unknown[]).includes(data.locale)) problems.push(`locale: expected one of ${LOCALES.join(', ')}, got ${describe(data.locale)}`)
  for (const key of ['title', 'subtitle', 'notRated', 'description', 'notesTable']) requireText(data, key, key, problems)
  if (!Number.isInteger(data.decimals) || (data.decimals as number) < 0) problems.push(`decimals: expected a whole number from 0, got ${describe(data.decimals)}`)
  const categories = checkCategories(data.categories, problems)
  checkSeries(data, categories, problems)
  checkTable(data.table, categories, Array.isArray(data.series) ? data.series.length : 0, problems)
  if ('palette' in data) checkPalette(data.palette, problems)
  if (data.kind === 'radar' || data.kind === 'heatmap') checkRatings(data, categories, problems)
  if (data.kind === 'bar' || data.kind === 'line') {
    requireText(data, 'unit', 'unit', problems)
    requireText(data, 'source', 'source', problems)
  }
  return problems
}

/** A Vue prop validator: true when `data` is chart data of one of `kinds`; warns with the problems otherwise. */
export function chartPropValidator(kinds: readonly ChartKind[] = KINDS): (data: unknown) => boolean {
  return data => {
    const problems = validateChartData(data)
    if (isObject(data) && KINDS.includes(data.kind as ChartKind) && !kinds.includes(data.kind as ChartKind))
      problems.push(`kind: this component draws ${kinds.join(', ')}, got ${String(data.kind)}`)
    if (problems.length > 0) console.warn(`[deckwright] invalid chart data:\n  ${problems.join('\n  ')}`)
    return problems.length === 0
  }
}

function checkCategories(value: unknown, problems: Problems): number {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`categories: expected a non-empty list of labels, got ${describe(value)}`)
    return 0
  }
  value.forEach((label, i) => {
    if (!isText(label)) problems.push(`categories[${i}]: expected a non-empty label, got ${describe(label)}`)
    else if (value.indexOf(label) !== i) problems.push(`categories[${i}]: duplicate label "${label}"`)
  })
  return value.length
}

function checkSeries(data: Obj, categories: number, problems: Problems): void {
  const series = data.series
  if (!Array.isArray(series) || series.length === 0) {
    problems.push(`series: expected at least one series, got ${describe(series)}`)
    return
  }
  if (series.length > MAX_SERIES) problems.push(`series: at most ${MAX_SERIES} series can be told apart, got ${series.length}`)
  if (data.kind === 'radar' && series.length > MAX_RADAR_SERIES)
    problems.push(`series: a radar shows at most ${MAX_RADAR_SERIES} channels at a time, got ${series.length}; split the channels over several slides or use a heatmap`)
  const ids = new Set<unknown>()
  series.forEach((s: unknown, i) => {
    const at = `series[${i}]`
    if (!isObject(s)) return problems.push(`${at}: expected an object, got ${describe(s)}`)
    requireText(s, 'id', `${at}.id`, problems)
    requireText(s, 'label', `${at}.label`, problems)
    if (ids.has(s.id)) problems.push(`${at}.id: duplicate id "${String(s.id)}"`)
    ids.add(s.id)
    if (!Array.isArray(s.values)) return problems.push(`${at}.values: expected a list, got ${describe(s.values)}`)
    if (s.values.length !== categories) problems.push(`${at}.values: expected ${categories} values (one per category), got ${s.values.length}`)
    s.values.forEach((v: unknown, j) => {
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) problems.push(`${at}.values[${j}]: expected a number or null, got ${describe(v)}`)
    })
  })
}

/** A brand's chart colours: one `#rrggbb` per series position. */
function checkPalette(palette: unknown, problems: Problems): void {
  if (!Array.isArray(palette) || palette.length < MAX_SERIES || !palette.every(c => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c)))
    problems.push(`palette: expected ${MAX_SERIES} colours as #rrggbb, got ${describe(palette)}`)
}

function checkRatings(data: Obj, categories: number, problems: Problems): void {
  if (data.kind === 'radar' && categories > 0 && categories < MIN_RADAR_CATEGORIES)
    problems.push(`categories: a radar needs at least ${MIN_RADAR_CATEGORIES} dimensions, got ${categories}; use a heatmap`)
  if (!Array.isArray(data.categoryIds) || data.categoryIds.length !== categories)
    problems.push(`categoryIds: expected ${categories} ids (one per category), got ${describe(data.categoryIds)}`)
  if (!Array.isArray(data.quotes)) problems.push(`quotes: expected a list, got ${describe(data.quotes)}`)
  const scale = data.scale
  if (!isObject(scale)) return void problems.push(`scale: expected {min, max, low, high}, got ${describe(scale)}`)
  const { min, max } = scale
  if (!Number.isInteger(min) || !Number.isInteger(max) || (min as number) >= (max as number))
    return void problems.push(`scale: expected whole numbers with min < max, got min ${describe(min)}, max ${describe(max)}`)
  requireText(scale, 'low', 'scale.low', problems)
  requireText(scale, 'high', 'scale.high', problems)
  if (!Array.isArray(data.series)) return
  data.series.forEach((s: unknown, i) => {
    if (!isObject(s) || !Array.isArray(s.values)) return
    s.values.forEach((v: unknown, j) => {
      if (typeof v !== 'number') return
      if (!Number.isInteger(v) || v < (min as number) || v > (max as number))
        problems.push(`series[${i}].values[${j}]: ${v} is not a whole number on the scale ${String(min)}–${String(max)}`)
    })
  })
}

function checkTable(table: unknown, categories: number, series: number, problems: Problems): void {
  if (!isObject(table)) return void problems.push(`table: expected {caption, columns, rows}, got ${describe(table)}`)
  requireText(table, 'caption', 'table.caption', problems)
  const columns = series + 1
  if (!Array.isArray(table.columns) || table.columns.length !== columns || !table.columns.every(isText))
    problems.push(`table.columns: expected ${columns} headings (category, then one per series), got ${describe(table.columns)}`)
  if (!Array.isArray(table.rows) || table.rows.length !== categories)
    return void problems.push(`table.rows: expected ${categories} rows (one per category), got ${describe(table.rows)}`)
  table.rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== columns || !row.every(isText)) problems.push(`table.rows[${i}]: expected ${columns} non-empty cells`)
  })
}

function requireText(obj: Obj, key: string, path: string, problems: Problems): void {
  if (!isText(obj[key])) problems.push(`${path}: expected a non-empty string, got ${describe(obj[key])}`)
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}
