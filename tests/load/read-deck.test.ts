/** Finding a deck from what the user typed: a folder path or a deck id. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveDeckDir } from '../../scripts/load/read-deck.ts'

describe('resolveDeckDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'deckwright-resolve-'))
  const data = join(root, 'data')
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  for (const dir of ['data/report', 'data/layouts', 'layouts', 'elsewhere/mine']) mkdirSync(join(root, dir), { recursive: true })
  for (const dir of ['data/report', 'data/layouts', 'elsewhere/mine']) writeFileSync(join(root, dir, 'article.yaml'), 'meta: {}\n')

  it('takes a deck id from data/, or a folder path', () => {
    expect(resolveDeckDir('report', data)).toBe(join(data, 'report'))
    expect(resolveDeckDir(join(root, 'elsewhere', 'mine'), data)).toBe(join(root, 'elsewhere', 'mine'))
  })

  it('takes the deck, not a folder of the same name that holds no article (the repository\'s layouts/)', () => {
    const cwd = process.cwd()
    process.chdir(root)
    try {
      expect(resolveDeckDir('layouts', data)).toBe(join(data, 'layouts'))
    }
    finally {
      process.chdir(cwd)
    }
  })

  it('names the known decks when there is none by that name', () => {
    expect(() => resolveDeckDir('nothing', data)).toThrow(/no deck "nothing": .*known: layouts, report/)
  })
})
