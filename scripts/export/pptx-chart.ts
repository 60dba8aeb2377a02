/**
 * Native PowerPoint charts (DrawingML chart parts) for the radar, bar and line charts: the data
 * cached in the part and kept in the embedded workbook (pptx-workbook.ts), so a reader can change
 * a value in PowerPoint's data sheet and see the chart follow. The look follows the slides'
 * chart.js charts: Okabe–Ito colours, and per series its own dash and marker (lines) or hatch
 * (bars), values written on the chart, the rating scale's full range on the axis. A value that is
 * not rated is a blank cell: a gap, never 0. Pure: chart data in, XML out.
 */
import type { FigureChartData, RatingChartData } from '../charts/chart-data.ts'
import { GRID, INK, MUTED, seriesStyle, wrapLabel } from '../charts/chart-style.ts'
import { escapeXml } from './pptx-body.ts'
import { pptxHex } from './pptx-style.ts'
import type { PptxFont } from './pptx-fonts.ts'
import { cellRef, columnName } from './pptx-workbook.ts'

export type NativeChart = RatingChartData | FigureChartData

/** chart.js point styles → DrawingML marker symbols, series by series. */
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'star', 'x', 'square', 'plus'] as const
/** chart-style.ts's dash patterns → DrawingML preset dashes. */
const DASHES = ['solid', 'dash', 'sysDot', 'dashDot', 'sysDash', 'dot', 'lgDash', 'lgDashDotDot'] as const
/** chart-style.ts's bar hatches → DrawingML patterns (white lines over the series colour). */
const PATTERNS = { 'none': '', 'diagonal': 'wdUpDiag', 'back-diagonal': 'wdDnDiag', 'horizontal': 'narHorz', 'cross': 'diagCross', 'dots': 'pct25', 'vertical': 'narVert', 'grid': 'smGrid' } as const
/** chart-config.ts's font sizes (the canvas's px are points here). */
const SIZES = { tick: 14, category: 16, legend: 15, value: 14, axisTitle: 14 } as const

const fill = (color: string) => `<a:solidFill><a:srgbClr val="${pptxHex(color)}"/></a:solidFill>`

/** Run properties for chart text: the deck's typeface named outright (charts do not all follow theme fonts). */
function textProps(size: number, color: string, font: PptxFont, lang: string, bold = false): string {
  const face = (tag: string, charset: number) => `<a:${tag} typeface="${escapeXml(font.typeface)}" charset="${charset}"/>`
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">${fill(color)}`
    + `${face('latin', 0)}${face('ea', font.charset)}${face('cs', 0)}</a:defRPr></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>`
}

function stringCache(ref: string, values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')
  return `<c:strRef><c:f>${ref}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`
}

/** Values with a blank (no point at all) where a value is null. */
function numberCache(ref: string, values: readonly (number | null)[]): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('')
  return `<c:numRef><c:f>${ref}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`
}

function seriesXml(chart: NativeChart, index: number, font: PptxFont, lang: string): string {
  const s = chart.series[index]!
  const style = seriesStyle(index, chart.palette)
  const column = columnName(index + 1)
  const rows = chart.categories.length
  // Bars are told apart by their hatch and keep a solid outline; lines by their dash.
  const dash = chart.kind === 'bar' ? 'solid' : DASHES[index % DASHES.length]
  const line = `<a:ln w="${chart.kind === 'bar' ? 19050 : 31750}" cap="rnd">${fill(style.color)}<a:prstDash val="${dash}"/><a:round/></a:ln>`
  const pattern = PATTERNS[style.hatch]
  const shape = chart.kind === 'bar'
    ? `<c:spPr>${pattern ? `<a:pattFill prst="${pattern}"><a:fgClr><a:srgbClr val="FFFFFF"/></a:fgClr><a:bgClr><a:srgbClr val="${pptxHex(style.color)}"/></a:bgClr></a:pattFill>` : fill(style.color)}${line}</c:spPr><c:invertIfNegative val="0"/>`
    : `<c:spPr><a:noFill/>${line}</c:spPr><c:marker><c:symbol val="${MARKERS[index % MARKERS.length]}"/><c:size val="8"/><c:spPr>${fill(style.color)}<a:ln w="9525">${fill(style.color)}</a:ln></c:spPr></c:marker>`
  const position = chart.kind === 'bar' ? '<c:dLblPos val="outEnd"/>' : chart.kind === 'line' ? '<c:dLblPos val="t"/>' : ''
  const labels = `<c:dLbls><c:numFmt formatCode="${numberFormat(chart.decimals)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(SIZES.value, style.textColor, font, lang, true)}${position}`
    + '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${stringCache(`Sheet1!$${column}$1`, [s.label])}</c:tx>${shape}${labels}`
    + `<c:cat>${stringCache(`Sheet1!$A$2:$A$${rows + 1}`, categoryLabels(chart))}</c:cat>`
    + `<c:val>${numberCache(`Sheet1!$${column}$2:$${column}$${rows + 1}`, s.values)}</c:val>${chart.kind === 'line' ? '<c:smooth val="0"/>' : ''}</c:ser>`
}

/**
 * Category labels as the slides wrap them (chart-config.ts): long radar spoke labels on lines of
 * about six characters, so they do not squeeze the radar; the workbook holds the same text.
 */
export function categoryLabels(chart: NativeChart): string[] {
  return chart.categories.map(c => wrapLabel(c, chart.kind === 'radar' ? 6 : 8).join('\n'))
}

/**
 * Whole numbers with thousands separators; with fractions, General, which shows as many digits as
 * a value has and pads none (a `0.##` format would print 2 as "2.").
 */
function numberFormat(decimals: number): string {
  return decimals > 0 ? 'General' : '#,##0'
}

const AXES = '<c:axId val="111"/><c:axId val="222"/>'

function plotXml(chart: NativeChart, font: PptxFont, lang: string): string {
  const series = chart.series.map((_, i) => seriesXml(chart, i, font, lang)).join('')
  if (chart.kind === 'radar') return `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}${AXES}</c:radarChart>`
  if (chart.kind === 'line') return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${AXES}</c:lineChart>`
  // chart.js: each category's group fills 72 % of its slot, each bar 92 % of its share of the group.
  const bar = 0.72 * 0.92 / chart.series.length
  const gap = Math.round(((1 - 0.72) / bar) * 100)
  const overlap = -Math.round((0.08 / 0.92) * 100)
  return `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="${Math.min(500, gap)}"/><c:overlap val="${overlap}"/>${AXES}</c:barChart>`
}

const gridLines = `<c:majorGridlines><c:spPr><a:ln w="9525">${fill(GRID)}</a:ln></c:spPr></c:majorGridlines>`
const axisLine = (show: boolean) => `<c:spPr>${show ? `<a:ln w="9525">${fill(GRID)}</a:ln>` : '<a:ln><a:noFill/></a:ln>'}</c:spPr>`

function axesXml(chart: NativeChart, font: PptxFont, lang: string): string {
  const radar = chart.kind === 'radar'
  const category = `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>${radar ? gridLines : ''}`
    + `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine(true)}`
    + `${textProps(SIZES.category, INK, font, lang)}<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  return `${category}<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/>${valueRange(chart)}</c:scaling><c:delete val="0"/><c:axPos val="l"/>${gridLines}`
    + `${radar ? '' : axisTitle(chart as FigureChartData, font, lang)}<c:numFmt formatCode="${numberFormat(chart.decimals)}" sourceLinked="0"/><c:majorTickMark val="${radar ? 'cross' : 'none'}"/><c:minorTickMark val="none"/>`
    + `<c:tickLblPos val="nextTo"/>${axisLine(radar)}${textProps(SIZES.tick, MUTED, font, lang)}<c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${radar ? '<c:majorUnit val="1"/>' : ''}</c:valAx>`
}

/** A rating axis spans the whole scale; figures start from zero (or below it, for negative values). */
function valueRange(chart: NativeChart): string {
  if ('scale' in chart) return `<c:max val="${chart.scale.max}"/><c:min val="${chart.scale.min}"/>`
  const values = chart.series.flatMap(s => s.values).filter((v): v is number => v !== null)
  return Math.min(0, ...values) === 0 ? '<c:min val="0"/>' : ''
}

/** The unit on the value axis, read upwards. */
function axisTitle(chart: FigureChartData, font: PptxFont, lang: string): string {
  const run = `<a:r><a:rPr lang="${lang}" sz="${SIZES.axisTitle * 100}" b="0">${fill(MUTED)}<a:latin typeface="${escapeXml(font.typeface)}"/><a:ea typeface="${escapeXml(font.typeface)}" charset="${font.charset}"/></a:rPr><a:t>${escapeXml(chart.unit)}</a:t></a:r>`
  return `<c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:lstStyle/><a:p>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
}

function legendXml(chart: NativeChart, font: PptxFont, lang: string, layout?: ChartLayout): string {
  // One series needs no legend: the caption names it (as on the slides).
  if (chart.kind !== 'radar' && chart.series.length < 2) return ''
  const place = layout?.legend ? manualLayout(layout.legend, false) : ''
  return `<c:legend><c:legendPos val="${chart.kind === 'radar' ? 'r' : 't'}"/>${place}<c:overlay val="0"/>${textProps(SIZES.legend, INK, font, lang)}</c:legend>`
}

/** Where the plot and the legend go, as shares of the chart's frame. */
export interface ChartLayout {
  plot: { x: number; y: number; w: number; h: number }
  legend?: { x: number; y: number; w: number; h: number }
}

const manualLayout = (box: { x: number; y: number; w: number; h: number }, inner: boolean) =>
  `<c:layout><c:manualLayout>${inner ? '<c:layoutTarget val="inner"/>' : ''}<c:xMode val="edge"/><c:yMode val="edge"/>`
  + `<c:x val="${box.x.toFixed(4)}"/><c:y val="${box.y.toFixed(4)}"/><c:w val="${box.w.toFixed(4)}"/><c:h val="${box.h.toFixed(4)}"/></c:manualLayout></c:layout>`

/**
 * A radar's layout in a frame `width` × `height` points: the web as large as the height allows
 * with room for the spoke labels around it, and the legend at the right, as on the slides.
 * Left to the application, the labels and legend squeeze the web to a fraction of the frame.
 */
export function radarLayout(width: number, height: number): ChartLayout {
  const labels = 95
  const legend = Math.min(150, width * 0.26)
  const size = Math.max(60, Math.min(height * 0.78, width - legend - 2 * labels))
  const x = Math.max(labels, (width - legend - size) / 2)
  return {
    plot: { x: x / width, y: (height - size) / 2 / height, w: size / width, h: size / height },
    legend: { x: (width - legend) / width, y: 0.3, w: legend / width, h: 0.4 },
  }
}

/** The chart part (`ppt/charts/chartN.xml`); its workbook is the part's relationship rId1. */
export function chartXml(chart: NativeChart, font: PptxFont, lang: string, layout?: ChartLayout): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea>${layout ? manualLayout(layout.plot, true) : '<c:layout/>'}`
    + `${plotXml(chart, font, lang)}${axesXml(chart, font, lang)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>${legendXml(chart, font, lang, layout)}`
    + '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
    + `${textProps(SIZES.tick, INK, font, lang)}<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
}

/** The chart's data table as the workbook holds it: categories down column A, one column per series. */
export function chartSheet(chart: NativeChart): { cells: Map<string, string | number>; columns: number; rows: number } {
  const cells = new Map<string, string | number>()
  cells.set(cellRef(0, 0), chart.table.columns[0] ?? '')
  chart.series.forEach((s, c) => {
    cells.set(cellRef(c + 1, 0), s.label)
    s.values.forEach((v, r) => v !== null && cells.set(cellRef(c + 1, r + 1), v))
  })
  categoryLabels(chart).forEach((category, r) => cells.set(cellRef(0, r + 1), category))
  return { cells, columns: chart.series.length + 1, rows: chart.categories.length + 1 }
}
