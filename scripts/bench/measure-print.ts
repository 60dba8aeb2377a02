/**
 * Printing a large deck: a generated 100-slide deck (large-deck.ts) built and its slide PDF
 * printed by a `deck` process, in a folder of its own; the time is the PDF line's (opening the
 * print view, the layout check, printing, the document), per page.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locale } from '../core/locales.ts'
import { largeArticleYaml } from './large-deck.ts'
import { runDeck } from './measure-builds.ts'
import type { BenchWorkspace } from './workspace.ts'

export interface PrintResult {
  pages: number
  ms: number
}

/** The quickest `pdf` progress line's page count and time: `pdf  … (34 pages, …, 3.7s)`. */
export function printedPdf(output: string): PrintResult | undefined {
  const lines = [...output.matchAll(/\spdf\s+\S.* \((\d+) pages, .*?([\d.]+)s\)\s*$/gm)]
  const printed = lines.map(match => ({ pages: Number(match[1]), ms: Number(match[2]) * 1000 }))
  return printed.sort((a, b) => a.ms / a.pages - b.ms / b.pages)[0]
}

export async function measureLargePrint(workspace: BenchWorkspace, slides = 100, locale: Locale = 'zh-Hant-TW'): Promise<PrintResult> {
  const root = join(workspace.root, `large-${slides}`)
  const dataDir = join(root, 'data')
  const deckDir = join(dataDir, `${workspace.deckId}-${slides}`)
  await mkdir(deckDir, { recursive: true })
  const source = await readFile(join(workspace.deckDir, 'source.txt'), 'utf8')
  await writeFile(join(deckDir, 'article.yaml'), largeArticleYaml(workspace.original, source, slides, locale))
  await writeFile(join(deckDir, 'source.txt'), source)
  await cp(workspace.paths.glossary, join(dataDir, 'glossary.yaml')).catch(() => undefined)
  const run = await runDeck({ outRoot: join(root, 'out'), dataDir }, { only: 'slides,spa,pdf' })
  const printed = printedPdf(run.output)
  if (!printed) throw new Error(`no PDF line in the large deck's build:\n${run.tail}`)
  return printed
}
