/**
 * Builds one deck's static SPA with Slidev's own Vite plugins, in this process.
 *
 * Why not `slidev build`: the SPA must include Slidev's print route (the PDF is printed from the
 * built SPA, not a dev server), and Slidev only includes it together with its own exporter, which
 * downloads a browser. So Deckwright resolves Slidev's options, turns the print route on, and runs
 * the same Vite build that `slidev build` runs.
 */
import { copyFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ViteSlidevPlugin, resolveOptions } from '@slidev/cli'
import { build } from 'vite'
import type { Locale } from '../load/schema.ts'
import { dataIsNotMarkupPlugin, localeFontsPlugin, textTitlesPlugin } from './vite-plugins.ts'

export interface SpaBuildRequest {
  /** The generated markdown. */
  entry: string
  /** Folder to write; replaced whole. */
  outDir: string
  locale: Locale
}

export async function buildSpa(request: SpaBuildRequest): Promise<void> {
  const options = await resolveOptions({ entry: request.entry }, 'build')
  ;(options.utils.define as Record<string, string>).__SLIDEV_FEATURE_PRINT__ = 'true'
  const indexHtmlId = resolve(options.userRoot, 'index.html')
  await build({
    configFile: false,
    root: options.userRoot,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: request.outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      reportCompressedSize: false,
      rollupOptions: { input: { index: indexHtmlId } },
    },
    define: { __VUE_PROD_DEVTOOLS__: false },
    plugins: [
      localeFontsPlugin(request.locale),
      textTitlesPlugin(options.data),
      dataIsNotMarkupPlugin(),
      {
        name: 'deckwright:index-html',
        enforce: 'pre',
        resolveId: id => (id === indexHtmlId ? id : null),
        load: id => (id === indexHtmlId ? options.utils.indexHtml : undefined),
      },
      await ViteSlidevPlugin(options, {}),
    ],
  })
  await copyFile(resolve(request.outDir, 'index.html'), resolve(request.outDir, '404.html'))
}
