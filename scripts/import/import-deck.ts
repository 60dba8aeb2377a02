/**
 * The edge of `deckwright import`: reads a file with its format's reader, drafts the article,
 * checks the draft with the builder's own validator, and writes data/<id>/source.txt and
 * article.yaml together, atomically: a failed import leaves nothing behind.
 */
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { replaceDir, tempSibling } from '../core/atomic.ts'
import { DeckError, fail } from '../core/errors.ts'
import { ARTICLE_FILE, displayPath, SOURCE_FILE } from '../load/read-deck.ts'
import { validateArticle } from '../load/validate.ts'
import { loadRegionalWords } from '../localise/regional-words.ts'
import { draftArticle, type Draft } from './draft-article.ts'
import { readArticleFile } from './read-article.ts'
import { loadSegmenter } from './segmenter.ts'
import { renderSourceText } from './source-blocks.ts'
import { renderArticleYaml } from './write-article-yaml.ts'

export interface ImportOptions {
  /** Deck id; a slug of the file name when absent. */
  id?: string
  /** Replace a deck folder that exists. */
  force?: boolean
  /** Where deck folders go (data/). */
  dataDir: string
}

export interface ImportResult {
  id: string
  dir: string
  draft: Draft
}

/** `DeepSeek 科創 金融.zh-Hant.txt` → `deepseek-zh-hant`: lowercase letters, digits, hyphens, starting with a letter. */
export function slugOf(file: string): string {
  const stem = basename(file, extname(file)).normalize('NFKD').toLowerCase()
  const slug = stem.replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '')
  return slug || 'article'
}

const DECK_ID = /^[a-z][a-z0-9-]*$/

export async function importArticle(file: string, options: ImportOptions): Promise<ImportResult> {
  const id = options.id ?? slugOf(file)
  if (!DECK_ID.test(id)) fail('E_USAGE', `--id "${id}": expected lowercase letters, digits and hyphens, starting with a letter`)
  const dir = join(options.dataDir, id)
  if (existsSync(dir) && !options.force) fail('E_IMPORT', `${displayPath(dir)} exists; pick another --id, or pass --force to replace it`)
  const read = await readArticleFile(file)
  const draft = draftArticle(read, { segmenter: loadSegmenter(), regionalWords: await loadRegionalWords({ data: options.dataDir }) }, basename(file))
  const sourceText = renderSourceText(read.blocks)
  const yaml = renderArticleYaml(draft.article, draft.comments)
  // The draft must pass the builder's own check: a draft that does not is a bug here, not the user's.
  const check = validateArticle({ articleText: yaml, articleFile: join(displayPath(dir), ARTICLE_FILE), sourceText, sourceFile: join(displayPath(dir), SOURCE_FILE) })
  if (check.issues.length) throw new DeckError('E_IMPORT', `the draft of ${displayPath(file)} does not pass the check (a bug in the importer)`, check.issues)
  await writeDeckFolder(dir, { [SOURCE_FILE]: sourceText, [ARTICLE_FILE]: yaml })
  return { id, dir, draft }
}

/** Writes the files into a temporary folder beside `dir`, then swaps it into place. */
async function writeDeckFolder(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(join(dir, '..'), { recursive: true })
  const temp = tempSibling(dir)
  try {
    await mkdir(temp)
    for (const [name, text] of Object.entries(files)) await writeFile(join(temp, name), text)
    await replaceDir(temp, dir)
  }
  catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
}

