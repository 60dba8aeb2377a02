/**
 * The locale's fonts in a built SPA: a stylesheet and its WOFF2 files under `fonts/`, linked from
 * the locale's index.html. A shared build cannot bundle one locale's font, and copying files is
 * cheaper than sending several hundred font subsets through Vite. Only WOFF2 is shipped: every
 * browser that runs Slidev reads it, and it halves the folder (the WOFF fallbacks are as large).
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { FONT_WEIGHTS, fontStack, type FontPackage } from '../core/locale-fonts.ts'
import type { Locale } from '../core/locales.ts'

/** Folder of the font files and stylesheet inside a built SPA. */
export const SPA_FONT_DIR = 'fonts'

/**
 * Rewrites an @fontsource stylesheet to use only its WOFF2 files, from the stylesheet's folder.
 * Returns the stylesheet and the files it names, relative to the package's `files/`.
 */
export function woff2OnlyCss(css: string): { css: string; files: string[] } {
  const files: string[] = []
  const rewritten = css.replace(/src:\s*([^;]+);/g, (_all, sources: string) => {
    const woff2 = /url\(\.\/files\/([\w.-]+\.woff2)\)\s*format\(['"]woff2['"]\)/.exec(sources)
    if (!woff2) throw new Error(`@font-face without a WOFF2 source: ${sources}`)
    files.push(woff2[1]!)
    return `src: url(./${woff2[1]}) format('woff2');`
  })
  return { css: rewritten, files }
}

/** The `<link>` a locale's index.html carries. */
export function fontStylesheetTag(locale: Locale): string {
  return `<link rel="stylesheet" href="./${SPA_FONT_DIR}/${locale}.css">`
}

const require = createRequire(import.meta.url)

/**
 * The @fontsource stylesheets of a locale's fonts (its own, then its fallbacks): one per font and
 * weight it has, with its package folder. The SPA and the one-file deck both read these.
 */
export async function localeFontSheets(locale: Locale): Promise<{ font: FontPackage; dir: string; css: string }[]> {
  const sheets = []
  for (const font of fontStack(locale)) {
    const dir = dirname(require.resolve(`@fontsource/${font.package}/package.json`))
    // A font that comes in one weight only: the others fall back to it.
    for (const weight of FONT_WEIGHTS.filter(weight => existsSync(join(dir, `${weight}.css`))))
      sheets.push({ font, dir, css: await readFile(join(dir, `${weight}.css`), 'utf8') })
  }
  return sheets
}

/** Writes `<outDir>/fonts/<locale>.css` and the WOFF2 files it names: the locale's font, then its fallbacks. */
export async function writeSpaFonts(outDir: string, locale: Locale): Promise<void> {
  const dir = join(outDir, SPA_FONT_DIR)
  await mkdir(dir, { recursive: true })
  const sheets: string[] = []
  const copies: Promise<void>[] = []
  for (const sheet of await localeFontSheets(locale)) {
    const rewritten = woff2OnlyCss(sheet.css)
    sheets.push(`/* ${sheet.font.family}, self-hosted from @fontsource/${sheet.font.package} by Deckwright. */\n${rewritten.css}`)
    copies.push(...rewritten.files.map(file => copyFile(join(sheet.dir, 'files', file), join(dir, file))))
  }
  await writeFile(join(dir, `${locale}.css`), sheets.join('\n'))
  await Promise.all(copies)
}
