/**
 * The edge of `deckwright rebase`: reads the deck and the revised article (any importable
 * format), rebases the references, and writes source.txt and article.yaml only when every
 * reference found its place (or with --force).
 */
import { join } from 'node:path'
import { writeFileAtomic } from '../core/atomic.ts'
import { DeckError } from '../core/errors.ts'
import { ARTICLE_FILE, displayPath, readText, SOURCE_FILE } from '../load/read-deck.ts'
import { readArticleFile } from './read-article.ts'
import { rebaseArticle, type RebaseResult } from './rebase-article.ts'
import { renderSourceText } from './source-blocks.ts'

export interface RebaseOptions {
  force?: boolean
}

export async function rebaseDeck(dir: string, newFile: string, options: RebaseOptions): Promise<RebaseResult & { written: boolean }> {
  const articlePath = join(dir, ARTICLE_FILE)
  const sourcePath = join(dir, SOURCE_FILE)
  const [articleText, oldSource, read] = await Promise.all([readText(articlePath), readText(sourcePath), readArticleFile(newFile)])
  const newSource = renderSourceText(read.blocks)
  const result = rebaseArticle(articleText, displayPath(articlePath), oldSource, newSource)
  if (result.issues.length > 0 && !options.force) {
    const noun = result.issues.length === 1 ? 'reference' : 'references'
    throw new DeckError('E_REBASE', `${result.issues.length} ${noun} cannot be placed in ${displayPath(newFile)}; nothing was changed (fix them, or pass --force to apply the rest)`, result.issues)
  }
  // The article first: a source without its article's new numbers would be the worse half-state.
  await writeFileAtomic(articlePath, result.yaml)
  await writeFileAtomic(sourcePath, newSource)
  return { ...result, written: true }
}
