/**
 * Serves a built SPA over HTTP on the loopback interface: on a free port while it is printed, and
 * on a chosen port for `present`, which also adds tags to the page and routes of its own (the live
 * updates). Files are read from disk on every request, so a rewritten index.html is served at once.
 */
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import { DeckError } from '../core/errors.ts'

export interface StaticServerOptions {
  /** Port to listen on; 0 (the default) takes any free one. */
  port?: number
  /** With a port: fail when it is taken (E_PORT) instead of trying the next ones. */
  strictPort?: boolean
  /** Tags put into the page (index.html) before its own scripts, on every request. */
  headTags?: () => string
  /** Requests answered before the files: path → handler. */
  routes?: Readonly<Record<string, http.RequestListener>>
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/** Ports tried after a taken one, when the port is not strict. */
const PORT_TRIES = 20

export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const files = sirv(dir, { single: true, dev: true })
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!
    const route = options.routes?.[path]
    if (route) return route(request, response)
    if (options.headTags && (path === '/' || path === '/index.html')) return servePage(dir, options.headTags(), response)
    return files(request, response)
  })
  const port = await listen(server, options.port ?? 0, options.strictPort === true || !options.port ? 0 : PORT_TRIES)
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise(resolve => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

/** Listens on `port`, or on one of the `tries` ports after it when it is taken; returns the port. */
async function listen(server: http.Server, port: number, tries: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port + attempt, '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      })
      return (server.address() as AddressInfo).port
    }
    catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      if (inUse && attempt < tries) continue
      const message = inUse ? `port ${port + attempt} is in use: pass --port with a free one` : `could not open a local port: ${(error as Error).message}`
      throw new DeckError('E_PORT', message, [], { cause: error })
    }
  }
}

/** The deck's page with the extra tags at the start of its head. */
async function servePage(dir: string, tags: string, response: http.ServerResponse): Promise<void> {
  try {
    const html = await readFile(join(dir, 'index.html'), 'utf8')
    const at = html.indexOf('<head>')
    const page = at < 0 ? `${tags}${html}` : `${html.slice(0, at + 6)}\n${tags}${html.slice(at + 6)}`
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    response.end(page)
  }
  catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('The deck is not built: run npm run deck')
  }
}
