/**
 * The file edge of loading: finds deck folders, reads article.yaml and source.txt, and hands the
 * text to the pure validator. Every failure names the file.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { DeckError, fail, type Issue } from '../core/errors.ts'
import type { Article } from './schema.ts'
import { LOCALES, type Locale } from '../core/locales.ts'
import type { HandoutLayout } from '../core/outputs.ts'
import type { SourceText } from './source-text.ts'
import { validateArticle } from './validate.ts'

export const ARTICLE_FILE = 'article.yaml'
export const SOURCE_FILE = 'source.txt'
/** Larger inputs are refused before parsing: no real article comes near this. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024

/** A validated deck with every default resolved; later stages never test for `undefined`. */
export interface Deck {
  /** Folder name: the deck's id in output names. */
  id: string
  /** Absolute folder path. */
  dir: string
  /** article.yaml path as shown in messages. */
  articleFile: string
  sourceFile: string
  article: Article
  source: SourceText
  locales: readonly Locale[]
  handout: HandoutLayout
}

/** Shown paths are relative to the working directory, as terminals and editors expect. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') ? rel : path
}

/** Deck folders under `dataDir`: every folder holding an article.yaml, sorted by name. */
export function listDeckDirs(dataDir: string): string[] {
  if (!existsSync(dataDir)) return []
  return readdirSync(dataDir, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && hasEntry(join(dataDir, entry.name, ARTICLE_FILE)))
    .map(entry => join(dataDir, entry.name))
    .sort()
}

/**
 * Whether anything is at `path`, even a broken or looping symbolic link (existsSync says no to
 * those): such a deck is listed, and then fails with a clear read error instead of being skipped.
 */
function hasEntry(path: string): boolean {
  try {
    lstatSync(path)
    return true
  }
  catch {
    return false
  }
}

/**
 * A deck given as a folder path (`./my/deck`) or an id (`deepseek-tech-finance`). A folder that
 * holds an article wins: the deck `layouts` is data/layouts, not the repository's layouts/ folder.
 */
export function resolveDeckDir(ref: string, dataDir: string): string {
  const folders = [resolve(ref), join(dataDir, ref)].filter(dir => existsSync(dir) && statSync(dir).isDirectory())
  const dir = folders.find(folder => hasEntry(join(folder, ARTICLE_FILE))) ?? folders[0]
  if (dir) return dir
  const known = listDeckDirs(dataDir).map(d => basename(d))
  fail('E_NO_DECK', `no deck "${ref}": not a folder, and not a deck id in ${displayPath(dataDir)} (known: ${known.join(', ') || 'none'})`)
}

export async function readText(path: string): Promise<string> {
  const file = displayPath(path)
  let size: number
  try {
    const stats = await stat(path)
    // A named pipe, socket or device would make the read wait forever or never end.
    if (!stats.isFile() && !stats.isDirectory())
      fail('E_READ', `cannot read ${file}: not a regular file (a named pipe, socket or device)`, [{ file, message: 'not a regular file' }])
    size = stats.size
  }
  catch (error) {
    throw error instanceof DeckError ? error : readError(file, error)
  }
  if (size > MAX_INPUT_BYTES)
    fail('E_READ', `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`, [
      { file, message: `file too large (${size} bytes)` },
    ])
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  }
  catch (error) {
    throw readError(file, error)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    const at = utf8ErrorAt(bytes)
    const hex = `0x${bytes[at.offset]!.toString(16).toUpperCase().padStart(2, '0')}`
    fail('E_READ', `cannot read ${file}: not valid UTF-8 text (byte ${hex} at line ${at.line}, column ${at.column}); save it as UTF-8`, [
      { file, line: at.line, column: at.column, message: `not valid UTF-8 text: byte ${hex}` },
    ])
  }
}

/** The first byte that is not UTF-8, and its line and column (counted in the characters before it). */
export function utf8ErrorAt(bytes: Uint8Array): { offset: number; line: number; column: number } {
  const validPrefix = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true })
      return true
    }
    catch {
      return false
    }
  }
  // Binary search for the shortest invalid prefix: its last byte is where decoding fails.
  let valid = 0
  let invalid = bytes.length
  while (invalid - valid > 1) {
    const mid = (valid + invalid) >> 1
    if (validPrefix(mid)) valid = mid
    else invalid = mid
  }
  const offset = invalid - 1
  const lineStart = offset > 0 ? bytes.lastIndexOf(0x0a, offset - 1) + 1 : 0
  const line = bytes.subarray(0, lineStart).filter(byte => byte === 0x0a).length + 1
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1
  return { offset, line, column }
}

function readError(file: string, error: unknown): DeckError {
  const code = (error as NodeJS.ErrnoException).code
  const reason
    = code === 'ENOENT' ? 'file not found'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : code === 'ELOOP' ? 'symbolic link loop'
          : code === 'EISDIR' ? 'is a folder, expected a file'
              : (error as Error).message
  return new DeckError('E_READ', `cannot read ${file}: ${reason}`, [{ file, message: reason }], { cause: error })
}

/** Reads and validates one deck folder; throws E_SCHEMA with every located problem. */
export async function readDeck(dir: string): Promise<Deck> {
  const articlePath = join(dir, ARTICLE_FILE)
  const sourcePath = join(dir, SOURCE_FILE)
  const articleFile = displayPath(articlePath)
  const sourceFile = displayPath(sourcePath)
  const [articleText, sourceText] = await Promise.all([readText(articlePath), readText(sourcePath)])
  const result = validateArticle({ articleText, articleFile, sourceText, sourceFile })
  if (!result.article) throw schemaError(articleFile, result.issues)
  const { article } = result
  return {
    id: basename(dir),
    dir,
    articleFile,
    sourceFile,
    article,
    source: result.source,
    locales: article.meta.locales ?? LOCALES,
    handout: article.meta.handout ?? 'notes',
  }
}

export function schemaError(file: string, issues: Issue[]): DeckError {
  const noun = issues.length === 1 ? 'problem' : 'problems'
  return new DeckError('E_SCHEMA', `${file}: ${issues.length} ${noun}`, issues)
}
