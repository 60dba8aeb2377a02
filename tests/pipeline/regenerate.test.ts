/** Regeneration for one deck and locale, as `npm run dev` does it on every save. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exitCodeFor, EXIT } from '../../scripts/core/errors.ts'
import { projectPaths, type ProjectPaths } from '../../scripts/core/paths.ts'
import { prepareTarget } from '../../scripts/pipeline/regenerate.ts'
import { startDev } from '../../scripts/pipeline/dev-session.ts'
import { ARTICLE_FIXTURES } from '../helpers/render.ts'

let root: string
let paths: ProjectPaths
let deckDir: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'deckwright-regenerate-'))
  paths = projectPaths(join(root, 'out'), join(root, 'data'))
  deckDir = join(paths.data, 'tw-only')
  cpSync(join(ARTICLE_FIXTURES, 'minimal'), deckDir, { recursive: true })
  const article = join(deckDir, 'article.yaml')
  writeFileSync(article, readFileSync(article, 'utf8').replace('meta:\n', 'meta:\n  locales: [zh-Hant-TW]\n'))
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('choosing the locale to regenerate', () => {
  it('takes the deck\'s first locale when none is asked for', async () => {
    expect((await prepareTarget(deckDir, undefined, paths)).locale).toBe('zh-Hant-TW')
  })

  it('refuses a locale the deck does not build, as `npm run deck --locale` does', async () => {
    const error = await prepareTarget(deckDir, 'zh-Hans-CN', paths).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'E_LOCALE', message: 'tw-only does not build zh-Hans-CN (its locales: zh-Hant-TW)' })
    expect(exitCodeFor(error)).toBe(EXIT.invalid)
  })

  it('so `dev --locale` refuses it before starting a server or writing anything', async () => {
    const error = await startDev(deckDir, { locale: 'zh-Hant-HK', port: 0 }, paths, () => undefined).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'E_LOCALE' })
    expect(() => readFileSync(join(paths.slides, 'tw-only.zh-Hant-HK.md'))).toThrow(/ENOENT/)
  })
})
