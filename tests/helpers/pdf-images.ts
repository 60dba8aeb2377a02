/**
 * PDF pages as images, to compare what a reader sees: poppler's pdftoppm renders each page (grey,
 * with the fonts embedded in the file). A machine without poppler gets it the way the setup gets
 * Chromium: through apt-get when root; otherwise the test fails saying what to install.
 *
 * Two prints of the same slide are not always the same pixels: printed with the whole deck, a
 * slide's page also holds clipped fragments of its neighbours, and where their edges meet the
 * slide's, anti-aliasing shades the edge row a little differently (seen: one row, at most 48 grey
 * levels apart, on a slide drawn small in the handout). So pages count as the same when no pixel
 * is more than TOLERANCE grey levels apart. A changed glyph, line or chart moves pixels from white
 * to dark, far past that.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Grey levels (of 255) the same pixel of two renders of one page may differ by: a quarter of the range. */
export const TOLERANCE = 64

export interface GreyImage {
  width: number
  height: number
  pixels: Uint8Array
}

let checked = false

/** Makes sure pdftoppm is there, installing Debian's poppler-utils when it can. */
export function ensurePoppler(): void {
  if (checked) return
  const has = () => spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0
  if (!has()) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
    if (!isRoot) throw new Error('pdftoppm not found: install poppler-utils (sudo apt-get install poppler-utils)')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], { stdio: 'inherit', env })
    if (!has()) throw new Error('pdftoppm not found and apt-get could not install poppler-utils')
  }
  checked = true
}

/** Every page of the PDF rendered in grey at `dpi`, in page order. */
export async function renderPages(pdf: Uint8Array, dpi = 72): Promise<GreyImage[]> {
  ensurePoppler()
  const dir = await mkdtemp(join(tmpdir(), 'deckwright-render-'))
  try {
    await writeFile(join(dir, 'in.pdf'), pdf)
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', join(dir, 'in.pdf'), join(dir, 'page')])
    const pages = (await readdir(dir)).filter(name => name.startsWith('page-')).sort()
    return Promise.all(pages.map(async name => readPgm(await readFile(join(dir, name)))))
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A binary PGM (P5, 8 bits) as pdftoppm writes it. */
function readPgm(bytes: Buffer): GreyImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not an 8-bit binary PGM')
  const [, width, height] = header.map(Number)
  return { width: width!, height: height!, pixels: bytes.subarray(header[0].length) }
}

/** Pixels that differ by more than TOLERANCE grey levels (all of them when the sizes differ). */
export function differingPixels(a: GreyImage, b: GreyImage): number {
  if (a.width !== b.width || a.height !== b.height) return a.width * a.height
  let count = 0
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs(a.pixels[i]! - b.pixels[i]!) > TOLERANCE) count++
  return count
}

/** 1-based numbers of the pages that do not look the same (or that only one file has). */
export async function differingPages(a: Uint8Array, b: Uint8Array, dpi = 72): Promise<number[]> {
  const [first, second] = await Promise.all([renderPages(a, dpi), renderPages(b, dpi)])
  const pages = Math.max(first.length, second.length)
  return Array.from({ length: pages }, (_, i) => i + 1).filter((no) => {
    const [x, y] = [first[no - 1], second[no - 1]]
    return !x || !y || differingPixels(x, y) > 0
  })
}
