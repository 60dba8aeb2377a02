/**
 * The file edge of importing: picks the reader for the file's format, and turns every way a file
 * can be unreadable (wrong extension, empty, binary, not a zip, not a page) into one E_READ error
 * that names the file. Nothing is written here.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { DeckError, fail } from '../core/errors.ts'
import { displayPath, readText } from '../load/read-deck.ts'
import type { ReadSource } from './source-blocks.ts'

// Each reader is loaded only for its format: mammoth, linkedom and markdown-it together take
// over half a second to load, more than a plain-text import takes altogether.
const readers = {
  text: () => import('./read-text.ts'),
  markdown: () => import('./read-markdown.ts'),
  html: () => import('./read-html.ts'),
  docx: () => import('./read-docx.ts'),
}

/** The formats an article can arrive in, by file extension. */
export const IMPORT_FORMATS = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
} as const

export type ImportFormat = (typeof IMPORT_FORMATS)[keyof typeof IMPORT_FORMATS]

/** Word files carry images and fonts: allow more than the 2 MB of a text file. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024

export function formatOf(path: string): ImportFormat {
  const ext = extname(path).toLowerCase()
  const format = IMPORT_FORMATS[ext as keyof typeof IMPORT_FORMATS]
  if (!format) {
    const file = displayPath(path)
    const known = Object.keys(IMPORT_FORMATS).join(', ')
    fail('E_READ', `cannot import ${file}: ${ext ? `"${ext}" files are` : 'a file without an extension is'} not supported; expected one of ${known}`, [{ file, message: `unsupported file type ${ext || '(none)'}` }])
  }
  return format
}

export async function readArticleFile(path: string): Promise<ReadSource> {
  const format = formatOf(path)
  const file = displayPath(path)
  const source = format === 'docx' ? await readWord(path, file) : await readTextFormat(path, file, format)
  if (source.blocks.length === 0) fail('E_READ', `cannot import ${file}: it holds no text`, [{ file, message: 'no text found' }])
  return source
}

async function readTextFormat(path: string, file: string, format: 'text' | 'markdown' | 'html'): Promise<ReadSource> {
  const text = format === 'html' ? await readPage(path, file) : await readText(path)
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length
    fail('E_READ', `cannot import ${file}: it is a binary file, not ${format === 'html' ? 'a web page' : 'text'} (a NUL byte at line ${line})`, [{ file, line, message: 'binary content' }])
  }
  if (format === 'html' && !/<[a-z!][^>]*>/i.test(text))
    fail('E_READ', `cannot import ${file}: no HTML tags in it; save the page as HTML, or rename a plain-text file to .txt`, [{ file, message: 'not HTML' }])
  if (format === 'text') return (await readers.text()).readPlainText(text)
  if (format === 'markdown') return (await readers.markdown()).readMarkdown(text)
  return (await readers.html()).readHtml(text)
}

/** A saved page in the encoding it declares (GBK, Big5, …), else UTF-8 with the usual checks. */
async function readPage(path: string, file: string): Promise<string> {
  const bytes = await readBytes(path, file, 2 * 1024 * 1024)
  const charset = (await readers.html()).declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))
  if (charset === 'utf-8' || charset === 'utf8') return readText(path)
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes)
  }
  catch (error) {
    fail('E_READ', `cannot read ${file}: it declares the encoding "${charset}" but is not valid ${charset} (${(error as Error).message})`, [{ file, message: `not valid ${charset}` }])
  }
}

async function readWord(path: string, file: string): Promise<ReadSource> {
  const bytes = await readBytes(path, file, MAX_DOCX_BYTES)
  const { looksLikeZip, readDocx } = await readers.docx()
  if (!looksLikeZip(bytes))
    fail('E_READ', `cannot import ${file}: not a Word document (a .docx file is a zip archive; this one is not). Save it as .docx from Word or LibreOffice`, [{ file, message: 'not a zip archive' }])
  try {
    return await readDocx(bytes)
  }
  catch (error) {
    throw new DeckError('E_READ', `cannot import ${file}: not a readable Word document (${(error as Error).message})`, [{ file, message: 'unreadable .docx' }], { cause: error })
  }
}

async function readBytes(path: string, file: string, limit: number): Promise<Uint8Array> {
  // readText gives the located errors for missing files, folders and pipes; reuse its checks.
  const stats = await stat(path).catch(() => undefined)
  if (!stats?.isFile()) {
    await readText(path)
    fail('E_READ', `cannot read ${file}: not a regular file`, [{ file, message: 'not a regular file' }])
  }
  if (stats.size === 0) fail('E_READ', `cannot import ${file}: the file is empty`, [{ file, message: 'empty file' }])
  if (stats.size > limit) fail('E_READ', `${file} is ${(stats.size / 1024 / 1024).toFixed(1)} MB; the limit is ${limit / 1024 / 1024} MB`, [{ file, message: 'file too large' }])
  return readFile(path)
}
