/**
 * What the two live commands, `dev` and `present`, share at the command line: their locale and
 * port options, running until Ctrl-C, and the line a broken save prints.
 */
import { DeckError, formatError } from '../core/errors.ts'
import type { Locale } from '../core/locales.ts'
import { parseChoice, parseWholeNumber } from './options.ts'

/** `--locale` and `--port` as cac passes them, checked (E_USAGE). */
export function parseLiveOptions(options: { locale?: string; port?: string | number }): { locale?: Locale; port?: number } {
  return { locale: parseChoice('locale', options.locale), port: parseWholeNumber('port', options.port, 0, 65_535) }
}

/** Settles on Ctrl-C (SIGINT) or SIGTERM. */
export function untilStopped(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}

/** A save that could not be applied: the located error, and that the open deck keeps its last good version. */
export function brokenSaveMessage(error: unknown): string {
  const unexpected = !(error instanceof DeckError)
  return `✗ the deck keeps its last good version until this is fixed${unexpected ? ' (unexpected error)' : ''}:\n${formatError(error)}\n`
}
