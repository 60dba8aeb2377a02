import { listDeckDirs, resolveDeckDir } from '../load/read-deck.ts'
import { fail } from '../core/errors.ts'
import type { ProjectPaths } from '../core/paths.ts'

/** Deck folders named on the command line (ids or paths), or every deck in data/. */
export function selectDeckDirs(refs: readonly string[], paths: ProjectPaths): string[] {
  if (refs.length > 0) return refs.map(ref => resolveDeckDir(ref, paths.data))
  const dirs = listDeckDirs(paths.data)
  if (dirs.length === 0) fail('E_NO_DECK', `no decks in ${paths.data}: add a folder with article.yaml and source.txt`)
  return dirs
}
