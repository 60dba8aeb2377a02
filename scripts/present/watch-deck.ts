/**
 * Watching a deck's inputs while presenting (`dev`, `present --watch`): its folder (article.yaml,
 * source.txt, glossary.yaml, brand.yaml and its logo) and the project's glossary and brand files. Saves in quick succession are run one after
 * another, never at once, and a burst ends with a run on the files as last saved.
 */
import { join } from 'node:path'
import { watch } from 'chokidar'

/** Calls `onChange` (debounced) when the deck folder or one of `projectFiles` changes; returns a function that stops watching. */
export function watchDeck(deckDir: string, projectFiles: readonly string[], onChange: () => Promise<void>): () => Promise<void> {
  const watcher = watch([deckDir, ...projectFiles], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 10 } })
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  watcher.on('all', (_event, path) => {
    if (!/\.(ya?ml|txt|svg|png)$/i.test(path) && path !== join(deckDir)) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      // onChange reports its own errors; the catch keeps one unexpected failure from stopping the chain.
      running = running.then(onChange).catch(() => undefined)
    }, 30)
  })
  return async () => {
    clearTimeout(timer)
    await watcher.close()
    await running
  }
}
