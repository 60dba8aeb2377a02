/** Plain-text articles: every non-empty line is a paragraph, exactly as written. */
import { textToBlocks, type ReadSource } from './source-blocks.ts'

export function readPlainText(text: string): ReadSource {
  return { blocks: textToBlocks(text), hints: {} }
}
