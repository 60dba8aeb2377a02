/**
 * Builds a deck's static SPAs with Slidev's own Vite plugins, in this process: one Vite build for
 * all the locales that can share it (see runtime-data.ts), then one folder per locale holding the
 * shared code, that locale's index.html with its data, and its font.
 *
 * Why not `slidev build`: the SPA must include Slidev's print route (the PDF is printed from the
 * built SPA, not a dev server), and Slidev only includes it together with its own exporter, which
 * downloads a browser. So Deckwright resolves Slidev's options, turns the print route on, and runs
 * the same Vite build that `slidev build` runs.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ViteSlidevPlugin, resolveOptions } from '@slidev/cli'
import { build, type Plugin, type PluginOption } from 'vite'
import type { Locale } from '../core/locales.ts'
import { writeFileAtomic } from '../core/atomic.ts'
import {
  deckDataScript,
  deckText,
  type DeckRuntimeData,
  localeIndexHtml,
  markHeadEnd,
  RUNTIME_TITLES,
  shareKey,
  sharedSansFonts,
  splitConfigsModule,
  splitSlideModule,
} from './runtime-data.ts'
import { codeCacheKey, type CodeCache, restoreCode, storeCode } from './code-cache.ts'
import { fontStylesheetTag, writeSpaFonts } from './spa-fonts.ts'
import { inlineFontCss } from './inline-fonts.ts'
import { oneFileHeadTags } from './one-file.ts'
import { oneFilePlugins } from './one-file-build.ts'
import { dataIsNotMarkupPlugin, FONTS_MODULE, TITLE_RENDERER_MODULE, titleRendererSource } from './vite-plugins.ts'

export interface SpaBuildRequest {
  /** The generated markdown. */
  entry: string
  /** Folder to write the SPA to (empty or absent); none: no SPA. */
  outDir?: string
  /** The one-file deck to write, and the cache of font subsets; none: no one-file deck. */
  oneFile?: { output: string; fontCache: string }
  locale: Locale
}

type ResolvedSlidevOptions = Awaited<ReturnType<typeof resolveOptions>>

/** One locale as Slidev loads it, with the data its index.html carries. */
interface LoadedLocale {
  request: SpaBuildRequest
  /** Slidev's options, kept for the first locale of each shared build only (they are large). */
  options?: ResolvedSlidevOptions
  data: DeckRuntimeData
  key: string
  /** Slidev's index.html for this locale. */
  indexHtml: string
  /** Slidev's sans-serif font list for this locale. */
  sans: string[]
}

const SLIDE_MODULE = /__slidev_(\d+)\.frontmatter$/
const CONFIGS_MODULE = '/@slidev/configs'

export interface SpaBuildReport {
  /** Vite builds run. */
  built: number
  /** Builds whose code came from the cache (only the data changed). */
  reused: number
}

/**
 * Builds every request's SPA; requests that can share a build (same deck, other locale) do, and a
 * build whose code is in `cache` is not run again.
 */
export async function buildSpas(requests: readonly SpaBuildRequest[], cache?: CodeCache): Promise<SpaBuildReport> {
  const groups = new Map<string, LoadedLocale[]>()
  for (const request of requests) {
    const locale = await loadLocale(request)
    const group = groups.get(locale.key)
    if (group) group.push({ ...locale, options: undefined })
    else groups.set(locale.key, [locale])
  }
  const report: SpaBuildReport = { built: 0, reused: 0 }
  for (const group of groups.values()) {
    const shared = await buildShared(group, cache)
    report.built += shared.built
    report.reused += shared.reused
  }
  return report
}

async function loadLocale(request: SpaBuildRequest): Promise<LoadedLocale> {
  const options = await resolveOptions({ entry: request.entry }, 'build')
  const loader = (await slidevPlugins(options)).find(plugin => plugin.name === 'slidev:loader')
  if (!loader || typeof loader.load !== 'function') throw new Error('Slidev has no slidev:loader plugin')
  // The loader only needs `resolve` for templates other than the configs.
  const context = { resolve: async () => null }
  const load = async (id: string) => {
    const result = await (loader.load as (this: unknown, id: string) => unknown).call(context, id)
    return typeof result === 'string' ? result : (result as { code: string }).code
  }
  const slides = []
  for (const [index, slide] of options.data.slides.entries())
    slides.push(splitSlideModule(await load(`${slide.source.filepath}__slidev_${index + 1}.frontmatter`), index).data)
  const data: DeckRuntimeData = {
    configs: splitConfigsModule(await load(CONFIGS_MODULE)).data,
    titles: options.data.slides.map(slide => slide.title ?? ''),
    slides,
  }
  return {
    request,
    options,
    data,
    key: shareKey(options.data as never),
    indexHtml: options.utils.indexHtml,
    sans: [...options.data.config.fonts.sans],
  }
}

async function slidevPlugins(options: ResolvedSlidevOptions): Promise<Plugin[]> {
  return ((await ViteSlidevPlugin(options, {})) as PluginOption[]).flat(Infinity as 1) as Plugin[]
}

/**
 * The group's SPAs from one Vite build (or its cached code), into the first locale's folder and
 * copied to the others; then the one-file decks, from one build of their own.
 */
async function buildShared(group: readonly LoadedLocale[], cache?: CodeCache): Promise<SpaBuildReport> {
  const [template] = group
  const options = template?.options
  if (!template || !options) throw new Error('a shared build needs its first locale\'s Slidev options')
  options.data.config.fonts.sans = sharedSansFonts(group.map(locale => locale.sans))
  const key = (oneFile: boolean) => cache && codeCacheKey(cache, {
    deck: template.key,
    sans: options.data.config.fonts.sans,
    roots: [options.userRoot, options.clientRoot, ...options.roots],
    page: template.indexHtml.slice(template.indexHtml.indexOf('</head>')),
    ...(oneFile ? { oneFile } : {}),
  })
  const report: SpaBuildReport = { built: 0, reused: 0 }
  const spas = group.filter(locale => locale.request.outDir)
  if (spas.length > 0) {
    const [first, ...others] = spas.map(locale => locale.request.outDir!)
    const code = await sharedCode(options, first!, cache, key(false), [])
    report[code.reused ? 'reused' : 'built']++
    for (const outDir of others) await cp(first!, outDir, { recursive: true })
    for (const locale of spas) await finishLocale(locale, code.html, template.indexHtml)
  }
  const oneFiles = group.filter(locale => locale.request.oneFile)
  if (oneFiles.length > 0) {
    const scratch = await mkdtemp(join(tmpdir(), 'deckwright-one-file-'))
    try {
      const code = await sharedCode(options, scratch, cache, key(true), oneFilePlugins())
      report[code.reused ? 'reused' : 'built']++
      for (const locale of oneFiles) await writeOneFile(locale, code.html, template.indexHtml)
    }
    finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
  return report
}

/** Builds the code into `outDir`, or restores it from the cache; returns the built page (marked, see runtime-data.ts). */
async function sharedCode(options: ResolvedSlidevOptions, outDir: string, cache: CodeCache | undefined, key: string | undefined, plugins: Plugin[]): Promise<{ html: string; reused: boolean }> {
  // The cache only saves time: an entry that cannot be read or kept (another run replacing it,
  // a full disk) means a Vite build, never a failed one. Vite empties the folder before building.
  const reused = cache && key ? await restoreCode(cache, key, outDir).catch(() => false) : false
  if (!reused) {
    await viteBuild(options, outDir, plugins)
    if (cache && key) await storeCode(cache, key, outDir).catch(() => undefined)
  }
  return { html: await readFile(resolve(outDir, 'index.html'), 'utf8'), reused }
}

/** A locale's one-file deck: the inlined build with the locale's head, data and fonts, written atomically. */
async function writeOneFile(locale: LoadedLocale, builtHtml: string, templateHtml: string): Promise<void> {
  const { output, fontCache } = locale.request.oneFile!
  const fonts = await inlineFontCss(locale.request.locale, deckText(locale.data), fontCache)
  const html = localeIndexHtml({ builtHtml, templateHtml, localeHtml: locale.indexHtml, headTags: oneFileHeadTags(locale.data, fonts) })
  await writeFileAtomic(output, html)
}

async function viteBuild(options: ResolvedSlidevOptions, outDir: string, extraPlugins: Plugin[]): Promise<void> {
  ;(options.utils.define as Record<string, string>).__SLIDEV_FEATURE_PRINT__ = 'true'
  const indexHtmlId = resolve(options.userRoot, 'index.html')
  await build({
    configFile: false,
    root: options.userRoot,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      reportCompressedSize: false,
      rollupOptions: { input: { index: indexHtmlId } },
    },
    define: { __VUE_PROD_DEVTOOLS__: false },
    plugins: [
      runtimeDataPlugin(),
      dataIsNotMarkupPlugin(),
      {
        name: 'deckwright:index-html',
        enforce: 'pre',
        resolveId: id => (id === indexHtmlId ? id : null),
        load: id => (id === indexHtmlId ? markHeadEnd(options.utils.indexHtml) : undefined),
      },
      ...await slidevPlugins(options),
      ...extraPlugins,
    ],
  })
}

/** A locale's own files in the shared build: index.html (and 404.html) with its data, its font. */
async function finishLocale(locale: LoadedLocale, builtHtml: string, templateHtml: string): Promise<void> {
  const outDir = locale.request.outDir!
  const html = localeIndexHtml({
    builtHtml,
    templateHtml,
    localeHtml: locale.indexHtml,
    headTags: [deckDataScript(locale.data), fontStylesheetTag(locale.request.locale)],
  })
  await writeFile(resolve(outDir, 'index.html'), html)
  await writeFile(resolve(outDir, '404.html'), html)
  await writeSpaFonts(outDir, locale.request.locale)
}

/**
 * Serves the deck's data modules as look-ups into the locale's data (slides, configs, titles),
 * and no font: each locale's folder gets its own. Runs before Slidev's plugins.
 */
function runtimeDataPlugin(): Plugin {
  const noFonts = '\0deckwright-fonts-in-index-html.css'
  return {
    name: 'deckwright:runtime-data',
    enforce: 'pre',
    resolveId: id => (id === FONTS_MODULE ? noFonts : id === TITLE_RENDERER_MODULE ? id : undefined),
    load(id) {
      if (id === noFonts) return '/* Each locale\'s index.html links its font (fonts/<locale>.css). */'
      if (id === TITLE_RENDERER_MODULE) return titleRendererSource(RUNTIME_TITLES)
      return undefined
    },
    transform(code, id) {
      if (id === CONFIGS_MODULE) return { code: splitConfigsModule(code).code, map: null }
      const slide = SLIDE_MODULE.exec(id)
      return slide ? { code: splitSlideModule(code, Number(slide[1]) - 1).code, map: null } : undefined
    },
  }
}
