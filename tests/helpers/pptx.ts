/**
 * A PPTX read back as PowerPoint would read it: the zip's XML parts parsed with fast-xml-parser,
 * each slide's text in shape order, its tables, title and notes, and the `lang` of every run.
 */
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
})

export interface ReadSlide {
  /** Paragraphs of the text shapes (not tables or charts), in the order the shapes stand. */
  texts: string[]
  /** The title placeholder's text. */
  title: string
  /** Each table: rows of cell texts. */
  tables: string[][][]
  /** Relationship ids of the charts on the slide. */
  charts: string[]
  /** The notes page's paragraphs, joined by blank lines. */
  notes: string
  /** Whether the slide has a notes page at all. */
  notesPage: boolean
}

export interface ReadPptx {
  /** Every XML part by name. */
  parts: Map<string, string>
  /** Binary parts (embedded workbooks) by name. */
  binaries: Map<string, Uint8Array>
  /** Parts that are not well-formed XML, with the parser's complaint. */
  invalid: string[]
  slides: ReadSlide[]
  /** `lang` of every run, line break and paragraph end in the slides and notes; `(none)` where missing. */
  langs: string[]
}

export async function readPptx(source: string | Uint8Array): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(typeof source === 'string' ? await readFile(source) : source)
  const parts = new Map<string, string>()
  const binaries = new Map<string, Uint8Array>()
  const invalid: string[] = []
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue
    if (!/\.(xml|rels)$/.test(name)) {
      binaries.set(name, await entry.async('uint8array'))
      continue
    }
    const xml = await entry.async('string')
    const valid = XMLValidator.validate(xml)
    if (valid !== true) invalid.push(`${name}: ${valid.err.msg} (line ${valid.err.line})`)
    parts.set(name, xml)
  }
  const count = [...parts.keys()].filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length
  const slides = Array.from({ length: count }, (_, i) => readSlide(parts, i + 1))
  const langs = [...parts].filter(([name]) => /^ppt\/(slides|notesSlides)\/\w+\d+\.xml$/.test(name))
    .flatMap(([, xml]) => [...xml.matchAll(/<a:(?:rPr|endParaRPr)\b([^>]*)>/g)].map(m => /\slang="([^"]*)"/.exec(m[1]!)?.[1] ?? '(none)'))
  return { parts, binaries, invalid, slides, langs }
}

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[]
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find(key => key !== ':@') ?? ''
}

function childrenOf(node: XmlNode): XmlNode[] {
  const children = node[tagOf(node)]
  return Array.isArray(children) ? children as XmlNode[] : []
}

function attrs(node: XmlNode): Record<string, string> {
  return (node[':@'] ?? {}) as Record<string, string>
}

/** The first descendant with `tag`, depth first. */
export function find(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node
    const inner = find(childrenOf(node), tag)
    if (inner) return inner
  }
  return undefined
}

/** Every descendant with `tag`, in document order, not looking inside a match. */
export function findAll(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap(node => (tagOf(node) === tag ? [node] : findAll(childrenOf(node), tag)))
}

function textOf(node: XmlNode): string {
  return childrenOf(node).map(child => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('')
}

/** A paragraph's text: runs and fields, `\n` for a line break. */
function paragraphText(p: XmlNode): string {
  return childrenOf(p).map(child => {
    const tag = tagOf(child)
    if (tag === 'a:br') return '\n'
    if (tag === 'a:r' || tag === 'a:fld') return find(childrenOf(child), 'a:t') ? textOf(find(childrenOf(child), 'a:t')!) : ''
    return ''
  }).join('')
}

function paragraphs(node: XmlNode): string[] {
  return findAll(childrenOf(node), 'a:p').map(paragraphText)
}

function readSlide(parts: Map<string, string>, no: number): ReadSlide {
  const tree = find(parseXml(parts.get(`ppt/slides/slide${no}.xml`) ?? ''), 'p:spTree')
  const shapes = tree ? childrenOf(tree) : []
  const slide: ReadSlide = { texts: [], title: '', tables: [], charts: [], notes: readNotes(parts, no), notesPage: parts.has(`ppt/notesSlides/notesSlide${no}.xml`) }
  for (const shape of shapes) {
    const tag = tagOf(shape)
    if (tag === 'p:sp') {
      const texts = paragraphs(shape)
      if (find(childrenOf(shape), 'p:ph') && attrs(find(childrenOf(shape), 'p:ph')!).type === 'title') slide.title = texts.join('\n')
      if (find(childrenOf(shape), 'p:txBody')) slide.texts.push(...texts)
    }
    else if (tag === 'p:graphicFrame') {
      const table = find(childrenOf(shape), 'a:tbl')
      if (table) slide.tables.push(findAll(childrenOf(table), 'a:tr').map(row => findAll(childrenOf(row), 'a:tc').map(cell => paragraphs(cell).join('\n'))))
      const chart = find(childrenOf(shape), 'c:chart')
      if (chart) slide.charts.push(attrs(chart)['r:id'] ?? '')
    }
  }
  return slide
}

function readNotes(parts: Map<string, string>, no: number): string {
  const xml = parts.get(`ppt/notesSlides/notesSlide${no}.xml`)
  if (!xml) return ''
  const body = findAll(parseXml(xml), 'p:sp').find(sp => attrs(find(childrenOf(sp), 'p:ph') ?? {}).type === 'body')
  return body ? paragraphs(body).filter(Boolean).join('\n\n') : ''
}
