import { join } from 'node:path'
import { ViteSlidevPlugin, resolveOptions } from '@slidev/cli'
import { describe, expect, it } from 'vitest'
import {
  DECK_DATA_GLOBAL,
  HEAD_END_MARKER,
  markHeadEnd,
  deckDataScript,
  localeIndexHtml,
  ModuleShapeError,
  shareKey,
  sharedSansFonts,
  splitConfigsModule,
  splitSlideModule,
} from '../../scripts/spa/runtime-data.ts'
import { ROOT } from '../../scripts/core/paths.ts'

const LOCALES = ['zh-Hans-CN', 'zh-Hant-TW', 'zh-Hant-HK'] as const
const entry = (locale: string) => join(ROOT, 'slides', `deepseek-tech-finance.${locale}.md`)

/** Slidev's own modules for the committed first deck, as its loader serves them to a build. */
async function slidevModules(locale: string) {
  const options = await resolveOptions({ entry: entry(locale) }, 'build')
  const plugins = ((await ViteSlidevPlugin(options, {})) as unknown[]).flat(Infinity) as { name?: string; load?: (id: string) => unknown }[]
  const loader = plugins.find(plugin => plugin.name === 'slidev:loader')!
  const load = async (id: string) => ((await loader.load!.call({ resolve: async () => null }, id)) as { code: string }).code
  const slides = await Promise.all(options.data.slides.map((slide, index) => load(`${slide.source.filepath}__slidev_${index + 1}.frontmatter`)))
  return { options, slides, configs: await load('/@slidev/configs') }
}

describe('splitting Slidev modules into code and data', () => {
  it('takes every slide\'s data out of the real module and leaves the same code for all locales', async () => {
    const [cn, tw] = await Promise.all([slidevModules('zh-Hans-CN'), slidevModules('zh-Hant-TW')])
    expect(cn.slides).toHaveLength(tw.slides.length)
    for (const [index, code] of tw.slides.entries()) {
      const split = splitSlideModule(code, index)
      const other = splitSlideModule(cn.slides[index]!, index)
      // The code left is the same in both locales, and it holds none of the slide's text.
      expect(split.code).toBe(other.code)
      expect(split.code).toContain(`globalThis.${DECK_DATA_GLOBAL}.slides[${index}].frontmatterData`)
      expect(split.code).not.toContain('"dw"')
      // The data is what Slidev had: the frontmatter (layout props) and the rendered notes.
      expect(split.data.frontmatterData).toEqual({ ...tw.options.data.slides[index]!.frontmatter })
      expect((split.data.slideBase as { title?: string }).title).toBe(tw.options.data.slides[index]!.title)
    }
    const quote = tw.options.data.slides.findIndex(slide => slide.title === '三個關鍵命題')
    const notes = splitSlideModule(tw.slides[quote]!, quote).data.slideBase as { noteHTML: string }
    expect(notes.noteHTML).toContain('三個關鍵命題')
    const configs = splitConfigsModule(tw.configs)
    expect(configs.code).toBe(`export default globalThis.${DECK_DATA_GLOBAL}.configs`)
    expect((configs.data as { title: string }).title).toBe('DeepSeek 對優化我國科創金融模式的啟示')
  }, 60_000)

  it('gives the first deck\'s three locales one share key, and a deck with another layout its own', async () => {
    const loaded = await Promise.all(LOCALES.map(locale => resolveOptions({ entry: entry(locale) }, 'build')))
    const keys = loaded.map(options => shareKey(options.data as never))
    expect(new Set(keys).size).toBe(1)
    const { data } = loaded[0]!
    const bullets = data.slides.findIndex(slide => slide.frontmatter.layout === 'dw-bullets')
    const slides = data.slides.map((slide, index) => index === bullets ? { ...slide, frontmatter: { ...slide.frontmatter, layout: 'dw-quote' } } : slide)
    expect(shareKey({ ...data, slides } as never)).not.toBe(keys[0])
  }, 60_000)

  it('refuses a module of another shape instead of building a deck without its data', () => {
    expect(() => splitSlideModule('export default {}', 0)).toThrow(ModuleShapeError)
    expect(() => splitConfigsModule('const configs = {}\nexport { configs }')).toThrow(ModuleShapeError)
  })

  it('keeps hostile text on one line and inside the data', () => {
    const hostile = { title: 'a),\n    start: 9,\n</script><script>alert(1)</script>\u2028 sourceIndex: 1,\u2029),' }
    const code = [
      `export const frontmatterData = ${JSON.stringify(hostile)}`,
      '  slide: {',
      `    ...(${JSON.stringify({ noteHTML: '<p>),</p>', title: hostile.title })}),`,
      '    frontmatter,',
      '    start: 12,',
      '    sourceIndex: 3,',
      '  },',
    ].join('\n')
    const split = splitSlideModule(code, 2)
    expect(split.data).toEqual({ frontmatterData: hostile, slideBase: { noteHTML: '<p>),</p>', title: hostile.title }, start: 12, sourceIndex: 3 })
    expect(split.code).toContain(`start: globalThis.${DECK_DATA_GLOBAL}.slides[2].start,`)
    const script = deckDataScript({ configs: {}, titles: [hostile.title], slides: [split.data] })
    expect(script.match(/<\/script>/g)).toHaveLength(1)
    expect(script).not.toMatch(/[\u2028\u2029]/)
    // What the browser runs gives back the text exactly.
    const run = new Function(`${script.slice('<script>'.length, -'</script>'.length)}; return globalThis.${DECK_DATA_GLOBAL}`)
    expect(run().titles[0]).toBe(hostile.title)
  })
})

describe('a locale\'s index.html from the shared build', () => {
  const page = (title: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>${title}</title></head>\n<body>\n  <div id="app"></div>\n  <script type="module" src="/@fs/main.ts"></script>\n</body>\n</html>\n`
  // Vite may rewrite text in the head it was given (seen: `(x)` dropped from a meta attribute); only what follows the marker is used.
  const built = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>啟示 x</title>${HEAD_END_MARKER}  <script type="module" src="./assets/index.js"></script>\n</head>\n<body>\n  <div id="app"></div>\n</body>\n</html>\n`

  it('has the locale\'s head, its tags, then the build\'s assets and body', () => {
    const html = localeIndexHtml({ builtHtml: built, templateHtml: page('啟示'), localeHtml: page('启示'), headTags: ['<script>data</script>', '<link rel="stylesheet" href="./fonts/zh-Hans-CN.css">'] })
    expect(html).toBe(`<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>启示</title>\n<script>data</script>\n<link rel="stylesheet" href="./fonts/zh-Hans-CN.css">  <script type="module" src="./assets/index.js"></script>\n</head>\n<body>\n  <div id="app"></div>\n</body>\n</html>\n`)
  })

  it('refuses pages that differ outside the head', () => {
    const other = page('启示').replace('<div id="app">', '<div id="app" class="x">')
    expect(() => localeIndexHtml({ builtHtml: built, templateHtml: page('啟示'), localeHtml: other, headTags: [] })).toThrow(ModuleShapeError)
    expect(() => localeIndexHtml({ builtHtml: built.replace(HEAD_END_MARKER, ''), templateHtml: page('啟示'), localeHtml: page('启示'), headTags: [] })).toThrow(ModuleShapeError)
    // The build gets no head of Slidev's, so none of the deck's words: only the marker.
    expect(markHeadEnd(page('启示 [注:2]'))).toContain(`<head>\n${HEAD_END_MARKER}</head>`)
    expect(markHeadEnd(page('启示 [注:2]'))).not.toContain('启示')
  })
})

describe('the shared build\'s sans-serif list', () => {
  it('is the locales\' list when they agree, else the per-language variable and the common fallbacks', () => {
    expect(sharedSansFonts([['"Noto Sans TC"', 'sans-serif'], ['"Noto Sans TC"', 'sans-serif']])).toEqual(['"Noto Sans TC"', 'sans-serif'])
    expect(sharedSansFonts([['"Noto Sans SC"', 'system-ui', 'sans-serif'], ['"Noto Sans TC"', 'system-ui', 'sans-serif']]))
      .toEqual(['var(--dw-font-sans)', 'system-ui', 'sans-serif'])
  })
})
