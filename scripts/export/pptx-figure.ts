/**
 * A chart slide's body: the caption (title, and what the numbers are: editorial ratings and the
 * scale, or the unit and source), the chart as a native PowerPoint chart (radar, bar, line) or the
 * heat-map as a native table, and the points beside it. Pure.
 */
import { isRatingChart, type RatingChartData } from '../charts/chart-data.ts'
import { heatmapModel } from '../charts/heatmap-model.ts'
import type { SlideOf } from '../deck/types.ts'
import type { TextParagraph } from './pptx-body.ts'
import { BODY_BOX, bulletList, fitParagraphs, paragraph, paragraphsHeight, slack, textShape, type PptxContext } from './pptx-frame.ts'
import type { Box, PptxCell, PptxShape } from './pptx-spec.ts'
import { COLOR, CONTENT_WIDTH, MARGIN, pptxHex, TEXT } from './pptx-style.ts'

export function chartShapes(slide: SlideOf<'chart'>, ctx: PptxContext): PptxShape[] {
  const { chart } = slide
  const style = TEXT.chart
  const bulletsWidth = slide.bullets.length ? CONTENT_WIDTH * style.bulletsShare : 0
  const width = CONTENT_WIDTH - (bulletsWidth ? bulletsWidth + style.gap : 0)
  const caption = [
    paragraph(chart.title, { size: style.caption, lineHeight: 1.35 }, 1, { bold: true }),
    paragraph(chart.subtitle, { size: style.subtitle, lineHeight: 1.35 }, 1, { color: COLOR.muted }),
  ]
  const captionHeight = slack(paragraphsHeight(caption, width, ctx.metrics))
  const plot = { x: MARGIN, y: BODY_BOX.y + captionHeight + 6, w: width, h: BODY_BOX.h - captionHeight - 6 }
  const shapes: PptxShape[] = [textShape({ x: MARGIN, y: BODY_BOX.y, w: width, h: captionHeight }, caption)]
  if (chart.kind === 'heatmap' && isRatingChart(chart)) shapes.push(...heatmapShapes(chart, plot, ctx))
  else shapes.push({ type: 'chart', box: plot, chart })
  if (bulletsWidth) {
    const box = { x: MARGIN + width + style.gap, y: BODY_BOX.y, w: bulletsWidth, h: BODY_BOX.h }
    const size = { size: TEXT.chartBullets.size, lineHeight: TEXT.chartBullets.lineHeight, after: TEXT.chartBullets.after, indent: TEXT.chartBullets.indent }
    shapes.push(textShape(box, fitParagraphs(s => bulletList(slide.bullets, size, s), box.w, box.h, ctx.metrics).paragraphs))
  }
  return shapes
}

/** Sizes of the heat-map's text, as in components/ChannelHeatmap.vue. */
const HEAT = { column: 14, row: 16, value: 20, unrated: 13, key: 13 } as const

/**
 * Dimensions down, channels across, the value in every cell on its colour; a cell the article
 * does not rate says so (未評分) on a hatched fill. A colour key runs under the table.
 */
function heatmapShapes(chart: RatingChartData, box: Box, ctx: PptxContext): PptxShape[] {
  const model = heatmapModel(chart)
  const keyHeight = HEAT.key * 1.6
  const table = { ...box, h: box.h - keyHeight - 8 }
  const labelWidth = Math.min(128, Math.max(80, ...chart.categories.map(c => [...c].length * HEAT.row + 12)))
  const columnWidth = (table.w - labelWidth) / model.columns.length
  const head = model.columns.map(c => cell([paragraph(c.text, { size: HEAT.column, lineHeight: 1.25 }, 1, { bold: true }, { align: 'ctr' })]))
  const headHeight = Math.max(...model.columns.map(c => paragraphsHeight([paragraph(c.text, { size: HEAT.column, lineHeight: 1.25 }, 1, { bold: true })], columnWidth - 4, ctx.metrics))) + 8
  const rows = model.rows.map(row => [
    cell([paragraph(row.label.text, { size: HEAT.row, lineHeight: 1.25 }, 1)]),
    ...row.cells.map(c => c.value === null
      ? cell([paragraph(c.text, { size: HEAT.unrated, lineHeight: 1.25 }, 1, { color: COLOR.muted }, { align: 'ctr' })], 'unrated')
      : cell([paragraph(c.text, { size: HEAT.value, lineHeight: 1.2 }, 1, { bold: true, color: pptxHex(c.color) }, { align: 'ctr' })], c.background)),
  ])
  const rowHeight = (table.h - headHeight) / model.rows.length
  return [
    {
      type: 'table',
      box: table,
      columns: [labelWidth, ...model.columns.map(() => columnWidth)],
      rows: [headHeight, ...model.rows.map(() => rowHeight)],
      cells: [[cell([]), ...head], ...rows],
    },
    textShape({ x: box.x, y: table.y + table.h + 8, w: box.w, h: keyHeight }, [heatKey(chart, model.key)], 'ctr'),
  ]
}

function cell(paragraphs: TextParagraph[], fill: string = 'none'): PptxCell {
  return { body: { paragraphs, anchor: 'ctr' }, fill: fill === 'none' || fill === 'unrated' ? fill : pptxHex(fill) }
}

/** `■ 1＝低 ■ 2 … ■ 5＝高 ▨ 未評分`, each swatch in its cell colour. */
function heatKey(chart: RatingChartData, key: ReturnType<typeof heatmapModel>['key']): TextParagraph {
  const run = (text: string, color: string) => ({ text, size: HEAT.key, color })
  const runs = key.flatMap(item => [run('■', pptxHex(item.background)), run(` ${item.text}　`, COLOR.muted)])
  runs.push(run('▨', '8A939D'), run(` ${chart.notRated}`, COLOR.muted))
  return { runs, lineHeight: 1.3, align: 'r' }
}
