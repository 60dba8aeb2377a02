/**
 * The vocabulary check: words of another region in a locale's deck, named with their slide and
 * the locale's own word, as `check` and every build report them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVocabulary, formatVocabularyWarning, loadRegionalWords } from '../../scripts/check/check-deck.ts'
import { checkCommand } from '../../scripts/cli/check.ts'
import { EXIT } from '../../scripts/core/errors.ts'
import { LOCALES, type Locale } from '../../scripts/core/locales.ts'
import { projectPaths, ROOT } from '../../scripts/core/paths.ts'
import { readDeck } from '../../scripts/load/read-deck.ts'
import { readGlossaryFor } from '../../scripts/localise/glossary-file.ts'
import { readRegionalWords } from '../../scripts/localise/regional-words.ts'
import { findForeignWords, localeLexicon } from '../../scripts/localise/vocabulary.ts'
import { captureStderr } from '../helpers/outputs.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

const paths = projectPaths()
const planted = join(ARTICLE_FIXTURES, 'vocabulary-planted')

async function warningsOf(dir: string, locale: Locale) {
  const target = await renderDeckDir(dir, locale)
  const glossary = await readGlossaryFor(await readDeck(dir), paths)
  return { target, warnings: checkVocabulary(target, glossary, await loadRegionalWords(paths)) }
}

describe('a Taiwan deck with mainland words planted in it', () => {
  it('names every planted word with its slide and Taiwan\'s word, and nothing else', async () => {
    const { warnings } = await warningsOf(planted, 'zh-Hant-TW')
    expect(warnings.map(w => [w.slide, w.word, w.region, w.suggestion])).toEqual([
      [2, '軟件', 'CN', '軟體'],
      [2, '網絡', 'CN', '網路'],
      [2, '硬盤', 'CN', '硬碟'],
      [3, '視頻', 'CN', '影片'],
    ])
  })

  it('prints each as slide, word, suggestion and the glossary term that fixes it', async () => {
    const { target, warnings } = await warningsOf(planted, 'zh-Hant-TW')
    expect(formatVocabularyWarning(target, warnings[0]!)).toBe(
      'vocabulary-planted.zh-Hant-TW slide 2: 軟件 is a mainland word; zh-Hant-TW writes 軟體. Fix: a glossary term { match: 軟件, zh-Hant-TW: 軟體, why: … }',
    )
  })

  it('leaves 賬 to the glossary, which writes Taiwan\'s 帳', async () => {
    const { target } = await renderDeckDir(planted, 'zh-Hant-TW').then(target => ({ target }))
    const text = JSON.stringify(target.plan.slides)
    expect(text).toContain('數位帳戶')
    expect(text).not.toContain('賬')
  })

  it('warns in `check` (exit 0) and fails it with --strict (exit 1)', async () => {
    const warned = await captureStderr(() => checkCommand([planted], { quiet: true }, paths))
    expect(warned.result).toBe(EXIT.ok)
    expect(warned.stderr).toContain('⚠ vocabulary-planted.zh-Hant-TW slide 3: 視頻 is a mainland word; zh-Hant-TW writes 影片.')
    const strict = await captureStderr(() => checkCommand([planted], { quiet: true, strict: true }, paths))
    expect(strict.result).toBe(EXIT.invalid)
    expect(strict.stderr).toContain('E_VOCABULARY: vocabulary-planted.zh-Hant-TW: 4 word(s) of another region (--strict)')
    expect(strict.stderr).toMatch(/article\.yaml slide 2: 軟件 is a mainland word; zh-Hant-TW writes 軟體/)
  })
})

describe('decks with no word of another region', () => {
  it.each(LOCALES)('the first deck in %s', async locale => {
    expect((await warningsOf(join(ROOT, 'data', 'deepseek-tech-finance'), locale)).warnings).toEqual([])
  })

  it.each(['taiwan-digital', 'hongkong-fintech', 'mainland-data', 'emoji-symbols'].flatMap(deck => LOCALES.map(locale => [deck, locale] as const)))(
    '%s in %s',
    async (deck, locale) => {
      expect((await warningsOf(join(ARTICLE_FIXTURES, deck), locale)).warnings).toEqual([])
    },
  )
})

describe('the lexicon', () => {
  const words = {
    words: [{ CN: ['数据'], TW: ['資料'], HK: ['數據'] }, { CN: ['大数据'], TW: ['大數據'], HK: ['大數據'] }, { CN: ['软件'], TW: ['軟體'], HK: ['軟件'] }],
    shared: { 'zh-Hans-CN': [], 'zh-Hant-TW': [], 'zh-Hant-HK': [] },
  }
  const scan = (locale: Locale, text: string, atHome: string[] = []) =>
    findForeignWords([{ slide: 1, texts: [text] }], localeLexicon(words, locale, atHome)).map(w => w.word)

  it('lets a longer word at home cover a shorter foreign one inside it', () => {
    expect(scan('zh-Hant-TW', '大數據與數據')).toEqual(['數據'])
  })

  it('never flags the glossary\'s own words', () => {
    expect(scan('zh-Hant-TW', '軟件與數據', ['軟件'])).toEqual(['數據'])
  })

  it('knows both spellings of a Hong Kong deck: an author\'s 戶 and OpenCC\'s 户', () => {
    const accounts = { words: [{ CN: ['账户'], TW: ['帳戶'], HK: ['賬戶'] }], shared: words.shared }
    const found = (locale: Locale, text: string) => findForeignWords([{ slide: 1, texts: [text] }], localeLexicon(accounts, locale, [])).map(w => w.word)
    expect(found('zh-Hant-HK', '賬户與賬戶')).toEqual([])
    expect(found('zh-Hant-HK', '帳户與帳戶')).toEqual(['帳户', '帳戶'])
    expect(found('zh-Hant-TW', '賬戶與帳戶')).toEqual(['賬戶'])
  })
})

describe('the regional word pairs file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deckwright-words-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('starts from OpenCC\'s Taiwan and Hong Kong tables and adds the project\'s pairs', async () => {
    const words = await loadRegionalWords(paths)
    const find = (cn: string) => words.words.filter(word => word.CN.includes(cn))
    expect(find('软件')).toContainEqual({ CN: ['软件'], TW: ['軟體'], HK: ['軟件'] })
    expect(find('服务器')).toContainEqual({ CN: ['服务器'], TW: ['伺服器'], HK: ['伺服器'] })
    expect(find('账户')).toContainEqual({ CN: ['账户'], TW: ['帳戶'], HK: ['賬戶'] })
    expect(words.words.length).toBeGreaterThan(800)
  })

  it('reports every problem of a broken file at once, located', async () => {
    const file = join(dir, 'regional-words.yaml')
    writeFileSync(file, 'shared:\n  zh-Hant-TW: 支持\npairs:\n  - { CN: 账户, TW: 帳戶 }\n  - { CN: 软件, TW: 軟體, HK: 軟件, MO: 軟件 }\n')
    await expect(readRegionalWords(file)).rejects.toMatchObject({
      code: 'E_VOCABULARY',
      issues: [
        expect.objectContaining({ line: 2, path: 'shared.zh-Hant-TW' }),
        expect.objectContaining({ line: 4, path: 'pairs[0].HK' }),
        expect.objectContaining({ line: 5, path: 'pairs[1]' }),
      ],
    })
  })
})
