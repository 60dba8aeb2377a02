/**
 * Child-process entry that builds SPAs on request, one at a time, over IPC. A worker lives for a
 * whole run so Slidev and Vite are loaded once, not once per deck and locale; it runs apart from
 * the CLI because Slidev keeps per-process state (the first entry's roots) and a build holds
 * most of a gigabyte that is returned when the worker exits.
 */
import { buildSpa, type SpaBuildRequest } from './slidev-build.ts'

interface Message { id: number; request: SpaBuildRequest }

process.on('message', async (message: Message) => {
  try {
    await buildSpa(message.request)
    process.send?.({ id: message.id, ok: true })
  }
  catch (error) {
    process.send?.({ id: message.id, ok: false, error: (error as Error).stack ?? String(error) })
  }
})
// The parent went away (finished, or killed): do not linger as an orphan.
process.on('disconnect', () => process.exit(0))
