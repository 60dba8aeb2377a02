/**
 * The files a deck is built with besides its own data: the glossary and the brand, each the
 * project's with the deck's merged over it. The file edge the deck command, the dev server and
 * `check` share; both are validated here, and their problems thrown as located errors.
 */
import type { ProjectPaths } from '../core/paths.ts'
import { brandFilesFor, readBrandFor } from '../load/brand-file.ts'
import type { BrandSource } from '../load/brand-resolve.ts'
import type { Deck } from '../load/read-deck.ts'
import type { Glossary } from '../localise/glossary.ts'
import { glossaryFilesFor, readGlossaryFor } from '../localise/glossary-file.ts'

export interface DeckInputs {
  glossary: Glossary
  brand: BrandSource
  /** The glossary and brand files that apply, named in the generated files' headers. */
  files: string[]
}

export async function readDeckInputs(deck: Pick<Deck, 'dir'>, paths: Pick<ProjectPaths, 'glossary' | 'brand'>): Promise<DeckInputs> {
  const [glossary, brand] = await Promise.all([readGlossaryFor(deck, paths), readBrandFor(deck, paths)])
  return { glossary, brand, files: [...glossaryFilesFor(deck, paths), ...brandFilesFor(deck, paths)] }
}
