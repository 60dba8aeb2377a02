/**
 * The live channel of `present --watch`: a server-sent event stream each open view of the deck
 * (audience, presenter) listens to. After a save it carries the deck's new slide data, which the
 * page applies in place (scripts/client/live-data.ts), or a request to reload once the deck was
 * built again.
 */
import type http from 'node:http'
import type { DeckRuntimeData } from '../spa/runtime-data.ts'

export type LiveMessage = { type: 'data'; data: DeckRuntimeData } | { type: 'reload' }

export interface LiveChannel {
  /** The route that opens a stream. */
  handle: http.RequestListener
  send: (message: LiveMessage) => void
  /** Views listening now. */
  listeners: () => number
  close: () => void
}

export function createLiveChannel(): LiveChannel {
  const open = new Set<http.ServerResponse>()
  return {
    handle(request, response) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'Connection': 'keep-alive' })
      // A comment line opens the stream at once; the view then knows it is connected.
      response.write(': deckwright live\n\n')
      open.add(response)
      request.on('close', () => open.delete(response))
    },
    send(message) {
      // One line of JSON: data lines cannot hold a line break, and JSON.stringify escapes them.
      const frame = `event: ${message.type}\ndata: ${JSON.stringify(message.type === 'data' ? message.data : {})}\n\n`
      for (const response of open) response.write(frame)
    },
    listeners: () => open.size,
    close() {
      for (const response of open) response.end()
      open.clear()
    },
  }
}
