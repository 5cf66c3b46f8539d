import { relative, resolve } from 'node:path'
import type { Command } from 'commander'
import { EdgeAreaCache, listControlFiles, parseControlGeoJson, readControlFile } from '../../../control/index.js'
import type { ControlSaveResult, ControlSnapshotInput, Issue } from '../../../domain/index.js'
import { indexControlSeries } from '../../../pipeline/load-control-series.js' // not index.js: see series-access.ts
import type { CliContext } from '../../context.js'
import { writeJson } from '../../output.js'

/** Snapshots per store transaction: bounds memory on a big import and keeps each commit short. */
const BATCH = 64

export function registerControlImport(control: Command, ctx: CliContext): void {
  control
    .command('import')
    .description(
      'Import control snapshots: DeepState daily files (deepstatemap_data_YYYYMMDD.geojson, also .geojson.gz), ' +
        'directories of them (searched recursively), or one FeatureCollection with a "date" property per feature. ' +
        'Idempotent: the same geometry for a date changes nothing; a different one becomes a new revision and the old one is kept. ' +
        'Bad files are reported (file and reason) and skipped while the rest imports; the exit code is then 2.',
    )
    .argument('<paths...>', 'files or directories')
    .option('--source <name>', 'who drew the map, stored with each snapshot', 'DeepState')
    .option('--json', 'print the result as JSON')
    .action(async (paths: string[], opts: { source: string; json?: boolean }) => {
      const { io } = ctx
      const startedAt = new Date().toISOString()
      const display = (path: string) => {
        const r = relative(io.cwd, path)
        return r.startsWith('..') ? path : r
      }
      const listed = await listControlFiles(paths.map((p) => resolve(io.cwd, p)))
      const issues: Issue[] = listed.issues.map((i) => relabel(i, display))
      const files = listed.value
      const cache = new EdgeAreaCache()
      const results: (ControlSaveResult & { origin: string })[] = []
      let rejectedFiles = 0
      const seen = new Map<string, { origin: string; sha: string }>()
      const store = await ctx.openStore()
      try {
        let pending: ControlSnapshotInput[] = []
        const flush = async () => {
          if (pending.length === 0) return
          const saved = await store.saveControlSnapshots(pending)
          saved.forEach((r, i) => results.push({ ...r, origin: (pending[i] as ControlSnapshotInput).origin }))
          pending = []
        }
        for (const [n, file] of files.entries()) {
          const name = display(file)
          if (io.isTty) io.stderr(`\rimporting ${n + 1}/${files.length} ${name.slice(-60).padEnd(60)}`)
          const read = await readControlFile(file)
          issues.push(...read.issues.map((i) => relabel(i, display)))
          if (read.value === null) {
            rejectedFiles++
            continue
          }
          const parsed = parseControlGeoJson(read.value, name, { source: opts.source, areaCache: cache })
          issues.push(...parsed.issues)
          for (const snapshot of parsed.value) {
            const earlier = seen.get(snapshot.date)
            if (earlier && earlier.sha !== snapshot.geometrySha256) {
              issues.push({
                code: 'duplicate-date',
                severity: 'warning',
                message: `${snapshot.origin}: ${snapshot.date} was already given by ${earlier.origin} in this import with a different geometry; this one is imported after it and becomes the current revision`,
                sourceId: name,
              })
            }
            seen.set(snapshot.date, { origin: snapshot.origin, sha: snapshot.geometrySha256 })
          }
          if (parsed.value.length === 0) rejectedFiles++
          pending.push(...parsed.value)
          if (pending.length >= BATCH) await flush()
        }
        await flush()
        if (io.isTty && files.length > 0) io.stderr('\r'.padEnd(80) + '\r')
        // keep the changed edges of each consecutive pair, so that loading the series reads them
        await indexControlSeries(store)
        const count = (outcome: ControlSaveResult['outcome']) => results.filter((r) => r.outcome === outcome).length
        // every error is one file, feature or date left out
        const rejected = issues.filter((i) => i.severity === 'error').length
        const summary = { inserted: count('inserted'), revised: count('revised'), unchanged: count('unchanged') }
        const importId = await store.recordControlImport({
          startedAt,
          finishedAt: new Date().toISOString(),
          paths,
          ...summary,
          rejected,
          issues,
        })
        const dates = results.map((r) => r.date).sort()
        if (opts.json) {
          writeJson(io, { importId, files: files.length, rejectedFiles, snapshots: summary, range: dates.length ? { start: dates[0], end: dates[dates.length - 1] } : null, results, issues })
        } else {
          io.stdout(
            `Read ${files.length} file(s): ${results.length} snapshot(s) — ${summary.inserted} new, ${summary.revised} revised, ${summary.unchanged} unchanged` +
              (dates.length ? `; dates ${dates[0]} .. ${dates[dates.length - 1]}` : '') +
              (rejectedFiles ? `; ${rejectedFiles} file(s) not imported` : '') +
              '.\n',
          )
          const shown = issues.filter((i) => i.severity !== 'info')
          if (shown.length > 0) {
            io.stderr(`${shown.length} problem(s):\n`)
            for (const issue of shown) io.stderr(`  ${issue.severity.padEnd(7)} ${issue.message}\n`)
          }
        }
        if (issues.some((i) => i.severity === 'error')) ctx.setExitCode(2)
      } finally {
        await store.close()
      }
    })
}

function relabel(issue: Issue, display: (path: string) => string): Issue {
  if (!issue.sourceId) return issue
  const shown = display(issue.sourceId)
  return { ...issue, sourceId: shown, message: issue.message.split(issue.sourceId).join(shown) }
}
