/**
 * The file edge of the brand: reads `data/brand.yaml` and the deck's own `data/<deck>/brand.yaml`
 * (both optional), validates them, reads and checks the logo each names (relative to that file),
 * and merges them. Problems of both files, the logos' included, are reported together as one
 * E_BRAND error, each at its file, line, column and field.
 */
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fail, type Issue } from '../core/errors.ts'
import type { ProjectPaths } from '../core/paths.ts'
import { inspectLogo, MAX_LOGO_BYTES } from './brand-image.ts'
import { NO_BRAND, resolveBrand, type BrandLayer, type BrandSource } from './brand-resolve.ts'
import { validateBrandFile } from './brand-schema.ts'
import { displayPath, readText, type Deck } from './read-deck.ts'

/** Name of the brand file, in the data folder (the project's) and in a deck folder (the deck's). */
export const BRAND_FILE = 'brand.yaml'

/** The brand files that apply to a deck and exist: the project's, then the deck's. */
export function brandFilesFor(deck: Pick<Deck, 'dir'>, paths: Pick<ProjectPaths, 'brand'>): string[] {
  const candidates = [resolve(paths.brand), resolve(deck.dir, BRAND_FILE)]
  return [...new Set(candidates)].filter(path => existsSync(path))
}

/** The brand a deck is built with; Deckwright's own look when no brand file applies. */
export async function readBrandFor(deck: Pick<Deck, 'dir'>, paths: Pick<ProjectPaths, 'brand'>): Promise<BrandSource> {
  const files = brandFilesFor(deck, paths)
  if (files.length === 0) return NO_BRAND
  const results = await Promise.all(files.map(readBrandFile))
  const issues = results.flatMap(result => result.issues)
  if (issues.length > 0) {
    const noun = issues.length === 1 ? 'problem' : 'problems'
    fail('E_BRAND', `${files.map(displayPath).join(' and ')}: ${issues.length} brand ${noun}`, issues)
  }
  return resolveBrand(results.map(result => result.layer!))
}

async function readBrandFile(path: string): Promise<{ layer?: BrandLayer; issues: Issue[] }> {
  const file = displayPath(path)
  const validation = validateBrandFile(await readText(path), file)
  if (!validation.settings) return { issues: validation.issues }
  const { settings } = validation
  if (!settings.logo) return { layer: { settings }, issues: [] }
  const logoPath = resolve(dirname(path), settings.logo)
  const problem = (message: string): Issue => ({ file, ...validation.locate(['logo']), path: 'logo', message })
  const bytes = await readLogo(logoPath)
  if (typeof bytes === 'string') return { issues: [problem(`${settings.logo}: ${bytes}`)] }
  const checked = await inspectLogo(bytes, settings.logo.toLowerCase().endsWith('.svg') ? 'svg' : 'png')
  if ('problem' in checked) return { issues: [problem(`${settings.logo}: ${checked.problem}`)] }
  return { layer: { settings, logo: checked.logo }, issues: [] }
}

/** The logo's bytes, or why they cannot be read (said as a person would: file not found at …). */
async function readLogo(path: string): Promise<Uint8Array | string> {
  try {
    const stats = await stat(path)
    if (!stats.isFile()) return `expected a file, but ${displayPath(path)} is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}`
    // Not read at all: the size check in inspectLogo would refuse it anyway.
    if (stats.size > MAX_LOGO_BYTES) return `${Math.round(stats.size / 1024)} KB: a logo may have at most ${MAX_LOGO_BYTES / 1024} KB`
    return await readFile(path)
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? `file not found (looked for ${displayPath(path)}; the path is relative to the brand file)` : `cannot read ${displayPath(path)}: ${(error as Error).message}`
  }
}
