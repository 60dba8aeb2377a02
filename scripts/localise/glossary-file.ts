/**
 * The file edge of the glossary: reads `data/glossary.yaml` and the deck's own
 * `data/<deck>/glossary.yaml` (both optional), validates them, and merges the deck's entries on
 * top. Problems of both files are reported together as one E_GLOSSARY error.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fail } from '../core/errors.ts'
import type { ProjectPaths } from '../core/paths.ts'
import { displayPath, readText, type Deck } from '../load/read-deck.ts'
import { EMPTY_GLOSSARY, mergeGlossaries, type Glossary } from './glossary.ts'
import { validateGlossary, type GlossaryValidation } from './glossary-schema.ts'

/** Name of the glossary file, in the data folder (global) and in a deck folder (overrides). */
export const GLOSSARY_FILE = 'glossary.yaml'

/** The glossary a deck is localised with: global entries, then the deck's, which win for the same word. */
export async function readGlossaryFor(deck: Pick<Deck, 'dir'>, paths: Pick<ProjectPaths, 'glossary'>): Promise<Glossary> {
  const files = glossaryFilesFor(deck, paths)
  const results = await Promise.all(files.map(readGlossaryFile))
  const issues = results.flatMap(result => result.issues)
  if (issues.length > 0) {
    const noun = issues.length === 1 ? 'problem' : 'problems'
    fail('E_GLOSSARY', `${files.map(displayPath).join(' and ')}: ${issues.length} glossary ${noun}`, issues)
  }
  return results.reduce<Glossary>((merged, result) => mergeGlossaries(merged, result.glossary!), EMPTY_GLOSSARY)
}

/** The glossary files that apply to a deck and exist: the global one, then the deck's. */
export function glossaryFilesFor(deck: Pick<Deck, 'dir'>, paths: Pick<ProjectPaths, 'glossary'>): string[] {
  const candidates = [resolve(paths.glossary), resolve(deck.dir, GLOSSARY_FILE)]
  return [...new Set(candidates)].filter(path => existsSync(path))
}

async function readGlossaryFile(path: string): Promise<GlossaryValidation> {
  return validateGlossary(await readText(path), displayPath(path))
}

/** Where a deck's own glossary lives. */
export function deckGlossaryPath(deckDir: string): string {
  return join(deckDir, GLOSSARY_FILE)
}
