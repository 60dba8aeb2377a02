/** Where things live. Every path in the project derives from the repository root. */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locale } from '../core/locales.ts'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ProjectPaths {
  root: string
  data: string
  slides: string
  dist: string
  exports: string
  cache: string
  glossary: string
  /** The project's brand file (optional): every deck's look, under the deck's own brand.yaml. */
  brand: string
}

/**
 * Output folders can be moved (tests build into a temporary folder), and so can the data. `root` is
 * where the builder's own files are (components/, layouts/, styles/…): this repository, or a copy
 * of it that tests change.
 */
export function projectPaths(outRoot = ROOT, dataDir = join(ROOT, 'data'), root = ROOT): ProjectPaths {
  return {
    root,
    data: dataDir,
    slides: join(outRoot, 'slides'),
    dist: join(outRoot, 'dist'),
    exports: join(outRoot, 'exports'),
    cache: join(outRoot, '.cache'),
    glossary: join(dataDir, 'glossary.yaml'),
    brand: join(dataDir, 'brand.yaml'),
  }
}

/** `<deck>.<locale>`: the one naming rule for slides/, dist/ and exports/. */
export function outputName(deckId: string, locale: Locale): string {
  return `${deckId}.${locale}`
}
