/**
 * Incremental builds for real, through the deck command: two small decks in a temporary project
 * (a copy of the builder, so its components can be edited), built with Slidev, then rebuilt. A
 * run with no change makes nothing; after one bullet of one deck is edited only that deck is
 * rebuilt; an edit to components/ makes Vite build again; a deleted output is made again;
 * --verbose says why each output is rebuilt. Every test starts from an up-to-date build of the
 * unedited decks, so each stands alone.
 */
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { deckCommand, type DeckOptions } from '../../scripts/cli/deck.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { captureStderr, readCacheTree } from '../helpers/outputs.ts'
import { createTempProject, type TempProject } from '../helpers/project.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

const DECKS = ['deck-a', 'deck-b']
const NAMES = DECKS.map(deck => `${deck}.zh-Hant-TW`)
const COMPONENT = join('components', 'SourceFooter.vue')

let project: TempProject
const originals = new Map<string, string>()

/** `deckwright deck deck-a deck-b --only slides,spa`; returns what it printed, one line per entry. */
async function build(options: DeckOptions = {}, decks = DECKS): Promise<string[]> {
  const { result, stderr } = await captureStderr(() => deckCommand(decks, { only: 'slides,spa', ...options }, project.paths))
  expect(result, stderr).toBe(EXIT.ok)
  return stderr.split('\n').map(line => line.trim().replace(/^\d+\.\ds {2}/, '')).filter(Boolean)
}

const file = (...parts: string[]) => join(project.root, ...parts)
const spaIndex = (name: string) => file('dist', name, 'index.html')
const mtime = async (path: string) => (await stat(path)).mtimeMs
const builtCode = async (name: string) => {
  const assets = file('dist', name, 'assets')
  const files = (await readdir(assets, { recursive: true })).filter(name => name.endsWith('.js'))
  return (await Promise.all(files.map(name => readFile(join(assets, name), 'utf8')))).join('\n')
}

beforeAll(async () => {
  project = await createTempProject('incremental')
  for (const deck of DECKS) {
    const dir = join(project.paths.data, deck)
    await cp(join(ARTICLE_FIXTURES, 'minimal'), dir, { recursive: true })
    // One locale keeps the test to one Vite build (the second deck reuses its code).
    const article = join(dir, 'article.yaml')
    await writeFile(article, (await readFile(article, 'utf8')).replace('meta:\n', 'meta:\n  locales: [zh-Hant-TW]\n'))
  }
  for (const path of [...DECKS.map(deck => join('data', deck, 'article.yaml')), COMPONENT]) originals.set(path, await readFile(file(path), 'utf8'))
}, 300_000)

beforeEach(async () => {
  for (const [path, text] of originals) {
    if (await readFile(file(path), 'utf8') !== text) await writeFile(file(path), text)
  }
  await build()
}, 300_000)

afterAll(async () => {
  await project?.remove()
})

describe('incremental builds', () => {
  it('rebuilds nothing when nothing changed, and says so for each deck', async () => {
    const before = await Promise.all(NAMES.map(name => mtime(spaIndex(name))))
    const records = readCacheTree(project.root)
    const lines = await build()
    // Vocabulary warnings (⚠) come with every run until the words are fixed; they say nothing of what was built.
    expect(lines.filter(line => !line.startsWith('✓') && !line.startsWith('⚠')).sort()).toEqual(NAMES.map(name => `${name}  up to date  slides, spa`))
    expect(lines.at(-1)).toMatch(/^✓ 0 deck\/locale\(s\) built, 2 up to date \(\d+\.\ds\)$/)
    expect(await Promise.all(NAMES.map(name => mtime(spaIndex(name))))).toEqual(before)
    expect(readCacheTree(project.root)).toEqual(records)
  })

  it('after one bullet of one deck is edited, rebuilds only that deck, reusing its built code, and --verbose says why', async () => {
    const article = file('data', 'deck-a', 'article.yaml')
    await writeFile(article, (await readFile(article, 'utf8')).replace('財政資金規模大\n', '財政資金規模很大\n'))
    const untouched = await mtime(spaIndex('deck-b.zh-Hant-TW'))
    const lines = await build({ verbose: true })
    expect(lines).toContain('deck-a.zh-Hant-TW  spa out of date: markdown')
    expect(lines).toContain('deck-b.zh-Hant-TW  up to date  slides, spa')
    // Only text changed: nothing is built (no Vite, no worker), the page gets the new slide data.
    expect(lines.filter(line => / {2}spa {5}/.test(line))).toEqual([expect.stringMatching(/^deck-a\.zh-Hant-TW {2}spa .*only the text changed: new slide data, no build\)$/)])
    expect(lines.at(-1)).toMatch(/^✓ 1 deck\/locale\(s\) built, 1 up to date/)
    expect(await readFile(spaIndex('deck-a.zh-Hant-TW'), 'utf8')).toContain('財政資金規模很大')
    expect(await readFile(file('slides', 'deck-a.zh-Hant-TW.md'), 'utf8')).toContain('財政資金規模很大')
    expect(await mtime(spaIndex('deck-b.zh-Hant-TW'))).toBe(untouched)
  })

  it('after an edit to components/, builds the deck again with Vite, and the SPA has the new component', async () => {
    const component = file(COMPONENT)
    const text = await readFile(component, 'utf8')
    const edited = text.replace('<footer class="dw-footer"', '<footer data-edited="EDITED-IN-TEST" class="dw-footer"')
    expect(edited).not.toBe(text)
    await writeFile(component, edited)
    // One deck is enough to show it (the other would be rebuilt the same way).
    const lines = await build({ verbose: true }, ['deck-a'])
    expect(lines).toContain('deck-a.zh-Hant-TW  spa out of date: builder:components')
    expect(lines.filter(line => / {2}spa {5}/.test(line))).toEqual([expect.not.stringContaining('reused')])
    expect(lines.at(-1)).toMatch(/^✓ 1 deck\/locale\(s\) built \(/)
    expect(await builtCode('deck-a.zh-Hant-TW')).toContain('EDITED-IN-TEST')
  })

  it('makes an output again when its files were deleted, and --verbose says so', async () => {
    await rm(file('dist', 'deck-b.zh-Hant-TW'), { recursive: true })
    const lines = await build({ verbose: true })
    expect(lines).toContain('deck-b.zh-Hant-TW  spa out of date: output missing')
    expect(lines).toContain('deck-a.zh-Hant-TW  up to date  slides, spa')
    expect(await stat(spaIndex('deck-b.zh-Hant-TW'))).toBeTruthy()
  })

  it('rebuilds every deck with --force', async () => {
    const lines = await build({ force: true, only: 'slides' })
    expect(lines.at(-1)).toMatch(/^✓ 2 deck\/locale\(s\) built \(/)
  })
})
