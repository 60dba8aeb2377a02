/** The first deck as each audience reads it: slides and notes, per locale. */
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { slidevSlide } from '../../scripts/render/layout-props.ts'
import { renderDeckDir } from '../helpers/render.ts'

const deckDir = join(ROOT, 'data', 'deepseek-tech-finance')

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(allText)
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText)
  return []
}

async function deckText(locale: 'zh-Hans-CN' | 'zh-Hant-TW' | 'zh-Hant-HK'): Promise<string> {
  const { plan } = await renderDeckDir(deckDir, locale)
  return plan.slides.flatMap(slide => [slide.title, slide.notes, ...allText(slidevSlide(slide, plan.ui).props)]).join('\n')
}

describe('the first deck in zh-Hant-TW', () => {
  it('uses Taiwan words wherever the article\'s words appear', async () => {
    const text = await deckText('zh-Hant-TW')
    for (const word of ['遊戲', '複雜', '軟體', '矽谷', '晶片']) expect(text, word).toContain(word)
    for (const word of ['游戲', '復雜', '軟件', '硅谷', '芯片']) expect(text, word).not.toContain(word)
  })
})

describe('the first deck in zh-Hans-CN', () => {
  it('contains no Traditional-only characters (converting to Simplified again changes nothing)', async () => {
    const text = await deckText('zh-Hans-CN')
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
    const changed = [...text].filter(char => /\p{Script=Han}/u.test(char) && toSimplified(char) !== char)
    expect([...new Set(changed)]).toEqual([])
  })
})

describe.each(['zh-Hans-CN', 'zh-Hant-TW', 'zh-Hant-HK'] as const)('the first deck in %s', locale => {
  it('has no half-width comma, colon, semicolon or parenthesis between Chinese characters', async () => {
    const text = await deckText(locale)
    expect(text.match(/\p{Script=Han}[,;:()]\p{Script=Han}?/gu) ?? []).toEqual([])
  })

  it('uses the locale\'s quotation marks', async () => {
    const text = await deckText(locale)
    if (locale === 'zh-Hans-CN') {
      expect(text).toMatch(/“[^”]+”/)
      expect(text).not.toMatch(/[「」『』]/)
    }
    else {
      expect(text).toMatch(/「[^」]+」/)
      expect(text).not.toMatch(/[“”]/)
    }
  })

  it('keeps 技術極客 + 自由資本 readable, with its spaced plus', async () => {
    expect(await deckText(locale)).toMatch(/极客 \+ 自由资本|極客 \+ 自由資本/)
  })
})
