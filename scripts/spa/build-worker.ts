/**
 * Child-process entry that builds SPAs on request over IPC. It runs apart from the CLI because
 * Slidev keeps per-process state (the first entry's roots) and a build holds most of a gigabyte
 * that is returned when the process exits.
 */
import type { CodeCache } from './code-cache.ts'
import { buildSpas, type SpaBuildRequest } from './slidev-build.ts'

interface Message { id: number; requests: SpaBuildRequest[]; cache?: CodeCache }

process.on('message', async (message: Message) => {
  try {
    const report = await buildSpas(message.requests, message.cache)
    process.send?.({ id: message.id, ok: true, report })
  }
  catch (error) {
    process.send?.({ id: message.id, ok: false, error: (error as Error).stack ?? String(error) })
  }
})
// The parent went away (finished, or killed): do not linger as an orphan.
process.on('disconnect', () => process.exit(0))
