export const EXIT: {
  readonly ok: 0
  /** Invalid input: data, glossary. */
  readonly invalid: 1
  /** Usage error in the command line. */
  readonly usage: 2
  /** Build, browser, export or setup failure. */
  readonly build: 3
}
