/**
 * Incremental builds for real: two small decks built with Slidev, then rebuilt. A run with no
 * change makes nothing; after one bullet of one deck is edited only that deck is rebuilt; a
 * deleted output is made again.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectPaths } from '../../scripts/core/paths.ts'
import type { Progress } from '../../scripts/core/progress.ts'
import { formatError } from '../../scripts/core/errors.ts'
import { runDecks, type RunResult } from '../../scripts/pipeline/run-decks.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

let temp: string
let paths: ReturnType<typeof projectPaths>
const decks = ['deck-a', 'deck-b']
// Pinned so that another change to the builder's files during the test cannot make it rebuild.
const builder = { scripts: 'pinned' }

/** A Progress that keeps the lines a user would see. */
function recordingProgress(lines: string[]): Progress {
  return {
    stage: () => undefined,
    done: (label, message) => lines.push(`${label}  ${message}`),
    finish: () => undefined,
    warn: message => lines.push(message),
    end: () => undefined,
  }
}

async function build(lines: string[] = []): Promise<RunResult> {
  const deckDirs = decks.map(deck => join(paths.data, deck))
  const result = await runDecks({ deckDirs, paths, outputs: ['slides', 'spa'], progress: recordingProgress(lines), builder })
  expect(result.failed.map(f => formatError(f.error))).toEqual([])
  return result
}

const spaIndex = (deck: string) => join(paths.dist, `${deck}.zh-Hant-TW`, 'index.html')
const mtime = async (path: string) => (await stat(path)).mtimeMs

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'deckwright-incremental-'))
  paths = projectPaths(join(temp, 'out'), join(temp, 'data'))
  for (const deck of decks) {
    const dir = join(paths.data, deck)
    await cp(join(ARTICLE_FIXTURES, 'minimal'), dir, { recursive: true })
    // One locale keeps the test to two Slidev builds.
    const article = await readFile(join(dir, 'article.yaml'), 'utf8')
    await writeFile(join(dir, 'article.yaml'), article.replace('meta:\n', 'meta:\n  locales: [zh-Hant-TW]\n'))
  }
  const first = await build()
  expect(first.built.sort()).toEqual(['deck-a.zh-Hant-TW', 'deck-b.zh-Hant-TW'])
})

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('incremental builds', () => {
  it('rebuilds nothing when nothing changed, and says so for each deck', async () => {
    const before = await Promise.all(decks.map(deck => mtime(spaIndex(deck))))
    const lines: string[] = []
    const started = Date.now()
    const result = await build(lines)
    expect(Date.now() - started).toBeLessThan(1500)
    expect(result.built).toEqual([])
    expect(result.upToDate.sort()).toEqual(['deck-a.zh-Hant-TW', 'deck-b.zh-Hant-TW'])
    // Vocabulary warnings (⚠) come with every run until the words are fixed; they say nothing of what was built.
    expect(lines.filter(line => !line.startsWith('⚠')).sort()).toEqual(['deck-a.zh-Hant-TW  up to date  slides, spa', 'deck-b.zh-Hant-TW  up to date  slides, spa'])
    expect(await Promise.all(decks.map(deck => mtime(spaIndex(deck))))).toEqual(before)
  })

  it('after one bullet of one deck is edited, rebuilds only that deck', async () => {
    const article = join(paths.data, 'deck-a', 'article.yaml')
    await writeFile(article, (await readFile(article, 'utf8')).replace('財政資金規模大\n', '財政資金規模很大\n'))
    const untouched = await mtime(spaIndex('deck-b'))
    const lines: string[] = []
    const result = await build(lines)
    expect(result.built).toEqual(['deck-a.zh-Hant-TW'])
    expect(result.upToDate).toEqual(['deck-b.zh-Hant-TW'])
    // Only text changed: the SPA's code comes from the cache and Vite does not run again, while
    // the page carries the new text.
    expect(lines.filter(line => line.includes(' spa '))).toEqual([expect.stringMatching(/^deck-a\.zh-Hant-TW {2}spa .*only the text changed: the built code was reused\)$/)])
    expect(await readFile(spaIndex('deck-a'), 'utf8')).toContain('財政資金規模很大')
    expect(await readFile(join(paths.slides, 'deck-a.zh-Hant-TW.md'), 'utf8')).toContain('財政資金規模很大')
    expect(await mtime(spaIndex('deck-b'))).toBe(untouched)
  })

  it('makes an output again when its files were deleted', async () => {
    await rm(join(paths.dist, 'deck-b.zh-Hant-TW'), { recursive: true })
    const result = await build()
    expect(result.built).toEqual(['deck-b.zh-Hant-TW'])
    expect(await stat(spaIndex('deck-b'))).toBeTruthy()
  })

  it('rebuilds every deck with --force', async () => {
    const deckDirs = decks.map(deck => join(paths.data, deck))
    const result = await runDecks({ deckDirs, paths, outputs: ['slides'], progress: recordingProgress([]), builder, force: true })
    expect(result.built.sort()).toEqual(['deck-a.zh-Hant-TW', 'deck-b.zh-Hant-TW'])
  })
})
