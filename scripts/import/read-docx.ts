/**
 * Word articles (.docx), through mammoth: its HTML keeps headings (from the heading styles),
 * paragraphs, lists and tables, which the shared HTML step turns into paragraphs.
 */
import mammoth from 'mammoth'
import { htmlToBlocks } from './html-blocks.ts'
import type { ReadSource } from './source-blocks.ts'

/** A .docx is a zip archive: its first bytes are the zip signature `PK\x03\x04`. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

export async function readDocx(bytes: Uint8Array): Promise<ReadSource> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return { blocks: htmlToBlocks(value, { linkAddresses: true }), hints: {} }
}
