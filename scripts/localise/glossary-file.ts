/** PLACEHOLDER until the localisation stage lands: reads no file yet. */
import type { ProjectPaths } from '../core/paths.ts'
import type { Deck } from '../load/read-deck.ts'
import { EMPTY_GLOSSARY, type Glossary } from './glossary.ts'

export async function readGlossaryFor(_deck: Deck, _paths: ProjectPaths): Promise<Glossary> {
  return EMPTY_GLOSSARY
}
