/**
 * Exit codes that scripts can rely on: the one table, read by the CLI (core/errors.ts) and by the
 * first-run setup (bin/ensure-setup.mjs), which runs before node_modules exists and so is plain
 * JavaScript. A plain object literal (not frozen): the chart code in the browser imports
 * core/errors.ts, and the bundler drops what it never reads.
 */
export const EXIT = {
  ok: 0,
  /** Invalid input: data, glossary. */
  invalid: 1,
  /** Usage error in the command line. */
  usage: 2,
  /** Build, browser, export or setup failure. */
  build: 3,
}
