/**
 * The handout's fonts and the page's only resources, served to Chromium from disk under the
 * placeholder origin: the handout HTML and the locale's self-hosted fonts (@fontsource).
 * Nothing is fetched from the network; any other request is refused.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { BrowserContext } from 'playwright'
import type { Locale } from '../core/locales.ts'
import { allFontPackages, FONT_WEIGHTS, fontStack } from '../core/locale-fonts.ts'
import { ANCHOR_ORIGIN } from './handout-html.ts'

export const HANDOUT_URL = `${ANCHOR_ORIGIN}/handout.html`
const FONT_PREFIX = `${ANCHOR_ORIGIN}/fonts/`
/** `<package>/<weight>.css` or `<package>/files/<file>.woff2` of a deck font: nothing else is served. */
const FONT_PATH = /^([a-z0-9-]+)\/((?:files\/)?[a-z0-9-]+\.(?:css|woff2|woff))$/
const SERVED_PACKAGES = new Set(allFontPackages())

/** The stylesheets of the locale's fonts, its own first, then the fallbacks (emoji). */
export function fontStylesheets(locale: Locale): string[] {
  return fontStack(locale).flatMap(font => FONT_WEIGHTS.map(weight => `${FONT_PREFIX}${font.package}/${weight}.css`))
}

const require = createRequire(import.meta.url)

function fontFile(path: string): string | undefined {
  const match = FONT_PATH.exec(path)
  if (!match || !SERVED_PACKAGES.has(match[1]!)) return undefined
  return join(dirname(require.resolve(`@fontsource/${match[1]}/package.json`)), match[2]!)
}

const TYPES: Record<string, string> = { css: 'text/css', woff2: 'font/woff2', woff: 'font/woff' }

/**
 * Serves the handout and its fonts in `context`; every other request is aborted. Returns the
 * list of font requests that could not be served, so the caller can refuse a fallback font.
 */
export async function serveHandout(context: BrowserContext, html: string): Promise<string[]> {
  const missing: string[] = []
  await context.route('**/*', route => route.abort('blockedbyclient'))
  await context.route(`${ANCHOR_ORIGIN}/**`, async route => {
    const url = route.request().url()
    if (url === HANDOUT_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    const file = url.startsWith(FONT_PREFIX) ? fontFile(url.slice(FONT_PREFIX.length)) : undefined
    const body = file ? await readFile(file).catch(() => undefined) : undefined
    if (!body) {
      missing.push(url)
      return route.fulfill({ status: 404, body: '' })
    }
    return route.fulfill({ status: 200, contentType: TYPES[file!.split('.').pop()!] ?? 'application/octet-stream', body })
  })
  return missing
}
