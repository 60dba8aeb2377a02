/** Serves a built SPA on a free loopback port while it is printed. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import { DeckError } from '../core/errors.ts'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = http.createServer(sirv(dir, { single: true, dev: true }))
  await new Promise<void>((resolve, reject) => {
    server.once('error', error => reject(new DeckError('E_PORT', `could not open a local port to print from: ${error.message}`, [], { cause: error })))
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
