/**
 * After a text edit, a built SPA gets its new slide data written into its pages, without a build:
 * the code holds no deck text (runtime-data.ts), and the configs and head come from the headmatter,
 * which a deck of the same shape shares with the previous build (slide-data.ts).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../core/atomic.ts'
import { replaceDeckData, splitDeckData } from './runtime-data.ts'
import type { SlideData } from './slide-data.ts'

/** The pages of a built SPA that carry the deck's data. */
export const DATA_PAGES = ['index.html', '404.html'] as const

/** Writes `slides` into the built SPA in `distDir`, keeping the page's configs, head and code. */
export async function writeSpaData(distDir: string, slides: SlideData): Promise<void> {
  for (const page of DATA_PAGES) {
    const path = join(distDir, page)
    const html = await readFile(path, 'utf8')
    const { data } = splitDeckData(html)
    await writeFileAtomic(path, replaceDeckData(html, { configs: data.configs, titles: slides.titles, slides: slides.slides }))
  }
}
