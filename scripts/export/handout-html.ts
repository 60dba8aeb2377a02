/**
 * The handout as one HTML document, for Chromium to paginate and print. Pure: model in, string
 * out. Every data string is HTML-escaped. Each slide is a figure named by the slide's text (its
 * alternative text in the tagged handout), an empty 16:9 box holding a link to
 * `SLOT_URL + n`; after printing, the compose stage finds those link rectangles and draws the
 * slide PDF's page there as vectors. Headings the outline needs carry `MARK_URL + id` links.
 */
import type { ChartTable } from '../charts/chart-data.ts'
import { ANCHOR_ORIGIN } from '../core/links.ts'
import { handoutCss } from './handout-css.ts'
import type { HandoutModel, HandoutSlide } from './handout-model.ts'

export { ANCHOR_ORIGIN }
export const SLOT_URL = `${ANCHOR_ORIGIN}/slot/`
export const MARK_URL = `${ANCHOR_ORIGIN}/mark/`

/** Appendix headings the outline links to, in order. */
export type MarkId = 'appendix' | 'sources' | 'errata' | 'charts'

export interface HandoutHtmlOptions {
  /** Stylesheets declaring the locale's font (self-hosted @font-face rules). */
  fontStylesheets: readonly string[]
  /** CSS font-family list for all text. */
  fontFamily: string
}

export function renderHandoutHtml(model: HandoutModel, options: HandoutHtmlOptions): string {
  const links = options.fontStylesheets.map(href => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')
  const body = model.layout === '3up' ? renderTrios(model) : model.slides.map(s => renderNotesPage(model, s)).join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(model.locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${model.title}（${model.ui.handout.title}）`)}</title>
${links}
<style>${handoutCss(model, options.fontFamily)}</style>
</head>
<body class="layout-${model.layout}">
${renderCover(model)}
${body}
${renderAppendix(model)}
</body>
</html>
`
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

const esc = escapeHtml

function slot(model: HandoutModel, no: number): string {
  return `<div class="frame"><a class="slot" href="${SLOT_URL}${no}" aria-label="${esc(model.ui.slide(no))}"></a></div>`
}

function mark(id: MarkId, text: string): string {
  return `<a class="mark" href="${MARK_URL}${id}">${esc(text)}</a>`
}

function renderCover(model: HandoutModel): string {
  const { ui } = model
  const facts: [string, string[]][] = [
    [ui.authors, model.authors],
    [ui.editor, model.editor ? [model.editor] : []],
    [ui.source, model.source ? [model.source] : []],
    [ui.handout.prepared, [model.date]],
    [ui.handout.language, [ui.localeName]],
    [ui.handout.duration, model.duration ? [model.duration] : []],
  ]
  const rows = facts.filter(([, lines]) => lines.length > 0)
    .map(([label, lines]) => `<dt>${esc(label)}</dt><dd>${lines.map(esc).join('<br>')}</dd>`).join('')
  return `<section class="cover">
${renderBrandMark(model)}<p class="kind">${esc(ui.handout.title)}<span>${esc(ui.handout.layout[model.layout])}</span></p>
<h1>${esc(model.title)}</h1>
${model.subtitle ? `<p class="subtitle">${esc(model.subtitle)}</p>` : ''}
<dl class="facts">${rows}</dl>
${renderContents(model)}
<p class="colophon">${esc(ui.handout.slideCount(model.slides.length))} · ${esc(ui.generatedBy)}</p>
${model.brand.footer ? `<p class="colophon brand-footer">${esc(model.brand.footer)}</p>` : ''}
</section>`
}

/** The organisation's logo and name above the cover's title; nothing without them. */
function renderBrandMark(model: HandoutModel): string {
  const { logo, organisation } = model.brand
  if (!logo && !organisation) return ''
  // The logo is an image, never markup: an SVG in an <img> runs nothing.
  const image = logo ? `<img class="brand-logo" src="${esc(logo.src)}" alt="">` : ''
  return `<div class="brand">${image}${organisation ? `<span class="brand-name">${esc(organisation)}</span>` : ''}</div>\n`
}

function renderContents(model: HandoutModel): string {
  if (model.sections.length === 0) return ''
  const items = model.sections.map((s, i) => {
    const range = s.from === s.to ? String(s.from) : `${s.from}–${s.to}`
    return `<li><span class="part">${esc(model.ui.part(i + 1))}</span><span class="name">${esc(s.title)}</span><span class="range">${range}</span></li>`
  })
  const head = `<span>${esc(model.ui.contents)}</span><span class="range">${esc(model.ui.handout.columns.slide)}</span>`
  return `<h2 class="contents-title">${head}</h2><ol class="contents">${items.join('')}</ol>`
}

function renderNotesPage(model: HandoutModel, slide: HandoutSlide): string {
  const { ui } = model
  const meta = [ui.slide(slide.no), slide.isDivider ? slide.part : slide.section ?? '', slide.time].filter(Boolean)
  return `<section class="slide-page">
<figure class="slide" aria-label="${esc(slide.text)}">${slot(model, slide.no)}</figure>
<p class="slide-meta"><span>${meta.map(esc).join('<span class="sep">｜</span>')}</span><span>${esc(slide.citation)}</span></p>
${renderNotes(model, slide)}
</section>`
}

function renderNotes(model: HandoutModel, slide: HandoutSlide): string {
  const { ui } = model
  if (slide.isDivider) {
    const items = slide.contents.map(s => `<li><span class="no">${esc(ui.slide(s.no))}</span>${esc(s.title)}</li>`).join('')
    return `<p class="label">${esc(ui.handout.inSection)}</p><ul class="section-list">${items}</ul>`
  }
  const paragraphs = slide.notes.map(lines => `<p>${lines.map(esc).join('<br>')}</p>`).join('')
  const chart = slide.chartTable ? `<p class="chart-ref">${esc(ui.handout.chartRef(slide.chartTable))}</p>` : ''
  const body = paragraphs || `<p class="none">${esc(ui.handout.noNotes)}</p>`
  return `<p class="label">${esc(ui.notes)}</p><div class="notes">${body}${chart}</div>`
}

function renderTrios(model: HandoutModel): string {
  const pages: string[] = []
  for (let i = 0; i < model.slides.length; i += 3) {
    const rows = model.slides.slice(i, i + 3).map(slide => `<div class="row">
<figure class="slide" aria-label="${esc(slide.text)}">${slot(model, slide.no)}<figcaption><span class="no">${slide.no}</span>${esc(slide.title)}</figcaption></figure>
<div class="lines">${'<span></span>'.repeat(8)}</div>
</div>`)
    pages.push(`<section class="trio">${rows.join('\n')}</section>`)
  }
  return pages.join('\n')
}

function renderAppendix(model: HandoutModel): string {
  const { ui } = model
  const errata = model.errata.length
    ? `<h2>${mark('errata', ui.errata)}</h2><ol class="errata">${model.errata.map(e => `<li>${esc(e)}</li>`).join('')}</ol>`
    : ''
  const charts = model.charts.length
    ? `<h2>${mark('charts', ui.chartData)}</h2>${model.charts.map(c => renderTable(c.table, `${c.label}　${c.table.caption}`, ui.slide(c.slide))).join('')}`
    : ''
  return `<section class="appendix">
<h1>${mark('appendix', ui.handout.appendix)}</h1>
${renderSources(model)}
${errata}
${charts}
<p class="colophon">${esc(`${ui.generatedBy}（${model.generator}）· ${model.date}`)}</p>
</section>`
}

function renderSources(model: HandoutModel): string {
  const { ui } = model
  const reference = [model.citation, model.source].filter(Boolean).join('，')
  const editor = model.editor ? `<p>${esc(`${ui.editor}：${model.editor}`)}</p>` : ''
  const rows = model.slides.filter(s => s.paragraphs).map(s => [String(s.no), s.title, s.paragraphs])
  const { slide, title, paragraphs } = ui.handout.columns
  const table = { caption: ui.handout.slideSources, columns: [slide, title, paragraphs], rows }
  return `<h2>${mark('sources', ui.handout.sources)}</h2>
<p class="reference"><span class="label-inline">${esc(ui.handout.original)}</span>${esc(reference)}</p>
<p>${model.authors.map(esc).join('<br>')}</p>${editor}
<p class="muted">${esc(ui.sourceNote)}</p>
${rows.length ? renderTable(table, table.caption, '', 'sources') : ''}`
}

function renderTable(table: ChartTable, caption: string, note: string, kind = 'data'): string {
  const head = `<tr>${table.columns.map(c => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`
  const rows = table.rows.map(([first, ...cells]) =>
    `<tr><th scope="row">${esc(first ?? '')}</th>${cells.map(c => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')
  const aside = note ? `<span class="note">${esc(note)}</span>` : ''
  return `<table class="${kind}"><caption>${esc(caption)}${aside}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`
}
