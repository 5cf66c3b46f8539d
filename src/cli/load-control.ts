import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EdgeAreaCache, listControlFiles, parseControlGeoJson, readControlFile } from '../control/index.js'
import type { ControlSnapshotInput, ControlView, Issue } from '../domain/index.js'
import { loadControlSeries } from '../pipeline/index.js'
import type { Store } from '../store/index.js'
import type { CliContext } from './context.js'

/** The control data a command analyses against, where it came from, and problems met loading it. */
export interface LoadedControl {
  readonly view: ControlView | null
  /** "store ./frontline.db", "files data/control-sample", or null when there is none. */
  readonly source: string | null
  readonly issues: readonly Issue[]
}

/** The control sample the repository ships (44 real days), for analysis without a store. */
export function bundledControlSample(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'control-sample')
}

/**
 * `--control DIR|FILE|DB`: a SQLite database holding imported snapshots, or control files/directories
 * read into memory (`--control data/control-sample` for the bundled sample). Without the option: the
 * default database when it exists and holds snapshots, else none: reading the 44-day sample takes
 * about 5 s, too long to pay on every `analyze` while control data only ranks place candidates.
 * `--no-control` (false) analyses without control data.
 */
export async function loadControl(ctx: CliContext, option: string | boolean | undefined): Promise<LoadedControl> {
  if (option === false) return { view: null, source: null, issues: [] }
  if (typeof option === 'string') {
    const path = resolve(ctx.io.cwd, option)
    if (!existsSync(path)) return { view: null, source: null, issues: [{ code: 'not-found', severity: 'error', message: `--control ${option}: no such file or directory`, sourceId: option }] }
    if (statSync(path).isFile() && /\.(?:db|sqlite3?)$/i.test(path)) return fromDatabase(path)
    return fromFiles([path], option)
  }
  const db = ctx.dbPath()
  if (existsSync(db)) {
    const loaded = await fromDatabase(db)
    if (loaded.view?.coverage) return loaded
  }
  return { view: null, source: null, issues: [] }
}

/**
 * The bundled sample's first snapshot alone (its earliest file, 2024-07-08; about 80 ms to read), for the
 * held-ground strike rule when a command runs without control data (AnalyzeDeps.firstSnapshot): the
 * Ukrainian side of the series' first day answers who held a town on a 2022-24 date (held-before-series.ts).
 * `--no-control` (false) reads nothing; null when the sample is absent or unreadable.
 */
export async function bundledFirstSnapshot(option?: string | boolean): Promise<ControlView | null> {
  if (option === false) return null
  const dir = bundledControlSample()
  if (!existsSync(dir)) return null
  const files = readdirSync(dir).filter((f) => /\.geojson(?:\.gz)?$/.test(f)).sort()
  if (files.length === 0) return null
  const loaded = await fromFiles([join(dir, files[0]!)], 'first snapshot of data/control-sample')
  return loaded.view
}

async function fromDatabase(path: string): Promise<LoadedControl> {
  let store: Store | null = null
  try {
    store = await openStoreLazily({ path, readonly: true })
    const series = await loadControlSeries(store)
    return { view: series.coverage ? series : null, source: `store ${path}`, issues: [] }
  } catch (error) {
    return { view: null, source: null, issues: [{ code: 'control-unreadable', severity: 'warning', message: `${path}: cannot read control snapshots (${(error as Error).message}); analysing without control data`, sourceId: path }] }
  } finally {
    await store?.close()
  }
}

/** Reads control files into an in-memory store and loads the series from it (also eval:extract's `--control DIR`). */
export async function fromFiles(paths: readonly string[], label: string): Promise<LoadedControl> {
  const listed = await listControlFiles(paths)
  const issues: Issue[] = listed.issues.filter((i) => i.severity !== 'info')
  const store = await openStoreLazily({ path: ':memory:' })
  try {
    const cache = new EdgeAreaCache()
    const snapshots: ControlSnapshotInput[] = []
    for (const file of listed.value) {
      const read = await readControlFile(file)
      issues.push(...read.issues)
      if (read.value === null) continue
      const parsed = parseControlGeoJson(read.value, file, { source: 'DeepState', areaCache: cache })
      issues.push(...parsed.issues)
      snapshots.push(...parsed.value)
    }
    await store.saveControlSnapshots(snapshots)
    const series = await loadControlSeries(store)
    return { view: series.coverage ? series : null, source: `files ${label}`, issues }
  } finally {
    await store.close()
  }
}


/** The store's modules (and SQLite's) load only when control data is read from a store or files: `analyze` without either never needs them. */
async function openStoreLazily(options: { path: string; readonly?: boolean }): Promise<Store> {
  return (await import('../store/index.js')).openSqliteStore(options)
}
