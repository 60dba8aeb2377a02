import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fontStylesheetTag, woff2OnlyCss, writeSpaFonts } from '../../scripts/spa/spa-fonts.ts'
import { cssFontFamily, FONT_WEIGHTS, fontStack } from '../../scripts/core/locale-fonts.ts'
import { LOCALES } from '../../scripts/core/locales.ts'
import { ROOT } from '../../scripts/core/paths.ts'

const require = createRequire(import.meta.url)
const tcDir = dirname(require.resolve('@fontsource/noto-sans-tc/package.json'))

describe('the SPA\'s self-hosted font', () => {
  const out = mkdtempSync(join(tmpdir(), 'deckwright-fonts-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('keeps every @font-face of the @fontsource sheet with its WOFF2 file only', () => {
    const css = readFileSync(join(tcDir, '400.css'), 'utf8')
    const faces = css.match(/@font-face/g)!.length
    const { css: rewritten, files } = woff2OnlyCss(css)
    expect(files).toHaveLength(faces)
    expect(rewritten.match(/@font-face/g)).toHaveLength(faces)
    expect(rewritten).not.toMatch(/\.woff\)|format\('woff'\)|\.\/files\//)
    expect(rewritten).toContain('unicode-range')
    for (const file of files) expect(existsSync(join(tcDir, 'files', file))).toBe(true)
  })

  it('writes the locale\'s stylesheet and exactly the files it names, no other locale\'s', async () => {
    await writeSpaFonts(out, 'zh-Hant-HK')
    const dir = join(out, 'fonts')
    const sheet = readFileSync(join(dir, 'zh-Hant-HK.css'), 'utf8')
    const named = [...sheet.matchAll(/url\(\.\/([^)]+)\)/g)].map(match => match[1])
    expect(sheet).toContain('font-family: \'Noto Sans HK\'')
    expect(sheet).toMatch(/font-weight: 400/)
    expect(sheet).toMatch(/font-weight: 700/)
    expect(readdirSync(dir).sort()).toEqual([...named, 'zh-Hant-HK.css'].sort())
    expect(readdirSync(dir).every(file => file === 'zh-Hant-HK.css' || file.startsWith('noto-sans-hk-') || file.startsWith('noto-emoji-'))).toBe(true)
    // Noto Emoji follows as the fallback for emoji and symbols, in both weights.
    expect(sheet).toContain('font-family: \'Noto Emoji\'')
    expect(readdirSync(dir).some(file => file.startsWith('noto-emoji-'))).toBe(true)
    expect(fontStylesheetTag('zh-Hant-HK')).toBe('<link rel="stylesheet" href="./fonts/zh-Hant-HK.css">')
  })
})

describe('the stylesheets outside the build', () => {
  it.each(LOCALES)('set %s in the same fonts as the one table (scripts/core/locale-fonts.ts)', locale => {
    const sheet = readFileSync(join(ROOT, 'styles', 'fonts', `${locale}.css`), 'utf8')
    for (const font of fontStack(locale)) {
      for (const weight of FONT_WEIGHTS) expect(sheet).toContain(`@import '@fontsource/${font.package}/${weight}.css';`)
    }
    const deckCss = readFileSync(join(ROOT, 'styles', 'deck.css'), 'utf8')
    expect(deckCss).toContain(`html:lang(${locale}) { --dw-font-sans: ${cssFontFamily(locale)}; }`)
  })
})
