/**
 * The workbook embedded with each chart: what PowerPoint opens as the chart's data sheet. One sheet,
 * categories down column A, one column per series; a value that is not rated is an empty cell, so
 * the chart keeps its gap after an edit. Strings are inline (no shared-string table).
 */
import JSZip from 'jszip'
import { escapeXml } from './pptx-body.ts'

/** Spreadsheet column name of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** `B3` for column 1, row 2 (both 0-based). */
export function cellRef(column: number, row: number): string {
  return `${columnName(column)}${row + 1}`
}

export interface Sheet {
  cells: ReadonlyMap<string, string | number>
  columns: number
  rows: number
}

/** A fixed date for every entry, so the same chart gives the same bytes. */
export const ZIP_DATE = new Date(Date.UTC(2000, 0, 1))

const NS = 'http://schemas.openxmlformats.org'
const PARTS: Record<string, string> = {
  '[Content_Types].xml': `<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS}/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': `<styleSheet xmlns="${NS}/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
}

function sheetXml(sheet: Sheet): string {
  const rows: string[] = []
  for (let r = 0; r < sheet.rows; r++) {
    const cells: string[] = []
    for (let c = 0; c < sheet.columns; c++) {
      const ref = cellRef(c, r)
      const value = sheet.cells.get(ref)
      if (typeof value === 'number') cells.push(`<c r="${ref}"><v>${value}</v></c>`)
      else if (value !== undefined && value !== '') cells.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`)
    }
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`)
  }
  return `<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`
}

export async function workbookXlsx(sheet: Sheet): Promise<Uint8Array> {
  const zip = new JSZip()
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  for (const [name, xml] of Object.entries(PARTS)) zip.file(name, declaration + xml, { date: ZIP_DATE, createFolders: false })
  zip.file('xl/worksheets/sheet1.xml', declaration + sheetXml(sheet), { date: ZIP_DATE, createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
