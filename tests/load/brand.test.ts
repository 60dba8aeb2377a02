/**
 * The brand file: every problem reported at once with file, line, column and field; the logo read
 * and checked as an image; the deck's file merged over the project's; text localised by script.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contrast } from '../../scripts/core/color.ts'
import { DeckError, formatIssue } from '../../scripts/core/errors.ts'
import { ROOT } from '../../scripts/core/paths.ts'
import { DEFAULT_BRAND } from '../../scripts/deck/brand.ts'
import { readBrandFor } from '../../scripts/load/brand-file.ts'
import { inspectLogo } from '../../scripts/load/brand-image.ts'
import { NO_BRAND, softBackground } from '../../scripts/load/brand-resolve.ts'
import { validateBrandFile } from '../../scripts/load/brand-schema.ts'
import { localiseBrand } from '../../scripts/localise/localise-brand.ts'

const INVALID = join(ROOT, 'tests', 'fixtures', 'brand', 'invalid')
const SAMPLE = join(ROOT, 'tests', 'fixtures', 'brand', 'data')
const scratch = mkdtempSync(join(tmpdir(), 'deckwright-brand-'))
const emptyDeck = { dir: join(scratch, 'no-brand-deck') }
mkdirSync(emptyDeck.dir)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The located messages `check` prints for a project brand file, paths relative to the repository. */
async function problems(brandFile: string): Promise<string[]> {
  const error = await readBrandFor(emptyDeck, { brand: brandFile }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(DeckError)
  expect((error as DeckError).code).toBe('E_BRAND')
  return (error as DeckError).issues.map(issue => formatIssue({ ...issue, file: relative(ROOT, join(process.cwd(), issue.file)) }))
}

describe('a brand file that must be refused', () => {
  it('names a logo that is not there, and where it was looked for', async () => {
    expect(await problems(join(INVALID, 'missing-logo', 'brand.yaml'))).toEqual([
      'tests/fixtures/brand/invalid/missing-logo/brand.yaml:2:7 logo: images/logo.svg: file not found (looked for tests/fixtures/brand/invalid/missing-logo/images/logo.svg; the path is relative to the brand file)',
    ])
  })

  it('names a logo that is not an image, and what it is', async () => {
    const [message] = await problems(join(INVALID, 'not-an-image', 'brand.yaml'))
    expect(message).toBe('tests/fixtures/brand/invalid/not-an-image/brand.yaml:2:7 logo: logo.png: not a PNG image: the file is a GIF image')
  })

  it('refuses an SVG logo that cannot be read', async () => {
    const [message] = await problems(join(INVALID, 'broken-svg', 'brand.yaml'))
    expect(message).toMatch(/^tests\/fixtures\/brand\/invalid\/broken-svg\/brand\.yaml:1:7 logo: logo\.svg: not a readable SVG image: /)
  })

  it('gives each colour with too little contrast on the white slide its measured ratio', async () => {
    expect(await problems(join(INVALID, 'low-contrast', 'brand.yaml'))).toEqual([
      'tests/fixtures/brand/invalid/low-contrast/brand.yaml:3:12 colors.primary: #ffcc00 has 1.51:1 contrast on the white slide; text needs at least 4.5:1 (WCAG AA): use a darker shade',
      'tests/fixtures/brand/invalid/low-contrast/brand.yaml:4:11 colors.accent: #777777 has 4.47:1 contrast on the white slide; text needs at least 4.5:1 (WCAG AA): use a darker shade',
    ])
    // The ratios in the messages are WCAG's, never rounded up past the threshold.
    expect(contrast('#777777', '#ffffff')).toBeGreaterThan(4.47)
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5)
  })

  it('reports every unknown field at once, with what was meant', async () => {
    expect(await problems(join(INVALID, 'unknown-field', 'brand.yaml'))).toEqual([
      'tests/fixtures/brand/invalid/unknown-field/brand.yaml:1:1 organization: unknown field "organization" (did you mean "organisation"?)',
      'tests/fixtures/brand/invalid/unknown-field/brand.yaml:2:1 colours: unknown field "colours" (did you mean "colors"?)',
      'tests/fixtures/brand/invalid/unknown-field/brand.yaml:5:3 footer: missing zh-Hant-TW: a text per locale gives every locale (zh-Hans-CN, zh-Hant-TW, zh-Hant-HK), or write one text for all',
      'tests/fixtures/brand/invalid/unknown-field/brand.yaml:5:3 footer: missing zh-Hant-HK: a text per locale gives every locale (zh-Hans-CN, zh-Hant-TW, zh-Hant-HK), or write one text for all',
      'tests/fixtures/brand/invalid/unknown-field/brand.yaml:6:3 footer.zh-Hant-Tw: unknown locale "zh-Hant-Tw" (did you mean "zh-Hant-TW"?)',
    ])
  })
})

describe('validating a brand file', () => {
  const messages = (yaml: string) => validateBrandFile(yaml, 'brand.yaml').issues.map(formatIssue)

  it('says why a colour written without quotes is empty', () => {
    expect(messages('colors:\n  primary: #8a1538\n')).toEqual(['brand.yaml:2:3 colors.primary: no colour: write it in quotes, as "#8a1538" (unquoted, # starts a YAML comment)'])
  })

  it('checks texts per locale, their length and the colour names', () => {
    const yaml = 'footer:\n  zh-Hans-CN: 仅供内部讨论\n  zh-Hant-Tw: 僅供內部討論\nclassification: 這是一段遠遠超過二十個字的分級標示文字，放不進頁尾\ncolors: { secondary: "#000000" }\nlogo: logo.jpg\n'
    expect(messages(yaml)).toEqual([
      'brand.yaml:2:3 footer: missing zh-Hant-TW: a text per locale gives every locale (zh-Hans-CN, zh-Hant-TW, zh-Hant-HK), or write one text for all',
      'brand.yaml:2:3 footer: missing zh-Hant-HK: a text per locale gives every locale (zh-Hans-CN, zh-Hant-TW, zh-Hant-HK), or write one text for all',
      'brand.yaml:3:3 footer.zh-Hant-Tw: unknown locale "zh-Hant-Tw" (did you mean "zh-Hant-TW"?)',
      'brand.yaml:4:17 classification: 25 characters: at most 20 fit the line it is printed on',
      'brand.yaml:5:11 colors.secondary: unknown colour "secondary": expected one of primary, accent, text',
      'brand.yaml:6:7 logo: expected an .svg or .png file, got "logo.jpg" (export the logo as SVG, or as PNG at least 512 px wide)',
    ])
  })

  it('takes a file of comments only as a brand that sets nothing', () => {
    expect(validateBrandFile('# later\n', 'brand.yaml')).toMatchObject({ settings: {}, issues: [] })
  })
})

describe('the logo', () => {
  it('is carried inline with its size, an SVG by its viewBox', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100"/></svg>')
    const checked = await inspectLogo(svg, 'svg')
    expect(checked).toMatchObject({ logo: { format: 'svg', width: 300, height: 100 } })
    if ('logo' in checked) expect(checked.logo.src.startsWith('data:image/svg+xml;base64,')).toBe(true)
  })

  it('refuses a file its extension lies about', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(await inspectLogo(png, 'svg')).toEqual({ problem: 'not an SVG image: the file is a PNG image' })
    expect(await inspectLogo(png, 'png')).toMatchObject({ problem: expect.stringMatching(/^not a readable PNG image: /) })
  })
})

describe('the brand a deck is built with', () => {
  it('is Deckwright\'s own look when no brand file applies', async () => {
    expect(await readBrandFor(emptyDeck, { brand: join(scratch, 'absent.yaml') })).toBe(NO_BRAND)
    expect(localiseBrand(NO_BRAND, 'zh-Hant-TW')).toEqual(DEFAULT_BRAND)
  })

  it('is the deck\'s file merged over the project\'s: fields replaced, colours one by one, an empty value removing', async () => {
    const deck = { dir: join(scratch, 'branded-deck') }
    mkdirSync(deck.dir)
    writeFileSync(join(deck.dir, 'brand.yaml'), 'footer: 只給董事會\nclassification:\ncolors: { accent: "#0b6e4f" }\n')
    const brand = await readBrandFor(deck, { brand: join(SAMPLE, 'brand.yaml') })
    expect(brand).toMatchObject({
      organisation: '數字治理研究中心',
      footer: '只給董事會',
      classification: '',
      colors: { primary: '#8a1538', accent: '#0b6e4f', text: '#222222' },
      chartColors: ['#8a1538', '#0b6e4f'],
      logo: { format: 'png', width: 480, height: 160 },
    })
  })

  it('keeps the sample deck\'s marking per locale, and converts the organisation to each locale\'s script', async () => {
    const source = await readBrandFor({ dir: join(SAMPLE, 'open-data') }, { brand: join(SAMPLE, 'brand.yaml') })
    expect(localiseBrand(source, 'zh-Hans-CN')).toMatchObject({ organisation: '数字治理研究中心', classification: '内部资料（限阅）' })
    expect(localiseBrand(source, 'zh-Hant-HK')).toMatchObject({ organisation: '數字治理研究中心', classification: '內部資料（限閱）' })
  })

  it('draws dividers and quotes on a tint every brand colour still reads on (4.5:1)', () => {
    const colors = { primary: '#5b2a86', accent: '#6a6a6a', text: '#595959' }
    const tint = softBackground(colors, true)
    for (const color of Object.values(colors)) expect(contrast(color, tint)).toBeGreaterThanOrEqual(4.5)
    expect(tint).not.toBe('#ffffff')
    expect(softBackground({ primary: '#174a7c', accent: '#174a7c', text: '#1b1f24' }, false)).toBe('#e8f0f8')
  })
})
