import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { InputError } from '../../domain/index.js'
import { openSqliteStore } from '../../store/index.js'
import type { CliContext } from '../context.js'
import { memoryIo } from '../io.js'
import { loadServeConfig, serveUntilStopped, type ServeOptions } from './serve.js'

/** The bundled control sample (real DeepState days, see data/control-sample/SOURCE.md). */
export function sampleControlDir(): string {
  return fileURLToPath(new URL('../../../data/control-sample', import.meta.url))
}

/** The demo's reports, written by the team (data/demo-reports/SOURCE.md). */
export function demoReportsDir(): string {
  return fileURLToPath(new URL('../../../data/demo-reports/reports', import.meta.url))
}

/**
 * Loads the bundled sample into a fresh database and returns its path. Reuses `control import`
 * itself (run in-process), so the demo database is exactly what a user's import would give.
 */
export async function prepareDemoDatabase(ctx: CliContext, dbOption: string | undefined): Promise<{ path: string; temporaryDir: string | null }> {
  let dbPath: string
  let temporaryDir: string | null = null
  if (dbOption) {
    dbPath = resolve(ctx.io.cwd, dbOption)
    if (existsSync(dbPath)) throw new InputError(`--db ${dbOption}: exists; the demo loads the sample into a fresh database (remove it or name another file)`)
  } else {
    temporaryDir = mkdtempSync(join(tmpdir(), 'frontline-demo-'))
    dbPath = join(temporaryDir, 'frontline.db')
  }
  const sample = sampleControlDir()
  if (!existsSync(sample)) throw new InputError(`the bundled sample is missing (${sample}): is this a complete checkout?`)
  const { main } = await import('../main.js')
  // The same commands a user runs: import the map history, ingest the reports, verify the claims.
  const step = async (argv: string[]): Promise<string> => {
    const run = memoryIo({ cwd: ctx.io.cwd, env: ctx.io.env })
    const code = await main(['--db', dbPath, ...argv, '--json'], run.io)
    if (code !== 0) throw new Error(`demo: \`frontline ${argv.join(' ')}\` failed (exit ${code}):\n${run.stderr()}`)
    return run.stdout()
  }
  const imported = JSON.parse(await step(['control', 'import', sample])) as { snapshots: { inserted: number }; range: { start: string; end: string } | null }
  const ingested = JSON.parse(await step(['ingest', demoReportsDir()])) as { documents: { claims: number }[] }
  const verified = JSON.parse(await step(['verify'])) as { claims: number; statuses: Record<string, number> }
  const claims = ingested.documents.reduce((n, d) => n + d.claims, 0)
  ctx.io.stderr(
    `frontline demo: loaded ${imported.snapshots.inserted} control snapshots (${imported.range?.start} .. ${imported.range?.end}), ` +
      `${ingested.documents.length} reports with ${claims} claims (verdicts: ${Object.entries(verified.statuses).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'}) ` +
      `into ${dbPath}${temporaryDir ? ' (removed on exit)' : ''}\n`,
  )
  return { path: dbPath, temporaryDir }
}

/** `frontline demo`: the bundled sample in a fresh database, served with the map UI. */
export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('Load the bundled sample (control map history and the demo reports, analysed and verified) into a fresh database and serve the map UI and API over it')
    .option('--port <n>', 'TCP port (default 8080; 0 picks a free one)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1)')
    .option('--db <path>', 'database file to create (must not exist; default: a new temporary file)')
    .option('--config <file>', 'JSON server config, as for `frontline serve`')
    .action(async (opts: ServeOptions & { db?: string }) => {
      const config = loadServeConfig(ctx, opts)
      const demo = await prepareDemoDatabase(ctx, opts.db ?? program.opts<{ db?: string }>().db)
      const store = await openSqliteStore({ path: demo.path })
      try {
        await serveUntilStopped(ctx, store, config)
      } finally {
        await store.close()
        if (demo.temporaryDir) rmSync(demo.temporaryDir, { recursive: true, force: true })
      }
    })
}
