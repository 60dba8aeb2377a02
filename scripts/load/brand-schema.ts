/**
 * The brand file format (`data/brand.yaml`, `data/<deck>/brand.yaml`) and its validation: YAML
 * text in, the file's settings and every located problem out. Pure: the logo is checked by the
 * file edge (brand-file.ts), which reads it. As everywhere, an unknown field is an error and all
 * problems of a file are reported at once.
 *
 * ```yaml
 * organisation: 中證金融研究院          # or one text per locale: { zh-Hans-CN: …, zh-Hant-TW: …, zh-Hant-HK: … }
 * logo: logo.svg                       # SVG or PNG, relative to this file
 * colors: { primary: "#8a1538", accent: "#00607a", text: "#222222" }
 * footer: 僅供內部討論
 * classification: 內部資料
 * ```
 */
import { z } from 'zod'
import { contrast, formatRatio, parseHex } from '../core/color.ts'
import { describeValue, editDistance } from '../core/describe.ts'
import type { Issue } from '../core/errors.ts'
import { LOCALES, type Locale } from '../core/locales.ts'
import { SLIDE_BACKGROUND } from '../deck/brand.ts'
import { formatPath, parseYaml, type FieldPath } from './yaml-doc.ts'

/** WCAG AA for text: every brand colour is used for text somewhere. */
export const MIN_TEXT_CONTRAST = 4.5

export const COLOR_KEYS = ['primary', 'accent', 'text'] as const
export type ColorKey = (typeof COLOR_KEYS)[number]

export const TEXT_KEYS = ['organisation', 'footer', 'classification'] as const
export type TextKey = (typeof TEXT_KEYS)[number]

/** A brand text: one text (converted to each locale's script), or the text of every locale. */
export type BrandText = string | Record<Locale, string>

/**
 * One brand file's settings, as written. `null` (an empty value) in a deck's file removes what
 * the project's file sets; a field left out keeps it.
 */
export interface BrandFileSettings {
  organisation?: BrandText | null
  /** The logo's path as written, relative to the file. */
  logo?: string | null
  colors?: Partial<Record<ColorKey, string>>
  footer?: BrandText | null
  classification?: BrandText | null
}

/** Only keys: each value is checked by hand below, for messages a person can act on. */
const BrandFileSchema = z.strictObject({
  /** The organisation's name: on the cover and in the documents' properties. */
  organisation: z.unknown().optional(),
  /** Path of an SVG or PNG logo, relative to the brand file: on the cover and, small, in every footer. */
  logo: z.unknown().optional(),
  /** `primary`, `accent` and `text` as `#rrggbb`, each with 4.5:1 contrast on the white slide. */
  colors: z.unknown().optional(),
  /** Text on every slide's footer. */
  footer: z.unknown().optional(),
  /** A marking (公開, 內部資料, 機密) on every slide and handout page, and in the documents' properties. */
  classification: z.unknown().optional(),
})

const FILE_FIELDS = Object.keys(BrandFileSchema.shape)

/** Most characters a brand text may have: it shares a footer line with the citation and the page number. */
export const MAX_TEXT_LENGTH: Record<TextKey, number> = { organisation: 60, footer: 40, classification: 20 }

export interface BrandValidation {
  settings?: BrandFileSettings
  issues: Issue[]
  /** Line and column of a field, for problems found later (the logo file). */
  locate: (path: FieldPath) => { line: number; column: number }
}

/** A problem at the value at `path`, or at the key `key` of the mapping at `path`. */
type At = (path: FieldPath, message: string, key?: string) => Issue

export function validateBrandFile(yamlText: string, file: string): BrandValidation {
  const yaml = parseYaml(yamlText, file)
  const at: At = (path, message, key) => ({ file, ...yaml.locate(path, key), path: formatPath(key === undefined ? path : [...path, key]), message })
  if (yaml.issues.length > 0) return { issues: yaml.issues, locate: yaml.locate }
  // A file holding only comments sets nothing.
  const value = yaml.value ?? {}
  if (typeof value !== 'object' || Array.isArray(value))
    return { issues: [at([], `expected a mapping with ${FILE_FIELDS.join(', ')}, got ${describeValue(value, 40)}`)], locate: yaml.locate }
  const parsed = BrandFileSchema.safeParse(value)
  // Unknown fields, then each known field's own checks: every problem of the file at once.
  const issues: Issue[] = parsed.success ? [] : parsed.error.issues.flatMap(issue => describeKeyIssue(issue, value, at))
  const raw = value as Record<string, unknown>
  const settings: BrandFileSettings = {}
  for (const key of TEXT_KEYS) {
    if (!(key in raw)) continue
    const text = checkText(raw[key], [key], MAX_TEXT_LENGTH[key], at, issues)
    if (text !== undefined) settings[key] = text
  }
  if ('logo' in raw) {
    const logo = checkLogoPath(raw.logo, at, issues)
    if (logo !== undefined) settings.logo = logo
  }
  if ('colors' in raw) settings.colors = checkColors(raw.colors, at, issues)
  return issues.length > 0 ? { issues: inFileOrder(issues), locate: yaml.locate } : { settings, issues, locate: yaml.locate }
}

function inFileOrder(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

function describeKeyIssue(issue: z.core.$ZodIssue, value: unknown, at: At): Issue[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map(key => at([], `unknown field "${key}"${suggestion(key, FILE_FIELDS)}`, key))
  return [at([], `expected a mapping with ${FILE_FIELDS.join(', ')}, got ${describeValue(value, 40)}`)]
}

function suggestion(key: string, fields: readonly string[]): string {
  const near = fields.find(known => editDistance(known.toLowerCase(), key.toLowerCase()) <= 2)
    ?? (key.toLowerCase() === 'colours' ? 'colors' : undefined)
  return near ? ` (did you mean "${near}"?)` : `: expected one of ${fields.join(', ')}`
}

/** A brand text: null (removes the project's), one text, or one text per locale. */
function checkText(value: unknown, path: FieldPath, max: number, at: At, issues: Issue[]): BrandText | null | undefined {
  if (value === null) return null
  if (typeof value === 'string') return checkOneText(value, path, max, at, issues)
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = value as Record<string, unknown>
    const before = issues.length
    for (const key of Object.keys(entries).filter(key => !(LOCALES as readonly string[]).includes(key)))
      issues.push(at(path, `unknown locale "${key}"${suggestion(key, LOCALES)}`, key))
    const texts = {} as Record<Locale, string>
    for (const locale of LOCALES) {
      const text = entries[locale]
      if (text === undefined) issues.push(at(path, `missing ${locale}: a text per locale gives every locale (${LOCALES.join(', ')}), or write one text for all`))
      else if (typeof text !== 'string') issues.push(at([...path, locale], `expected text, got ${describeValue(text, 40)}`))
      else texts[locale] = checkOneText(text, [...path, locale], max, at, issues) ?? ''
    }
    return issues.length === before ? texts : undefined
  }
  issues.push(at(path, `expected text, or a text per locale (${LOCALES.join(', ')}), got ${describeValue(value, 40)}`))
  return undefined
}

function checkOneText(text: string, path: FieldPath, max: number, at: At, issues: Issue[]): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return void issues.push(at(path, 'empty: give the text, or leave the field out'))
  if (/[\n\r\u2028\u2029]/.test(trimmed)) return void issues.push(at(path, 'expected one line: it is printed on one line of every slide'))
  if ([...trimmed].length > max) return void issues.push(at(path, `${[...trimmed].length} characters: at most ${max} fit the line it is printed on`))
  return trimmed
}

function checkLogoPath(value: unknown, at: At, issues: Issue[]): string | null | undefined {
  if (value === null) return null
  if (typeof value !== 'string' || value.trim() === '')
    return void issues.push(at(['logo'], `expected the path of an SVG or PNG file, relative to this file, got ${describeValue(value, 40)}`))
  if (!/\.(svg|png)$/i.test(value.trim()))
    return void issues.push(at(['logo'], `expected an .svg or .png file, got "${value.trim()}" (export the logo as SVG, or as PNG at least 512 px wide)`))
  return value.trim()
}

function checkColors(value: unknown, at: At, issues: Issue[]): Partial<Record<ColorKey, string>> {
  const colors: Partial<Record<ColorKey, string>> = {}
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    issues.push(at(['colors'], `expected a mapping with ${COLOR_KEYS.join(', ')}, got ${describeValue(value, 40)}`))
    return colors
  }
  const entries = value as Record<string, unknown>
  for (const key of Object.keys(entries).filter(key => !(COLOR_KEYS as readonly string[]).includes(key)))
    issues.push(at(['colors'], `unknown colour "${key}"${suggestion(key, COLOR_KEYS)}`, key))
  for (const key of COLOR_KEYS) {
    if (!(key in entries)) continue
    const color = checkColor(entries[key], key, at, issues)
    if (color) colors[key] = color
  }
  return colors
}

function checkColor(value: unknown, key: ColorKey, at: At, issues: Issue[]): string | undefined {
  const path = ['colors', key]
  // An empty value has no place of its own: the key is where to look.
  if (value === null || value === undefined)
    return void issues.push(at(['colors'], 'no colour: write it in quotes, as "#8a1538" (unquoted, # starts a YAML comment)', key))
  const hex = typeof value === 'string' ? parseHex(value) : undefined
  if (!hex) return void issues.push(at(path, `expected a colour as "#rrggbb" or "#rgb", got ${describeValue(value, 40)}`))
  const ratio = contrast(hex, SLIDE_BACKGROUND)
  if (ratio < MIN_TEXT_CONTRAST)
    return void issues.push(at(path, `${hex} has ${formatRatio(ratio)} contrast on the white slide; text needs at least ${MIN_TEXT_CONTRAST}:1 (WCAG AA): use a darker shade`))
  return hex
}
