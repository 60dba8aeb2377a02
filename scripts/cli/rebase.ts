/** `deckwright rebase <deck> <source>`: a revised article replaces the deck's source; references follow their words. */
import { EXIT, formatIssue } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { displayPath, resolveDeckDir } from '../load/read-deck.ts'

export interface RebaseCommandOptions {
  force?: boolean
  quiet?: boolean
}

export async function rebaseCommand(deck: string, source: string, options: RebaseCommandOptions, paths = projectPaths()): Promise<number> {
  const dir = resolveDeckDir(deck, paths.data)
  const { rebaseDeck } = await import('../import/rebase-deck.ts')
  const result = await rebaseDeck(dir, source, { force: options.force })
  if (options.quiet) return EXIT.ok
  const out: string[] = [`✓ ${displayPath(dir)}: source.txt replaced by ${displayPath(source)}; ${result.moves.length} reference(s) moved`]
  const byParagraph = new Map<string, string[]>()
  for (const move of [...result.moves].sort((a, b) => a.from - b.from)) {
    const key = `¶${move.from} → ¶${move.to}`
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), move.path])
  }
  for (const [key, list] of byParagraph) out.push(`  ${key}  ${list.length} reference(s): ${list.slice(0, 3).join(', ')}${list.length > 3 ? ', …' : ''}`)
  if (result.deleted.length) out.push(`  old paragraphs with no counterpart: ${result.deleted.join(', ')}`)
  if (result.added.length) out.push(`  new paragraphs no slide cites yet: ${result.added.join(', ')}`)
  for (const issue of result.issues) out.push(`  ! not placed (kept as it was, --force): ${formatIssue(issue)}`)
  out.push(`Next: "npm run check -- ${deck}"`)
  process.stdout.write(`${out.join('\n')}\n`)
  return EXIT.ok
}
