/**
 * Which characters a locale's fonts can draw: the character maps (cmap) of every WOFF2 file
 * their @fontsource stylesheets name, read with fontkit, for every weight the decks use (a
 * character counts when each weight has it). Reading a CJK font's hundred-odd files takes about
 * two seconds, so each package's map is cached under node_modules/.cache/deckwright, keyed by
 * the package's version: it changes only when node_modules does.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'
import { writeFileAtomic } from '../core/atomic.ts'
import { FONT_WEIGHTS, fontStack, type FontPackage } from '../core/locale-fonts.ts'
import type { Locale } from '../core/locales.ts'
import { ROOT } from '../core/paths.ts'

/** Sorted, disjoint [first, last] code point ranges. */
type Ranges = [number, number][]

export interface LocaleCoverage {
  /** The families, in order, for messages. */
  families: string[]
  covers: (codePoint: number) => boolean
}

const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'deckwright', 'font-coverage')
const require = createRequire(import.meta.url)
const loaded = new Map<string, Promise<Ranges>>()

export async function localeCoverage(locale: Locale): Promise<LocaleCoverage> {
  const fonts = fontStack(locale)
  const ranges = await Promise.all(fonts.map(packageCoverage))
  return { families: fonts.map(font => font.family), covers: codePoint => ranges.some(r => inRanges(r, codePoint)) }
}

function packageCoverage(font: FontPackage): Promise<Ranges> {
  let ranges = loaded.get(font.package)
  if (!ranges) {
    ranges = readOrMeasure(font.package)
    loaded.set(font.package, ranges)
  }
  return ranges
}

async function readOrMeasure(name: string): Promise<Ranges> {
  const packageDir = dirname(require.resolve(`@fontsource/${name}/package.json`))
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  const cached = join(CACHE_DIR, `${name}@${version}-${FONT_WEIGHTS.join('-')}.json`)
  if (existsSync(cached)) return JSON.parse(await readFile(cached, 'utf8')) as Ranges
  const weights = await Promise.all(FONT_WEIGHTS.map(weight => weightCodePoints(packageDir, weight)))
  const everyWeight = [...weights[0]!].filter(codePoint => weights.every(set => set.has(codePoint)))
  const ranges = toRanges(everyWeight)
  // A cache that cannot be written only costs the next run the same two seconds.
  await writeFileAtomic(cached, JSON.stringify(ranges)).catch(() => undefined)
  return ranges
}

/** Every code point the WOFF2 files of `<weight>.css` map to a glyph. */
async function weightCodePoints(packageDir: string, weight: number): Promise<Set<number>> {
  const css = await readFile(join(packageDir, `${weight}.css`), 'utf8')
  const files = [...css.matchAll(/url\(\.\/files\/([\w.-]+\.woff2)\)/g)].map(match => match[1]!)
  const codePoints = new Set<number>()
  for (const file of files) {
    const font = fontkit.create(await readFile(join(packageDir, 'files', file))) as fontkit.Font
    for (const codePoint of font.characterSet) codePoints.add(codePoint)
  }
  return codePoints
}

function toRanges(codePoints: number[]): Ranges {
  const ranges: Ranges = []
  for (const codePoint of codePoints.sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && codePoint === last[1] + 1) last[1] = codePoint
    else if (!last || codePoint > last[1]) ranges.push([codePoint, codePoint])
  }
  return ranges
}

function inRanges(ranges: Ranges, codePoint: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [first, last] = ranges[mid]!
    if (codePoint < first) high = mid - 1
    else if (codePoint > last) low = mid + 1
    else return true
  }
  return false
}
