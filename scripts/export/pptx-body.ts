/**
 * The text inside a PPTX shape, written as DrawingML: paragraphs of runs, every run with the
 * locale's `lang` and the theme's fonts (+mj for headings, +mn for the rest, so the East Asian
 * typeface is the theme's <a:ea>), exact sizes and line heights, bullets in the accent colour.
 * Pure: a typed body in, XML out. pptxgenjs lays out the shapes; their text is written here,
 * because pptxgenjs gives every run the same font for <a:latin>, <a:ea> and <a:cs> and cannot put
 * a line break inside a bulleted paragraph.
 */
import { COLOR, colorOf, type PptxColors } from './pptx-style.ts'
import { xmlText } from './pptx-text.ts'

export interface TextRun {
  text: string
  /** Size in points. */
  size: number
  /** Hex colour without `#`, or a role of the deck's palette (`ink`, `accent`, `mark`…: pptx-style.ts). */
  color: string
  bold?: boolean
  /** The theme font: `heading` (major) or `body` (minor). */
  font?: 'heading' | 'body'
  /** Extra space between characters, in points. */
  spacing?: number
  /** A field PowerPoint fills in: the slide number. */
  field?: 'slidenum'
}

export interface TextParagraph {
  runs: TextRun[]
  align?: 'l' | 'ctr' | 'r'
  /** Line height as a multiple of the first run's size (set exactly, in points). */
  lineHeight: number
  /** Space after the paragraph, in points. */
  after?: number
  /** A square bullet or a number, hanging by `indent` points, in `color` (hex or a palette role); a number counts from `start` (default 1). */
  bullet?: { kind: 'square' | 'number'; indent: number; color: string; start?: number }
  /** Left margin in points of a paragraph without a bullet (a line under a numbered point). */
  margin?: number
}

export interface TextBody {
  paragraphs: TextParagraph[]
  anchor: 't' | 'ctr' | 'b'
  /**
   * Shrink on overflow once the text is edited (<a:normAutofit/>). The sizes written are already
   * fitted, so the deck fits when first opened whatever the application does with it.
   */
  shrink?: boolean
}

/** `&`, `<`, `>` and `"` as references; the text is made XML-safe first (see `xmlText`). */
export function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)
}

const hundredths = (pt: number) => Math.round(pt * 100)

/** How text is written: the locale's language and the deck's palette (for colours given by role). */
export interface TextContext {
  lang: string
  palette: PptxColors
}

function runProperties(run: TextRun, { lang, palette }: TextContext, tag = 'a:rPr'): string {
  const font = run.font === 'heading' ? 'mj' : 'mn'
  const attrs = [`lang="${lang}"`, `altLang="en-US"`, `sz="${hundredths(run.size)}"`, `b="${run.bold ? 1 : 0}"`, 'dirty="0"']
  if (run.spacing) attrs.push(`spc="${hundredths(run.spacing)}"`)
  return `<${tag} ${attrs.join(' ')}><a:solidFill><a:srgbClr val="${colorOf(run.color, palette)}"/></a:solidFill>`
    + `<a:latin typeface="+${font}-lt"/><a:ea typeface="+${font}-ea"/><a:cs typeface="+${font}-cs"/></${tag}>`
}

/** A run; a `\n` in its text is a line break inside the paragraph. */
function runXml(run: TextRun, text: TextContext): string {
  const rPr = runProperties(run, text)
  if (run.field === 'slidenum') return `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">${rPr}<a:t>${escapeXml(run.text)}</a:t></a:fld>`
  return xmlText(run.text).split('\n').map(line => `<a:r>${rPr}<a:t>${escapeXml(line)}</a:t></a:r>`).join(`<a:br>${rPr}</a:br>`)
}

function paragraphProperties(paragraph: TextParagraph, palette: PptxColors): string {
  const size = paragraph.runs[0]?.size ?? 12
  const attrs = [` algn="${paragraph.align ?? 'l'}"`]
  const { bullet } = paragraph
  if (bullet) attrs.push(` marL="${emu(bullet.indent)}" indent="-${emu(bullet.indent)}"`)
  else attrs.push(` marL="${emu(paragraph.margin ?? 0)}" indent="0"`)
  const spacing = `<a:lnSpc><a:spcPts val="${hundredths(size * paragraph.lineHeight)}"/></a:lnSpc>`
    + `<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="${hundredths(paragraph.after ?? 0)}"/></a:spcAft>`
  const marker = !bullet
    ? '<a:buNone/>'
    : `<a:buClr><a:srgbClr val="${colorOf(bullet.color, palette)}"/></a:buClr>${bullet.kind === 'square'
      ? '<a:buSzPct val="60000"/><a:buFont typeface="Arial"/><a:buChar char="&#9632;"/>'
      : `<a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"${bullet.start ? ` startAt="${bullet.start}"` : ''}/>`}`
  return `<a:pPr${attrs.join('')}>${spacing}${marker}</a:pPr>`
}

function paragraphXml(paragraph: TextParagraph, text: TextContext): string {
  const last = paragraph.runs[paragraph.runs.length - 1]
  const end = last ? runProperties(last, text, 'a:endParaRPr') : `<a:endParaRPr lang="${text.lang}" dirty="0"/>`
  return `<a:p>${paragraphProperties(paragraph, text.palette)}${paragraph.runs.map(run => runXml(run, text)).join('')}${end}</a:p>`
}

/** The shape's text body (`p:txBody`, or `a:txBody` in a table cell). */
export function textBodyXml(body: TextBody, text: TextContext, tag: 'p:txBody' | 'a:txBody' = 'p:txBody'): string {
  const fit = body.shrink ? '<a:normAutofit/>' : '<a:noAutofit/>'
  const bodyPr = `<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="${body.anchor}">${fit}</a:bodyPr>`
  return `<${tag}>${bodyPr}<a:lstStyle/>${paragraphsXml(body.paragraphs, text)}</${tag}>`
}

/** Paragraphs as `a:p` elements; a body needs at least one, so none gives one empty paragraph. */
export function paragraphsXml(paragraphs: readonly TextParagraph[], text: TextContext): string {
  return (paragraphs.length > 0 ? paragraphs : [{ runs: [], lineHeight: 1 }]).map(p => paragraphXml(p, text)).join('')
}

/** Text in Deckwright's own colours, for callers that have no deck palette (tests). */
export function defaultText(lang: string): TextContext {
  return { lang, palette: COLOR }
}

/** Points to English Metric Units (12 700 per point). */
export function emu(pt: number): number {
  return Math.round(pt * 12700)
}
