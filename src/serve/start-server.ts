import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { createApp } from './app.js'
import type { ServeDeps } from './deps.js'

export interface RunningServer {
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

/** Starts the app on `config.host:config.port` (port 0 picks a free one) and resolves once it listens. */
export function startServer(deps: ServeDeps): Promise<RunningServer> {
  const app = createApp(deps)
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: deps.config.host, port: deps.config.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      })
    })
    server.once('error', reject)
  })
}
