/**
 * The layout check in the real browser, on slides made for it: text blocks that overlap are
 * reported as `overlap` with the slide number and the start of the text, and E_LAYOUT names the
 * deck and locale. (tests/integration/layout.test.ts covers the other kinds on real decks.)
 */
import { afterAll, describe, expect, it } from 'vitest'
import { formatError } from '../../scripts/core/errors.ts'
import { BrowserManager } from '../../scripts/export/browser.ts'
import { checkLayout } from '../../scripts/export/layout-check.ts'
import { layoutError } from '../../scripts/export/slides-pdf.ts'

const browser = new BrowserManager()
afterAll(() => browser.close())

/** A slide as the print view lays it out: a 960 × 540 container holding a layout's blocks. */
const slide = (blocks: string) => `<div class="print-slide-container" style="position: relative; width: 960px; height: 540px; overflow: hidden">
  <div class="slidev-layout dw-layout" style="position: absolute; inset: 0; font: 28px sans-serif">${blocks}</div>
</div>`

describe('the layout check', () => {
  it('reports blocks of text that overlap, with the slide and the start of the text, and only those', async () => {
    const context = await (await browser.get()).newContext({ viewport: { width: 960, height: 1080 } })
    try {
      await context.addInitScript('globalThis.__name = (fn) => fn')
      const page = await context.newPage()
      await page.setContent(`<!doctype html><html lang="zh-Hant-TW"><body style="margin: 0">
        ${slide('<h1 style="margin: 0; position: absolute; top: 20px; left: 40px">標題</h1><ul style="margin: 0; position: absolute; top: 120px; left: 40px; width: 600px"><li>第一點：規模大</li><li>第二點：風險偏好高</li></ul>')}
        ${slide('<h1 style="margin: 0; position: absolute; top: 20px; left: 40px">標題</h1><p style="margin: 0; position: absolute; top: 120px; left: 40px; width: 600px">銀行信貸重視抵押</p><p style="margin: 0; position: absolute; top: 130px; left: 60px; width: 600px">見人不見物的輕資產企業難以獲得貸款</p>')}
      </body></html>`)
      const problems = await checkLayout(page)
      expect(problems).toEqual([{ slide: 2, kind: 'overlap', text: '見人不見物的輕資產企業難以獲得貸款' }])
      expect(formatError(layoutError('minimal.zh-Hant-TW', problems))).toBe([
        'E_LAYOUT: minimal.zh-Hant-TW: 1 layout problem(s): text does not fit its slide',
        '  minimal.zh-Hant-TW slide 2: overlap: "見人不見物的輕資產企業難以獲得貸款"',
      ].join('\n'))
    }
    finally {
      await context.close()
    }
  })
})
