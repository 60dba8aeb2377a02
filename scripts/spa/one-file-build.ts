/**
 * The Vite side of the one-file deck (one-file.ts): the build of Slidev's client with every chunk
 * and stylesheet inlined into the page, by vite-plugin-singlefile. Slidev splits its output with
 * `manualChunks`, which Vite 8 refuses together with the `codeSplitting: false` the plugin sets;
 * the chunks mean nothing in one file, so the option is dropped once the config is resolved.
 */
import type { Plugin } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

export function oneFilePlugins(): Plugin[] {
  return [viteSingleFile({ removeViteModuleLoader: true }) as Plugin, noManualChunks()]
}

function noManualChunks(): Plugin {
  return {
    name: 'deckwright:no-manual-chunks',
    enforce: 'post',
    configResolved(config) {
      const build = config.build as { rollupOptions?: { output?: unknown }; rolldownOptions?: { output?: unknown } }
      for (const options of [build.rollupOptions, build.rolldownOptions]) {
        for (const output of [options?.output].flat()) {
          if (output && typeof output === 'object') delete (output as { manualChunks?: unknown }).manualChunks
        }
      }
    },
  }
}
