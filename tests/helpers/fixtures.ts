import { existsSync, readFileSync } from 'node:fs'
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

/**
 * The first article as received: shared/source/ beside the clone (as CI lays it out), else the
 * first deck's source.txt, which is the same file byte for byte.
 */
export const FIRST_ARTICLE = [join(ROOT, '../shared/source/deepseek-tech-finance.zh-Hant.txt'), join(ROOT, 'data', 'deepseek-tech-finance', 'source.txt')].find(existsSync)!
