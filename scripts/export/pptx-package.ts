/**
 * Finishes the package pptxgenjs wrote, where it cannot say what the deck needs (a PPTX is a zip
 * of XML parts): the shapes' and cells' text (pptx-body.ts) in place of the markers they were
 * made with, the notes as paragraphs in the locale's language, the charts' parts and workbooks
 * (pptx-chart.ts), the theme's colours and fonts, `lang` everywhere, the document properties,
 * and fixed ids and dates so the same plan gives the same bytes. Pure over bytes.
 */
import JSZip from 'jszip'
import { DeckError } from '../core/errors.ts'
import { escapeXml } from './pptx-body.ts'
import { chartSheet, chartXml, radarLayout, type NativeChart } from './pptx-chart.ts'
import type { PptxFont } from './pptx-fonts.ts'
import type { PptxColors } from './pptx-style.ts'
import { themeColors, themeFonts } from './pptx-theme.ts'
import { workbookXlsx, ZIP_DATE } from './pptx-workbook.ts'

/** Marks a shape or cell whose content is written here: U+FFFF, which data text can never hold. */
export const marker = (id: number) => `\uffff${id}\uffff`
const MARKER = /\uffff(\d+)\uffff/

export interface PackageParts {
  /** Marker id → the XML of its shape (given pptxgenjs's shape id and its own XML of it) or table cell. */
  shapes: Map<number, (shapeId: string, written: string) => string>
  /** 1-based slide number → the native chart on it and its frame's size in points. */
  charts: Map<number, { chart: NativeChart; width: number; height: number }>
  /** Each slide's notes: paragraphs (already as `a:p` XML). */
  notes: string[]
}

export interface DocumentInfo {
  title: string
  subject: string
  author: string
  keywords: readonly string[]
  /** `zh-TW` etc.: the document's and every run's language. */
  lang: string
  font: PptxFont
  /** Says what generated the file and from what (the PPTX's header). */
  description: string
  /** `Deckwright <version>` */
  creator: string
  /** The brand's organisation (the file's Company), '' when none. */
  organisation: string
  /** The brand's marking, a custom property `Classification`; '' when none. */
  classification: string
  /** The deck's colours, for the theme. */
  palette: PptxColors
  /** The charts' colours when a brand's lead them; Okabe–Ito otherwise. */
  chartPalette?: readonly string[]
}

type Files = Map<string, string | Uint8Array>

export async function finishPackage(raw: Uint8Array, parts: PackageParts, info: DocumentInfo): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(raw)
  const files: Files = new Map()
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue
    files.set(name, /\.(xml|rels)$/.test(name) ? await entry.async('string') : await entry.async('uint8array'))
  }
  // Slides, and the layouts, which hold a brand's footer.
  editText(files, /^ppt\/(slides\/slide|slideLayouts\/slideLayout)\d+\.xml$/, xml => replaceMarkers(xml, parts.shapes))
  editText(files, /^ppt\/notesSlides\/notesSlide\d+\.xml$/, (xml, name) => notesXml(xml, parts.notes[slideNumber(name) - 1] ?? ''))
  await writeCharts(files, parts.charts, info)
  editText(files, /^ppt\/theme\/theme\d+\.xml$/, xml => xml
    .replace(/<a:clrScheme [\s\S]*?<\/a:clrScheme>/, () => themeColors(info.palette, info.chartPalette))
    .replace(/<a:fontScheme [\s\S]*?<\/a:fontScheme>/, () => themeFonts(info.font, info.lang)))
  editText(files, /^ppt\/.*\.xml$/, xml => xml.replace(/(?<=\s)lang="en-US"/g, `lang="${info.lang}"`))
  editText(files, /^ppt\/presentation\.xml$/, sectionIds)
  files.set('docProps/core.xml', coreXml(info))
  editText(files, /^docProps\/app\.xml$/, xml => xml.replace(/<Company>[^<]*<\/Company>/, () => `<Company>${escapeXml(info.organisation)}</Company>`).replace(/<Application>[^<]*<\/Application>/, () => `<Application>${escapeXml(info.creator)}</Application>`))
  if (info.classification) addCustomProperty(files, 'Classification', info.classification)
  for (const [name, content] of files) {
    if (typeof content === 'string' && MARKER.test(content)) throw new DeckError('E_EXPORT', `PPTX: ${name} still holds a shape marker`)
  }
  const out = new JSZip()
  for (const [name, content] of files) out.file(name, content, { date: ZIP_DATE, createFolders: false })
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}

function editText(files: Files, pattern: RegExp, edit: (xml: string, name: string) => string): void {
  for (const [name, content] of files) if (pattern.test(name) && typeof content === 'string') files.set(name, edit(content, name))
}

function slideNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1])
}

/** Each `p:sp` or `a:tc` holding a marker becomes the XML written for it. */
function replaceMarkers(xml: string, shapes: PackageParts['shapes']): string {
  const write = (block: string) => {
    const id = MARKER.exec(block)?.[1]
    const shape = id === undefined ? undefined : shapes.get(Number(id))
    return shape ? shape(/<p:cNvPr id="(\d+)"/.exec(block)?.[1] ?? '0', block) : block
  }
  return xml
    .replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*<\/p:sp>/g, write)
    .replace(/<a:tc>(?:(?!<\/a:tc>)[\s\S])*<\/a:tc>/g, write)
}

/** The notes placeholder's text as paragraphs, in place of pptxgenjs's single en-US run. */
function notesXml(xml: string, paragraphs: string): string {
  return xml.replace(/(<p:ph type="body" idx="1"\/>[\s\S]*?)<p:txBody>[\s\S]*?<\/p:txBody>/, (_, head: string) =>
    `${head}<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}</p:txBody>`)
}

/**
 * Each chart part and its workbook, written from the slide's chart data, and numbered by the
 * deck's own order (pptxgenjs counts charts across every deck a process makes).
 */
async function writeCharts(files: Files, charts: PackageParts['charts'], info: DocumentInfo): Promise<void> {
  const renamed = new Map<string, string>()
  let n = 0
  for (const [slide, { chart, width, height }] of [...charts].sort(([a], [b]) => a - b)) {
    const rels = files.get(`ppt/slides/_rels/slide${slide}.xml.rels`)
    const part = typeof rels === 'string' ? /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1] : undefined
    const chartRels = part ? files.get(`ppt/charts/_rels/${part}.rels`) : undefined
    const workbook = typeof chartRels === 'string' ? /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)?.[1] : undefined
    if (!part || !workbook) throw new DeckError('E_EXPORT', `PPTX: slide ${slide} has no chart part to write`)
    n++
    renamed.set(part, `chart${n}.xml`).set(workbook, `Microsoft_Excel_Worksheet${n}.xlsx`)
    files.delete(`ppt/charts/${part}`)
    files.delete(`ppt/embeddings/${workbook}`)
    files.set(`ppt/charts/_${n}`, chartXml(chart, info.font, info.lang, chart.kind === 'radar' ? radarLayout(width, height) : undefined))
    files.set(`ppt/embeddings/_${n}`, await workbookXlsx(chartSheet(chart)))
    files.set(`ppt/charts/_rels/_${n}`, chartRels as string)
    files.delete(`ppt/charts/_rels/${part}.rels`)
  }
  for (let i = 1; i <= n; i++) {
    files.set(`ppt/charts/chart${i}.xml`, files.get(`ppt/charts/_${i}`)!)
    files.set(`ppt/embeddings/Microsoft_Excel_Worksheet${i}.xlsx`, files.get(`ppt/embeddings/_${i}`)!)
    files.set(`ppt/charts/_rels/chart${i}.xml.rels`, files.get(`ppt/charts/_rels/_${i}`)!)
    for (const temp of [`ppt/charts/_${i}`, `ppt/embeddings/_${i}`, `ppt/charts/_rels/_${i}`]) files.delete(temp)
  }
  const names = /\b(chart\d+\.xml|Microsoft_Excel_Worksheet\d+\.xlsx)\b/g
  editText(files, /(^\[Content_Types\]\.xml|\.rels)$/, xml => xml.replace(names, name => renamed.get(name) ?? name))
}

/** A section's name made unique with its first slide's index (see `sectionIds`). */
export const sectionKey = (name: string, index: number) => `${name}\ufffe${index}`

/** Section names without their keys, and ids numbered in order (pptxgenjs draws random ones). */
function sectionIds(xml: string): string {
  let n = 0
  return xml
    .replace(/\ufffe\d+"/g, '"')
    .replace(/(<p14:section [^>]*id=")\{[0-9A-Fa-f-]+\}/g, (_, head: string) => `${head}{8D0C5E1A-0000-4000-8000-${String(++n).padStart(12, '0')}}`)
}

const CUSTOM_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties'

/**
 * A custom document property (File → Properties → Custom in PowerPoint), where a document's
 * classification is kept: docProps/custom.xml, its relationship and its content type.
 */
function addCustomProperty(files: Files, name: string, value: string): void {
  files.set('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<Properties xmlns="${CUSTOM_PROPERTIES}" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property></Properties>`)
  editText(files, /^_rels\/\.rels$/, xml => xml.replace('</Relationships>', `<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`))
  editText(files, /^\[Content_Types\]\.xml$/, xml => xml.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'))
}

/** Title, subject, author, keywords, language, and what generated the file; no dates, so builds repeat. */
function coreXml(info: DocumentInfo): string {
  const element = (tag: string, value: string) => `<${tag}>${escapeXml(value)}</${tag}>`
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + element('dc:title', info.title) + element('dc:subject', info.subject) + element('dc:creator', info.author)
    + element('cp:keywords', info.keywords.join(', ')) + element('dc:description', info.description)
    + element('dc:language', info.lang) + element('cp:lastModifiedBy', info.creator) + '<cp:revision>1</cp:revision></cp:coreProperties>'
}
