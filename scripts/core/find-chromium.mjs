/**
 * Which Chromium to drive: CHROMIUM_PATH when set, else the first Chromium on PATH. Plain
 * JavaScript with no dependencies, because the first-run setup (bin/ensure-setup.mjs) needs it
 * before node_modules exists; the exporter (export/browser.ts) uses the same lookup, so both agree
 * on which browser is meant.
 */
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Names Debian, Ubuntu and Chrome's own packages give the browser. */
const BROWSER_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/** The browser's path, or undefined when CHROMIUM_PATH is not executable or none is on PATH. */
export function findChromium(env = process.env) {
  const override = env.CHROMIUM_PATH || env.DECKWRIGHT_CHROMIUM
  if (override) return isExecutable(override) ? override : undefined
  return findOnPath(BROWSER_COMMANDS, env)
}

/** The first of `names` that is an executable on PATH, or undefined. */
export function findOnPath(names, env = process.env) {
  for (const dir of (env.PATH || '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name)
      if (dir && isExecutable(candidate)) return candidate
    }
  }
  return undefined
}
