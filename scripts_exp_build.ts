import { resolveOptions, ViteSlidevPlugin } from '@slidev/cli'
import { build } from 'vite'
import { resolve } from 'node:path'
import { copyFile } from 'node:fs/promises'
const entry = process.argv[2]
const out = process.argv[3]
const t0 = Date.now()
const options = await resolveOptions({ entry }, 'build')
;(options.utils.define as any).__SLIDEV_FEATURE_PRINT__ = 'true'
const indexHtmlId = resolve(options.userRoot, 'index.html')
await build({
  configFile: false,
  root: options.userRoot,
  base: './',
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 2000, rollupOptions: { input: { index: indexHtmlId } } },
  define: { __VUE_PROD_DEVTOOLS__: false },
  plugins: [
    { name: 'dw:index', enforce: 'pre', resolveId(id) { return id === indexHtmlId ? id : null }, load(id) { return id === indexHtmlId ? options.utils.indexHtml : undefined } },
    await ViteSlidevPlugin(options, (options.data.config as any).slidev ?? {}),
  ],
})
await copyFile(resolve(out, 'index.html'), resolve(out, '404.html'))
console.log('built in', Date.now() - t0, 'ms')
