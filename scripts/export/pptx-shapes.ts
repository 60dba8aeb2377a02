/**
 * The XML of the shapes whose text Deckwright writes: a text box (or the slide's title
 * placeholder) and a table cell. Pure; positions in points (pptx-spec.ts).
 */
import { emu, textBodyXml, type TextContext } from './pptx-body.ts'
import type { Box, PptxCell, PptxShape } from './pptx-spec.ts'

type TextShape = Extract<PptxShape, { type: 'text' }>

/**
 * A text box; a title is the slide's title placeholder, so outlines and screen readers find it.
 * `linkId` is the relationship (to the slide it jumps to) that a linked shape clicks through to.
 */
export function textShapeXml(shape: TextShape, shapeId: string, text: TextContext, linkId?: string): string {
  const name = shape.title ? `Title ${shapeId}` : `Text ${shapeId}`
  const locks = shape.title ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>' : '<p:cNvSpPr txBox="1"/>'
  const link = linkId ? `<a:hlinkClick r:id="${linkId}" action="ppaction://hlinksldjump"/>` : ''
  return `<p:sp><p:nvSpPr><p:cNvPr id="${shapeId}" name="${name}">${link}</p:cNvPr>${locks}<p:nvPr>${shape.title ? '<p:ph type="title"/>' : ''}</p:nvPr></p:nvSpPr>`
    + `<p:spPr>${xfrm(shape.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr>`
    + `${textBodyXml(shape.body, text)}</p:sp>`
}

function xfrm(box: Box): string {
  return `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm>`
}

/** White 3 pt borders: the gaps between the heat-map's cells. */
const GAP = ['lnL', 'lnR', 'lnT', 'lnB'].map(tag => `<a:${tag} w="38100" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:prstDash val="solid"/></a:${tag}>`).join('')

/** A table cell: its text, centred, on its fill; an unrated cell is hatched in light grey. */
export function cellXml(cell: PptxCell, text: TextContext): string {
  const fill = cell.fill === 'none'
    ? '<a:noFill/>'
    : cell.fill === 'unrated'
      ? '<a:pattFill prst="wdDnDiag"><a:fgClr><a:srgbClr val="C9D0D6"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>'
      : `<a:solidFill><a:srgbClr val="${cell.fill}"/></a:solidFill>`
  return `<a:tc>${textBodyXml(cell.body, text, 'a:txBody')}<a:tcPr marL="45720" marR="45720" marT="0" marB="0" anchor="ctr">${GAP}${fill}</a:tcPr></a:tc>`
}
