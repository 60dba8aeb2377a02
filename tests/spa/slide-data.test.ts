/**
 * Reading a locale's slide data without Slidev's CLI (after a text edit, and live in `present`)
 * must give exactly what Slidev's own loader compiles into a build. Checked against the real
 * loader on the first deck, the hostile-text fixture and notes with every feature Slidev's notes
 * renderer has (links, click marks, HTML).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ViteSlidevPlugin, resolveOptions } from '@slidev/cli'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { splitSlideModule } from '../../scripts/spa/runtime-data.ts'
import { readSlideData } from '../../scripts/spa/slide-data.ts'
import { ARTICLE_FIXTURES, renderDeckDir } from '../helpers/render.ts'

/** Each slide's data as Slidev's loader writes it into the slide's module for a build. */
async function slidevSlideData(entry: string) {
  const options = await resolveOptions({ entry }, 'build')
  const plugins = ((await ViteSlidevPlugin(options, {})) as unknown[]).flat(Infinity) as { name?: string; load?: (id: string) => unknown }[]
  const loader = plugins.find(plugin => plugin.name === 'slidev:loader')!
  const load = async (id: string) => ((await loader.load!.call({ resolve: async () => null }, id)) as { code: string }).code
  const slides = []
  for (const [index, slide] of options.data.slides.entries())
    slides.push(splitSlideModule(await load(`${slide.source.filepath}__slidev_${index + 1}.frontmatter`), index).data)
  return { slides, titles: options.data.slides.map(slide => slide.title ?? '') }
}

let temp: string
beforeAll(async () => {
  temp = await mkdtemp(join(ROOT, 'slides', '.tmp-slide-data-'))
})
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('slide data without Slidev\'s CLI', () => {
  it('equals Slidev\'s loader on the first deck in every locale', async () => {
    for (const locale of ['zh-Hans-CN', 'zh-Hant-TW', 'zh-Hant-HK']) {
      const entry = join(ROOT, 'slides', `deepseek-tech-finance.${locale}.md`)
      const [ours, slidev] = await Promise.all([readSlideData(entry), slidevSlideData(entry)])
      expect(ours.unsupported).toBeUndefined()
      expect({ slides: ours.slides, titles: ours.titles }).toEqual(slidev)
    }
  }, 120_000)

  it('equals Slidev\'s loader on hostile text and on notes with links, click marks and HTML', async () => {
    const injection = await renderDeckDir(join(ARTICLE_FIXTURES, 'injection'), 'zh-Hant-TW')
    const handWritten = [
      '---', 'theme: none', 'title: 手寫', '---', '', '# 一', '', '<!--', '看 [第二張](2)、[網站](https://example.com) 與 [錨](#x)', '', '[click] 然後 [click:2] <b>粗</b> *斜*', '-->', '',
      '---', 'layout: center', '---', '', '# 二', '',
    ].join('\n')
    for (const [name, markdown] of [['injection.md', injection.markdown], ['hand-written.md', handWritten]] as const) {
      const entry = join(temp, name)
      await writeFile(entry, markdown)
      const [ours, slidev] = await Promise.all([readSlideData(entry, markdown), slidevSlideData(entry)])
      expect({ slides: ours.slides, titles: ours.titles }).toEqual(slidev)
    }
  }, 120_000)

  it('gives text edits the same shape, and a new layout or title (the head) another', async () => {
    const entry = join(ROOT, 'slides', 'deepseek-tech-finance.zh-Hant-TW.md')
    const { readFile } = await import('node:fs/promises')
    const markdown = await readFile(entry, 'utf8')
    const base = await readSlideData(entry, markdown)
    const edited = await readSlideData(entry, markdown.replace('顯著降低大模型研發成本', '顯著降低研發成本（改）').replace('文章開頭就點出了', '文章一開頭就點出了'))
    expect(edited.shape).toBe(base.shape)
    expect(JSON.stringify(edited.slides)).not.toBe(JSON.stringify(base.slides))
    expect((await readSlideData(entry, markdown.replace('layout: dw-quote', 'layout: dw-bullets'))).shape).not.toBe(base.shape)
    expect((await readSlideData(entry, markdown.replace('title: "DeepSeek 對優化', 'title: "新 DeepSeek 對優化'))).shape).not.toBe(base.shape)
  }, 60_000)
})
