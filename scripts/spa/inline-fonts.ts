/**
 * The one-file deck's fonts: every @font-face of the locale's fonts (the same stylesheets the
 * built SPA ships, spa-fonts.ts), each subset with harfbuzz (subset-font) to the characters the
 * deck shows in its unicode-range, and inlined as a WOFF2 data: URL. @fontsource splits a CJK font
 * into about a hundred files by unicode-range; a deck needs a few dozen of them, and a few glyphs
 * of each: about 0.3 MB for the first deck's two weights instead of 5 MB.
 *
 * Compressing WOFF2 is the slow part (about 60 ms a file), so each subset is kept in a cache,
 * keyed by the font file and the characters: after an edit only the files whose characters
 * changed are made again.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../core/atomic.ts'
import type { Locale } from '../core/locales.ts'
import { localeFontSheets } from './spa-fonts.ts'

/** One @font-face of an @fontsource stylesheet. */
export interface FontFace {
  /** The rule's declarations other than `src`, as written (family, style, weight, unicode-range…). */
  declarations: string[]
  /** Code point ranges the face covers; empty when the rule sets no unicode-range (all of them). */
  ranges: [number, number][]
  /** Path of the face's WOFF2 file. */
  file: string
}

/** The @font-face rules of a stylesheet whose files are in `dir/files/`. Pure. */
export function parseFontFaces(css: string, dir: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const declarations = body!.split(';').map(part => part.trim()).filter(Boolean)
    const src = declarations.find(d => d.startsWith('src:')) ?? ''
    const woff2 = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(src)
    if (!woff2) throw new Error(`@font-face without a WOFF2 file: ${src}`)
    const range = declarations.find(d => d.startsWith('unicode-range:'))
    return {
      declarations: declarations.filter(d => !d.startsWith('src:')),
      ranges: range ? parseUnicodeRange(range.slice('unicode-range:'.length)) : [],
      file: join(dir, 'files', woff2[1]!),
    }
  })
}

/** `U+4e00-9fff,U+3000` → code point ranges. Pure. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)]
  })
}

/** The characters of `text` (deduplicated, sorted) that `face` covers. Pure. */
export function charactersFor(face: FontFace, text: string): string {
  const chars = [...new Set(text)].filter((char) => {
    const code = char.codePointAt(0)!
    return face.ranges.length === 0 || face.ranges.some(([from, to]) => code >= from && code <= to)
  })
  return chars.sort().join('')
}

/** `@font-face` rules for the locale's fonts, subset to `text` and inlined; faces `text` does not use are left out. */
export async function inlineFontCss(locale: Locale, text: string, cacheDir: string): Promise<string> {
  const rules: string[] = []
  for (const sheet of await localeFontSheets(locale)) {
    for (const face of parseFontFaces(sheet.css, sheet.dir)) {
      const chars = charactersFor(face, text)
      if (!chars) continue
      const woff2 = await subsetCached(face.file, chars, cacheDir)
      rules.push(`@font-face{${face.declarations.join(';')};src:url(data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}) format('woff2')}`)
    }
  }
  await pruneSubsets(cacheDir)
  return rules.join('\n')
}

async function subsetCached(file: string, chars: string, cacheDir: string): Promise<Uint8Array> {
  const font = await readFile(file)
  const key = createHash('sha256').update(font).update('\0').update(chars).digest('hex').slice(0, 40)
  const path = join(cacheDir, `${key}.woff2`)
  const cached = await readFile(path).catch(() => undefined)
  if (cached) {
    const now = new Date()
    await utimes(path, now, now).catch(() => undefined)
    return cached
  }
  // Loaded when first needed: it brings two WebAssembly modules (harfbuzz, WOFF2).
  const { default: subsetFont } = await import('subset-font')
  const subset = await subsetFont(font, chars, { targetFormat: 'woff2' })
  // The cache only saves time: a subset that cannot be kept is made again next time.
  await mkdir(cacheDir, { recursive: true }).then(() => writeFileAtomic(path, subset)).catch(() => undefined)
  return subset
}

/** Subsets kept: a few decks' worth of locales and weights, with room for the files edits replace. */
const KEEP = 2000

async function pruneSubsets(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[])
  if (names.length <= KEEP) return
  const entries = await Promise.all(names.map(async name => ({ name, used: (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0 })))
  entries.sort((a, b) => b.used - a.used)
  await Promise.all(entries.slice(KEEP).map(entry => rm(join(cacheDir, entry.name), { force: true })))
}
