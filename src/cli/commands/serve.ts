import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { InputError } from '../../domain/index.js'
import { parseServeConfig, startServer, type RunningServer, type ServeConfig } from '../../serve/index.js'
import type { Store } from '../../store/index.js'
import type { CliContext } from '../context.js'
import { buildServeDeps } from '../serve-deps.js'

export interface ServeOptions {
  port?: string
  host?: string
  config?: string
}

/** The built UI beside the compiled CLI (dist/ui), or null when it was not built. */
export function builtUiDir(): string | null {
  const dir = fileURLToPath(new URL('../../../dist/ui', import.meta.url))
  return existsSync(`${dir}/index.html`) ? dir : null
}

/**
 * Server config: the JSON file from `--config` (if any), then `FRONTLINE_WRITE_TOKEN`, then flags.
 * Checked once with the schema; every problem is listed together.
 */
export function loadServeConfig(ctx: CliContext, opts: ServeOptions): ServeConfig {
  let fromFile: Record<string, unknown> = {}
  let origin = 'server config'
  if (opts.config) {
    origin = opts.config
    let text: string
    try {
      text = readFileSync(opts.config, 'utf8')
    } catch (error) {
      throw new InputError(`--config ${opts.config}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
    try {
      const parsed: unknown = JSON.parse(text)
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object')
      fromFile = parsed as Record<string, unknown>
    } catch (error) {
      throw new InputError(`--config ${opts.config}: not a JSON object (${(error as Error).message})`)
    }
  }
  const merged: Record<string, unknown> = { ...fromFile }
  if (ctx.io.env.FRONTLINE_WRITE_TOKEN) merged.writeToken = ctx.io.env.FRONTLINE_WRITE_TOKEN
  if (opts.host !== undefined) merged.host = opts.host
  if (opts.port !== undefined) merged.port = /^\d+$/.test(opts.port) ? Number(opts.port) : opts.port
  return parseServeConfig(merged, origin)
}

/** Serves until the process gets SIGINT or SIGTERM (or `until` resolves, in tests). */
export async function serveUntilStopped(
  ctx: CliContext,
  store: Store,
  config: ServeConfig,
  until: Promise<void> = waitForSignal(),
): Promise<void> {
  const uiDir = builtUiDir()
  const deps = await buildServeDeps(store, config, uiDir, (line) => ctx.io.stderr(`${line}\n`))
  const server: RunningServer = await startServer(deps)
  ctx.io.stdout(`Frontline is serving ${store.location} at ${server.url}/ (${config.writeToken ? 'writable with the token' : 'read-only'})\n`)
  // The place-search index is built once listening, between requests (a search before it is ready
  // builds the rest at once); stopping does not wait for it.
  const stopping = new AbortController()
  const warmed = deps.places?.warm(stopping.signal).catch((error: unknown) => ctx.io.stderr(`frontline: building the place-search index failed: ${(error as Error).stack ?? String(error)}\n`))
  if (!uiDir) ctx.io.stderr('frontline: the UI is not built (dist/ui is missing): serving the API only; run `npm run build`\n')
  await until
  stopping.abort()
  await warmed
  await server.close()
}

/**
 * Resolves on the first SIGINT or SIGTERM. A repeat within two seconds is the same request (a Ctrl-C
 * reaches both `bin/frontline.js` and this process, and the wrapper passes its copy on); after that
 * the handlers are removed, so a later signal stops the process at once, as a second Ctrl-C should.
 */
function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false
    const stop = () => {
      if (stopping) return
      stopping = true
      resolve()
      setTimeout(() => {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
      }, 2000).unref()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** `frontline serve`: the HTTP API and the map UI over the database. */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Serve the JSON API (/api, described at /api/openapi.json) and the map UI over the database')
    .option('--port <n>', 'TCP port (default 8080; 0 picks a free one)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--config <file>', 'JSON server config: host, port, writeToken, maxRequestBytes, maxIngestBytes, geometryCacheEntries')
    .addHelpText(
      'after',
      '\nRead-only unless a writeToken (>= 24 characters) is configured, in the config file or FRONTLINE_WRITE_TOKEN.\n' +
        'The database is --db (before the command), $FRONTLINE_DB or ./frontline.db.',
    )
    .action(async (opts: ServeOptions) => {
      const config = loadServeConfig(ctx, opts)
      const store = await ctx.openStore()
      try {
        await serveUntilStopped(ctx, store, config)
      } finally {
        await store.close()
      }
    })
}
