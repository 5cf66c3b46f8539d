import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
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
 * Where `frontline demo` keeps the database it built, to copy it on the next start instead of
 * importing, analysing and verifying the sample again (10–30 s): $FRONTLINE_CACHE_DIR, else
 * $XDG_CACHE_HOME/frontline, else ~/.cache/frontline.
 */
export function demoCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.FRONTLINE_CACHE_DIR) return env.FRONTLINE_CACHE_DIR
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'frontline')
}

/**
 * A hash of everything the demo database is made from: the bundled data (sample, reports, gazetteer,
 * regions) and the code that imports, analyses and verifies it (this package's compiled or source
 * tree, whichever runs, without the page). Any change to either gives a new hash, so a cached
 * database is never stale.
 */
export function demoInputsHash(): string {
  const hash = createHash('sha256')
  for (const root of [fileURLToPath(new URL('../../../data', import.meta.url)), fileURLToPath(new URL('../..', import.meta.url))]) {
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(dir, entry.name)
        // The built page (dist/ui) is not an input of the database.
        if (entry.isDirectory()) {
          if (!(dir === root && entry.name === 'ui')) walk(path)
        }
        else if (entry.isFile()) hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update('\0')
      }
    }
    walk(root)
  }
  return hash.digest('hex').slice(0, 24)
}

/**
 * Loads the bundled sample into a fresh database and returns its path. Reuses `control import`
 * itself (run in-process), so the demo database is exactly what a user's import would give. With a
 * `cacheDir`, a database built before from the same inputs (demoInputsHash) is copied instead, and
 * a newly built one is kept there (replacing older ones).
 */
export async function prepareDemoDatabase(
  ctx: CliContext,
  dbOption: string | undefined,
  options: { cacheDir?: string | null } = {},
): Promise<{ path: string; temporaryDir: string | null; fromCache: boolean }> {
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
  const cached = options.cacheDir ? join(options.cacheDir, `demo-${demoInputsHash()}.db`) : null
  if (cached && existsSync(cached)) {
    copyFileSync(cached, dbPath)
    ctx.io.stderr(`frontline demo: the sample database built before from the same data and code (${cached}) copied to ${dbPath}${temporaryDir ? ' (removed on exit)' : ''}\n`)
    return { path: dbPath, temporaryDir, fromCache: true }
  }
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
  if (cached && options.cacheDir) keepInCache(ctx, dbPath, cached, options.cacheDir)
  return { path: dbPath, temporaryDir, fromCache: false }
}

/**
 * Copies the built database into the cache under a temporary name and renames it into place (two
 * demos starting at once never see half a file), then removes the databases of older inputs. A cache
 * that cannot be written only costs the next start its speed: said on stderr, not an error.
 */
function keepInCache(ctx: CliContext, dbPath: string, cached: string, cacheDir: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true })
    const partial = `${cached}.${process.pid}.partial`
    copyFileSync(dbPath, partial)
    renameSync(partial, cached)
    for (const name of readdirSync(cacheDir)) {
      if (/^demo-[0-9a-f]+\.db$/.test(name) && join(cacheDir, name) !== cached) rmSync(join(cacheDir, name), { force: true })
    }
  } catch (error) {
    ctx.io.stderr(`frontline demo: could not keep the sample database in ${cacheDir} (${(error as Error).message}); the next start imports it again\n`)
  }
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
    .option('--no-cache', 'import the sample again even if a database built from the same data and code is cached')
    .addHelpText(
      'after',
      '\nThe database built from the sample is kept in $FRONTLINE_CACHE_DIR (default $XDG_CACHE_HOME/frontline or ~/.cache/frontline) ' +
        'and copied on the next start while the bundled data and the code are unchanged.',
    )
    .action(async (opts: ServeOptions & { db?: string; cache: boolean }) => {
      const config = loadServeConfig(ctx, opts)
      const demo = await prepareDemoDatabase(ctx, opts.db ?? program.opts<{ db?: string }>().db, { cacheDir: opts.cache ? demoCacheDir(ctx.io.env) : null })
      const store = await openSqliteStore({ path: demo.path })
      try {
        await serveUntilStopped(ctx, store, config)
      } finally {
        await store.close()
        if (demo.temporaryDir) rmSync(demo.temporaryDir, { recursive: true, force: true })
      }
    })
}
