/** `deckwright deck [decks…]`: builds every deck in data/, or the named ones. */
import { EXIT, fail } from '../core/errors.ts'
import { projectPaths } from '../core/paths.ts'
import { createProgress } from '../core/progress.ts'
import { LOCALES, type Locale } from '../core/locales.ts'
import { ALL_OUTPUTS, runDecks, type Output } from '../pipeline/run-decks.ts'
import { selectDeckDirs } from './select-decks.ts'

export interface DeckOptions {
  locale?: string
  handout?: string
  only?: string
  force?: boolean
  quiet?: boolean
  verbose?: boolean
  strict?: boolean
}

export async function deckCommand(refs: string[], options: DeckOptions, paths = projectPaths()): Promise<number> {
  const locale = parseLocale(options.locale)
  const outputs = parseOutputs(options.only)
  const handout = parseHandout(options.handout)
  const progress = createProgress(options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal')
  const deckDirs = selectDeckDirs(refs, paths)
  const started = Date.now()
  const result = await runDecks({ deckDirs, paths, locale, outputs, handout, force: options.force, strict: options.strict, progress })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.failed.length > 0) {
    process.stderr.write(`✗ ${result.failed.length} failed, ${result.built.length} built (${seconds}s)\n`)
    return result.failed.some(f => isInputError(f.error)) ? EXIT.invalid : EXIT.build
  }
  const upToDate = result.upToDate.length > 0 ? `, ${result.upToDate.length} up to date` : ''
  if (!options.quiet) process.stderr.write(`✓ ${result.built.length} deck/locale(s) built${upToDate} (${seconds}s)\n`)
  return EXIT.ok
}

function isInputError(error: unknown): boolean {
  const code = (error as { code?: string }).code
  return code === 'E_SCHEMA' || code === 'E_READ' || code === 'E_GLOSSARY' || code === 'E_BRAND' || code === 'E_LOCALE' || code === 'E_NO_DECK'
    || code === 'E_VOCABULARY' || code === 'E_GLYPH'
}

function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined
  if (!(LOCALES as readonly string[]).includes(value)) fail('E_USAGE', `unknown locale "${value}": expected one of ${LOCALES.join(', ')}`)
  return value as Locale
}

function parseOutputs(value: string | undefined): Output[] | undefined {
  if (value === undefined) return undefined
  const outputs = value.split(',').map(s => s.trim()).filter(Boolean)
  for (const output of outputs) {
    if (!(ALL_OUTPUTS as readonly string[]).includes(output)) fail('E_USAGE', `unknown output "${output}": expected ${ALL_OUTPUTS.join(', ')}`)
  }
  return outputs as Output[]
}

function parseHandout(value: string | undefined): 'notes' | '3up' | undefined {
  if (value === undefined) return undefined
  if (value !== 'notes' && value !== '3up') fail('E_USAGE', `unknown handout layout "${value}": expected notes or 3up`)
  return value
}
