/** `deckwright import <file>`: drafts data/<id>/ from an article, and prints what it inferred. */
import { EXIT } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { displayPath } from '../load/read-deck.ts'

export interface ImportCommandOptions {
  id?: string
  force?: boolean
  quiet?: boolean
}

export async function importCommand(file: string, options: ImportCommandOptions, paths = projectPaths()): Promise<number> {
  const started = performance.now()
  // Loaded here: jieba and OpenCC are needed by this command only.
  const { importArticle } = await import('../import/import-deck.ts')
  const result = await importArticle(file, { id: options.id === undefined ? undefined : String(options.id), force: options.force, dataDir: paths.data })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (!options.quiet) {
    const lines = result.draft.report.map(line => `  ${line}`)
    process.stdout.write(`✓ drafted ${displayPath(result.dir)}/ (source.txt, article.yaml) from ${displayPath(file)} in ${seconds}s\n${lines.join('\n')}\n`)
    process.stdout.write(`Next: read the comments in ${displayPath(result.dir)}/article.yaml, curate, then "npm run dev -- ${result.id}" and "npm run deck -- ${result.id}"\n`)
  }
  return EXIT.ok
}
