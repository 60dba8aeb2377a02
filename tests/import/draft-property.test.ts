/**
 * Any text drafts into data that passes the builder's check: random articles made of hostile
 * pieces (markup, template braces, YAML syntax, emoji, lone marks, numbers, quotes, headings,
 * list markers, figures) never produce a draft the validator rejects.
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'
import { draftArticle } from '../../scripts/import/draft-article.ts'
import { loadSegmenter } from '../../scripts/import/segmenter.ts'
import { renderSourceText, textToBlocks } from '../../scripts/import/source-blocks.ts'
import { renderArticleYaml } from '../../scripts/import/write-article-yaml.ts'
import { validateArticle } from '../../scripts/load/validate.ts'
import { loadRegionalWords } from '../../scripts/localise/regional-words.ts'

const PIECES = [
  '財政資金規模大，但風險偏好低。', '数据要素市场快速扩张；交易规模持续增长！', '「引號裡的一句話，說得很長很長很長。」', '“引号里的话”',
  '一、標題', '（二）小標題', '1. 第一項建議，要做很多事。', '一是優化資源配置機制。', '第一，加強監管', '2023年：1,200', '（單位：億元）',
  '{{ secret }}', '<script>alert(1)</script>', 'key: value # not a comment', '- not a list', '🚀🎉', '？？？', '……', '$1,200', 'A1晶片', 'Al基礎設施',
  '作者：王小明', '（作者系某大學教授）', '責任編輯：李四', '天型企業', '技術一場景', 'https://example.org/a?b=c', '   ', '、', '|', '*強調*',
]

const article = fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map(parts => parts.join('')), { minLength: 1, maxLength: 12 })

describe('drafting any text', () => {
  it('gives YAML that the builder\'s check accepts, citing every body paragraph', async () => {
    const language = { segmenter: loadSegmenter(), regionalWords: await loadRegionalWords({ data: join(ROOT, 'data') }) }
    fc.assert(
      fc.property(article, lines => {
        const blocks = textToBlocks(lines.join('\n'))
        fc.pre(blocks.length > 0)
        let draft: ReturnType<typeof draftArticle>
        try {
          draft = draftArticle({ blocks, hints: {} }, language, 'random.txt')
        }
        catch (error) {
          // Only a text of titles, bylines and headings may be refused, and with its own error.
          expect(error).toMatchObject({ code: 'E_IMPORT', message: expect.stringContaining('no body text') })
          return
        }
        const check = validateArticle({ articleText: renderArticleYaml(draft.article, draft.comments), articleFile: 'article.yaml', sourceText: renderSourceText(blocks), sourceFile: 'source.txt' })
        expect(check.issues).toEqual([])
        expect(draft.coverage.covered).toEqual(draft.coverage.body)
      }),
      { numRuns: 300, seed: 11 },
    )
  })
})
