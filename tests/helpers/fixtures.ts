import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../../scripts/core/paths.ts'
import { validateArticle } from '../../scripts/load/validate.ts'

export const FIXTURES = join(ROOT, 'tests', 'fixtures')

/** Validates a YAML text against a source text, as readDeck would. */
export function validateText(articleText: string, sourceText = 'p1\np2\np3\n') {
  return validateArticle({ articleText, articleFile: 'article.yaml', sourceText, sourceFile: 'source.txt' })
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8')
}
