/**
 * No missing glyphs: every character a deck shows is in one of its locale's self-hosted fonts
 * (checked against their real character maps with fontkit), or the build stops and says which
 * character, on which slide, with its code point.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkGlyphs } from '../../scripts/check/check-deck.ts'
import { localeCoverage } from '../../scripts/check/font-coverage.ts'
import { findMissingGlyphs, formatCodePoint } from '../../scripts/check/glyphs.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { cssFontFamily, fontStack } from '../../scripts/core/locale-fonts.ts'
import { ROOT } from '../../scripts/core/paths.ts'
import { FIXTURES } from '../helpers/fixtures.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

describe.each(LOCALES)('the fonts of %s', locale => {
  it('are the locale\'s Noto Sans, then Noto Emoji', () => {
    expect(fontStack(locale).map(font => font.package)).toEqual([{ 'zh-Hans-CN': 'noto-sans-sc', 'zh-Hant-TW': 'noto-sans-tc', 'zh-Hant-HK': 'noto-sans-hk' }[locale], 'noto-emoji'])
    expect(cssFontFamily(locale)).toMatch(/^'Noto Sans (SC|TC|HK)', 'Noto Emoji', sans-serif$/)
  })

  it('draw CJK text, Latin, emoji and symbols, and not an Egyptian hieroglyph or a private-use character', async () => {
    const { covers } = await localeCoverage(locale)
    const cjk = locale === 'zh-Hans-CN' ? '中文软件账户' : '中文軟體賬户臺灣'
    for (const char of `${cjk}AZaz09€✓✔🚀📈⚠😀👍🏽🇹🇼→①™`) expect(covers(char.codePointAt(0)!), `${char} ${formatCodePoint(char.codePointAt(0)!)}`).toBe(true)
    for (const char of ['𓀀', '\u{E000}', '\u{10FFFD}']) expect(covers(char.codePointAt(0)!), formatCodePoint(char.codePointAt(0)!)).toBe(false)
  })
})

describe('finding missing glyphs', () => {
  const nothing = () => false

  it('names each character once, with the first slide that shows it', () => {
    const slides = [{ slide: 1, texts: ['a'] }, { slide: 2, texts: ['b𓀀'] }, { slide: 3, texts: ['𓀀'] }]
    expect(findMissingGlyphs(slides, cp => cp < 0x80)).toEqual([{ slide: 2, char: '𓀀', codePoint: 0x13000 }])
  })

  it('leaves out what draws nothing: spaces, line breaks, joiners and variation selectors', () => {
    expect(findMissingGlyphs([{ slide: 1, texts: [' \n\t\u3000\u200d\ufe0f\u200b'] }], nothing)).toEqual([])
  })

  it('writes code points as Unicode does', () => {
    expect(formatCodePoint(0x13000)).toBe('U+13000')
    expect(formatCodePoint(0x20ac)).toBe('U+20AC')
    expect(formatCodePoint(0x41)).toBe('U+0041')
  })
})

describe('the glyph check of a deck', () => {
  it.each(LOCALES)('passes the emoji and symbols fixture (🚀 📈 ✓ €) in %s', async locale => {
    await expect(checkGlyphs(await renderDeckDir(join(ARTICLE_FIXTURES, 'emoji-symbols'), locale))).resolves.toBeUndefined()
  })

  it.each(LOCALES)('passes the first deck in %s', async locale => {
    await expect(checkGlyphs(await renderDeckDir(join(ROOT, 'data', 'deepseek-tech-finance'), locale))).resolves.toBeUndefined()
  })

  it('fails with E_GLYPH naming the slide, the character, its code point and where the article has it', async () => {
    const target = await renderDeckDir(join(FIXTURES, 'invalid', 'missing-glyph'), 'zh-Hant-TW')
    await expect(checkGlyphs(target)).rejects.toMatchObject({
      code: 'E_GLYPH',
      issues: [expect.objectContaining({
        line: 15,
        column: 17,
        path: 'slide 2',
        message: expect.stringMatching(/^"𓀀" U\+13000 is in no font of zh-Hant-TW \(Noto Sans TC, Noto Emoji\)/),
      })],
    })
  })
})
