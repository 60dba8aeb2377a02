/**
 * The handout's print stylesheet: A4 portrait, a running header (deck title, a brand's marking,
 * handout kind) and footer (source citation, page n of m) in CSS page-margin boxes, so they use
 * the same self-hosted font as the body; text and headings in the brand's colours (Deckwright's
 * own without a brand). Pure: model in, CSS out; data strings become escaped CSS strings.
 */
import type { UiStrings } from '../render/ui-strings.ts'
import type { HandoutModel } from './handout-model.ts'

const MUTED = '#5b6470'
const RULE = '#c9d0d8'

/** A CSS string literal: everything but letters, digits, spaces and non-ASCII text hex-escaped. */
export function cssString(text: string): string {
  let out = '"'
  for (const char of text) {
    const code = char.codePointAt(0)!
    const safe = /[A-Za-z0-9 ]/.test(char) || (code > 0x9f && code !== 0x2028 && code !== 0x2029 && code !== 0xfeff)
    out += safe ? char : `\\${code.toString(16).padStart(6, '0')}`
  }
  return `${out}"`
}

/** `第 3 頁，共 40 頁` as CSS content: the locale's words around the page counters. */
export function pageCounterContent(ui: UiStrings): string {
  // Numbers no page has stand in for the counters; the words around them stay the locale's.
  return ui.page(-101, -202)
    .split(/(-101|-202)/)
    .filter(part => part !== '')
    .map(part => (part === '-101' ? 'counter(page)' : part === '-202' ? 'counter(pages)' : cssString(part)))
    .join(' ')
}

/** Text and headings: the brand's text and primary colours (the slides' own without a brand). */
interface Ink {
  INK: string
  ACCENT: string
}

export function handoutCss(model: HandoutModel, fontFamily: string): string {
  const ink: Ink = { INK: model.brand.colors.text, ACCENT: model.brand.colors.primary }
  return [pageRules(model, fontFamily, ink), baseRules(fontFamily, ink), coverRules(ink), notesRules(ink), trioRules(ink), appendixRules(ink)].join('\n')
}

/** The brand's marking at the top of every page, the cover's included, set as the header's other parts (`top`); nothing without one. */
function markingRule(model: HandoutModel, { ACCENT }: Ink, top: string): string {
  const marking = model.brand.classification
  return marking ? `@top-center { content: ${cssString(marking)}; ${top} font-weight: 700; color: ${ACCENT}; }` : ''
}

function pageRules(model: HandoutModel, fontFamily: string, ink: Ink): string {
  const box = `font-family: ${fontFamily}; font-size: 7.5pt; color: ${MUTED}; line-height: 1.4;`
  // The rules sit a few millimetres off the body, so a slide never touches them.
  const top = `${box} vertical-align: bottom; padding-bottom: 2mm; margin-bottom: 5mm; border-bottom: 0.4pt solid ${RULE};`
  const bottom = `${box} vertical-align: top; padding-top: 2mm; margin-top: 5mm; border-top: 0.4pt solid ${RULE};`
  const kind = `${model.ui.handout.title} · ${model.ui.handout.layout[model.layout]}`
  return `@page {
  size: A4 portrait;
  margin: 24mm 18mm 22mm;
  @top-left { content: ${cssString(model.title)}; ${top} }
  @top-right { content: ${cssString(kind)}; ${top} text-align: right; }
  @bottom-left { content: ${cssString(`${model.ui.source}：${model.citation}`)}; ${bottom} }
  @bottom-right { content: ${pageCounterContent(model.ui)}; ${bottom} text-align: right; white-space: nowrap; }
  ${markingRule(model, ink, top)}
}
@page cover {
  @top-left { content: none; border: none; } @top-right { content: none; border: none; } @top-center { border: none; }
  @bottom-left { content: none; border: none; } @bottom-right { content: none; border: none; }
}`
}

function baseRules(fontFamily: string, { INK }: Ink): string {
  return `html { font-family: ${fontFamily}; font-size: 10.5pt; line-height: 1.75; color: ${INK};
  -webkit-print-color-adjust: exact; print-color-adjust: exact; text-rendering: geometricPrecision; }
body { margin: 0; }
h1, h2, h3, p, ol, ul, dl, dd, figure { margin: 0; padding: 0; }
ol, ul { list-style: none; }
a.mark { color: inherit; text-decoration: none; }
.frame { border: 0.5pt solid ${RULE}; }
.slot { display: block; width: 100%; aspect-ratio: 16 / 9; }
.slide { break-inside: avoid; }
.muted, .none, .chart-ref { color: ${MUTED}; }
.colophon { font-size: 8pt; color: ${MUTED}; margin-top: 10mm; }
.slide-page, .trio, .appendix { break-before: page; }`
}

function coverRules({ INK, ACCENT }: Ink): string {
  return `.cover { page: cover; padding-top: 28mm; }
.cover .brand { display: flex; align-items: center; gap: 4mm; margin: -14mm 0 14mm; }
.cover .brand-logo { height: 14mm; width: auto; max-width: 70mm; object-fit: contain; }
.cover .brand-name { font-size: 11pt; font-weight: 700; color: ${INK}; }
.cover .brand-footer { margin-top: 2mm; }
.cover .kind { font-size: 11pt; font-weight: 700; color: ${ACCENT}; letter-spacing: 0.08em; }
.cover .kind span { font-weight: 400; color: ${MUTED}; margin-left: 0.8em; letter-spacing: 0; }
.cover h1 { font-size: 24pt; line-height: 1.35; margin-top: 10mm; }
.cover .subtitle { font-size: 13pt; color: ${MUTED}; margin-top: 3mm; }
.cover .facts { display: grid; grid-template-columns: 24mm 1fr; row-gap: 2.5mm; margin-top: 12mm;
  padding-top: 8mm; border-top: 1.2pt solid ${ACCENT}; }
.cover dt { color: ${MUTED}; }
.contents-title { display: flex; justify-content: space-between; font-size: 11pt; margin-top: 14mm;
  padding-bottom: 1.5mm; border-bottom: 0.8pt solid ${INK}; }
.contents-title .range { font-size: 8.5pt; font-weight: 400; color: ${MUTED}; }
.contents li { display: flex; gap: 4mm; padding: 1.6mm 0; border-bottom: 0.4pt solid ${RULE}; }
.contents .part { flex: none; width: 22mm; color: ${MUTED}; }
.contents .name { flex: 1; }
.contents .range { flex: none; font-variant-numeric: tabular-nums; }`
}

function notesRules({ INK, ACCENT }: Ink): string {
  return `.slide-page .slide-meta { display: flex; justify-content: space-between; gap: 6mm; margin: 3mm 0 5mm;
  padding-bottom: 1.5mm; border-bottom: 0.4pt solid ${RULE}; font-size: 8.5pt; color: ${MUTED}; break-after: avoid; }
.slide-meta .sep { margin: 0 0.4em; color: ${RULE}; }
.label { font-size: 8.5pt; font-weight: 700; color: ${ACCENT}; letter-spacing: 0.08em; margin-bottom: 1.2mm; break-after: avoid; }
.notes p { margin-bottom: 2.4mm; text-align: justify; orphans: 2; widows: 2; }
.section-list li { padding: 1.2mm 0; border-bottom: 0.4pt solid ${RULE}; }
.section-list .no { display: inline-block; min-width: 24mm; color: ${MUTED}; }`
}

function trioRules({ ACCENT }: Ink): string {
  return `.trio .row { display: flex; gap: 8mm; height: 82mm; }
.trio .slide { flex: none; width: 100mm; }
.trio figcaption { font-size: 8pt; line-height: 1.4; color: ${MUTED}; margin-top: 2mm; }
.trio figcaption .no { font-weight: 700; color: ${ACCENT}; margin-right: 0.6em; }
.trio .lines { flex: 1; }
.trio .lines span { display: block; height: 7mm; border-bottom: 0.5pt solid ${RULE}; }`
}

function appendixRules({ INK, ACCENT }: Ink): string {
  return `.appendix h1 { font-size: 16pt; color: ${ACCENT}; padding-bottom: 2mm; border-bottom: 1.2pt solid ${ACCENT}; margin-bottom: 4mm; }
.appendix h2 { font-size: 12pt; margin: 7mm 0 2.5mm; break-after: avoid; }
.appendix p { margin-bottom: 1.5mm; }
.appendix .label-inline { font-weight: 700; margin-right: 0.8em; }
.errata { list-style: decimal; padding-left: 1.6em; }
.errata li { margin-bottom: 1mm; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.5; margin: 4mm 0 6mm; table-layout: fixed; }
table.data { break-inside: avoid; }
table.data th:first-child { width: 34mm; }
table.data thead th:not(:first-child) { text-align: right; }
caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: 1.5mm; break-after: avoid; }
caption .note { font-weight: 400; color: ${MUTED}; margin-left: 0.8em; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.4pt solid ${RULE}; }
thead th { border-bottom: 0.8pt solid ${INK}; background: #f1f4f7; }
tbody th { font-weight: 400; }
tr { break-inside: avoid; }
table.data td { text-align: right; font-variant-numeric: tabular-nums; }
table.sources th:first-child, table.sources td:first-child { width: 14mm; }
table.sources td:last-child, table.sources th:last-child { width: 40mm; }`
}
