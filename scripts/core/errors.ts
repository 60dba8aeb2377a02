/**
 * One error type for everything Deckwright reports to a person.
 * Only the CLI entry prints errors and picks exit codes; every stage throws these.
 */
import { EXIT } from './exit-codes.mjs'

/** Stable error codes: scripts and tests match on these, never on message text. */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_NO_DECK'
  | 'E_READ'
  | 'E_SCHEMA'
  | 'E_GLOSSARY'
  | 'E_BRAND'
  | 'E_VOCABULARY'
  | 'E_GLYPH'
  | 'E_LOCALE'
  | 'E_BUILD'
  | 'E_NO_BROWSER'
  | 'E_EXPORT'
  | 'E_LAYOUT'
  | 'E_PORT'
  | 'E_IMPORT'
  | 'E_REBASE'

/** A problem located in a file: what the user must fix, and where. */
export interface Issue {
  /** Path of the file, relative to the working directory when possible. */
  file: string
  /** 1-based line, when the problem has a place in the file. */
  line?: number
  /** 1-based column. */
  column?: number
  /** Field path in the data, such as `sections[2].slides[0].title`. */
  path?: string
  /** What is wrong and what was expected. */
  message: string
}

export class DeckError extends Error {
  readonly code: ErrorCode
  readonly issues: readonly Issue[]

  /** `cause`: the error this one wraps (a library's or the system's), kept for whoever debugs it. */
  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = [], options?: ErrorOptions) {
    super(message, options)
    this.name = 'DeckError'
    this.code = code
    this.issues = issues
  }
}

export function fail(code: ErrorCode, message: string, issues: readonly Issue[] = [], options?: ErrorOptions): never {
  throw new DeckError(code, message, issues, options)
}

/** `file:line:column path: message`, the form editors and terminals make clickable. */
export function formatIssue(issue: Issue): string {
  let where = issue.file
  if (issue.line !== undefined) where += `:${issue.line}`
  if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`
  const path = issue.path ? ` ${issue.path}` : ''
  return `${where}${path}: ${issue.message}`
}

export function formatError(error: unknown): string {
  if (error instanceof DeckError) {
    if (error.issues.length === 0) return `${error.code}: ${error.message}`
    const lines = error.issues.map(i => `  ${formatIssue(i)}`)
    return [`${error.code}: ${error.message}`, ...lines].join('\n')
  }
  if (error instanceof Error) return error.stack ?? error.message
  return String(error)
}

/** Exit codes that scripts can rely on (the table is shared with the first-run setup). */
export { EXIT }

export function exitCodeFor(error: unknown): number {
  if (!(error instanceof DeckError)) return EXIT.build
  switch (error.code) {
    case 'E_USAGE':
      return EXIT.usage
    case 'E_BUILD':
    case 'E_NO_BROWSER':
    case 'E_EXPORT':
    case 'E_PORT':
    case 'E_LAYOUT':
      return EXIT.build
    default:
      return EXIT.invalid
  }
}
