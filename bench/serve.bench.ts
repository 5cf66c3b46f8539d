// Control geometry for a date under load: 50 concurrent clients against `frontline demo` (its own
// fresh database with the bundled sample), side by side with a static-file server sending the same
// bytes. Target: p99 <= 50 ms. Both servers run as child processes; autocannon runs here.
//   npm run bench -- serve            (SERVE_BENCH_SECONDS=10 by default)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoPath } from '../src/testing/shared-data.js'
import { runLoad, startChildServer, type ChildServer, type LoadFigures } from './support/load.js'
import { descendantCpu } from './support/process-cpu.js'

const CONNECTIONS = 50
const SECONDS = Number(process.env.SERVE_BENCH_SECONDS ?? 10)
const TARGET_P99_MS = 50

const dir = mkdtempSync(join(tmpdir(), 'frontline-serve-bench-'))
const app = await startChildServer(process.execPath, [repoPath('bin', 'frontline.js'), 'demo', '--port', '0', '--db', join(dir, 'demo.db')])
let baseline: Awaited<ReturnType<typeof startChildServer>> | null = null
try {
  const status = (await (await fetch(`${app.url}/api/control/snapshots`)).json()) as { snapshots: { date: string }[] }
  const dates = status.snapshots.map((s) => s.date)
  const date = dates.at(-1) as string
  const path = `/api/control/geometry?date=${date}&zoom=7`
  // The exact bytes the API sends, for the baseline to serve as a file.
  const bytes = new Uint8Array(await (await fetch(`${app.url}${path}`)).arrayBuffer())
  const file = join(dir, 'geometry.geojson')
  writeFileSync(file, bytes)
  baseline = await startChildServer(process.execPath, ['--import', 'tsx', repoPath('bench', 'support', 'static-file-server.ts'), file, 'application/geo+json; charset=utf-8'])

  // The place-search index is built after the server starts listening; a search waits for it, so
  // the measurement below sees the server as it runs after start-up, not its first seconds.
  await fetch(`${app.url}/api/places?q=a`).then((r) => r.arrayBuffer())
  // Warm both (first request fills the API's cache; the first hit on a cold key is reported separately).
  const coldStart = performance.now()
  await fetch(`${app.url}/api/control/geometry?date=${dates[Math.floor(dates.length / 2)]}&zoom=7`).then((r) => r.arrayBuffer())
  const coldMs = performance.now() - coldStart
  await runLoad(`${app.url}${path}`, { connections: 10, durationSeconds: 1 })
  await runLoad(`${baseline.url}/`, { connections: 10, durationSeconds: 1 })

  // Server CPU per request as well: latency under a loaded machine depends on the neighbours, CPU
  // time per request much less.
  const measured = async (server: ChildServer, url: string) => {
    const cpuOf = () => descendantCpu()?.get(server.child.pid as number) ?? NaN
    const before = cpuOf()
    const figures = await runLoad(url, { connections: CONNECTIONS, durationSeconds: SECONDS })
    return { ...figures, cpuUsPerRequest: ((cpuOf() - before) * 1e6) / figures.requests }
  }
  const api = await measured(app, `${app.url}${path}`)
  const fileServer = await measured(baseline, `${baseline.url}/`)
  const row = (name: string, f: LoadFigures & { cpuUsPerRequest: number }) =>
    `  ${name.padEnd(26)} p50 ${f.p50Ms.toFixed(1).padStart(6)} ms  p99 ${f.p99Ms.toFixed(1).padStart(6)} ms  max ${f.maxMs.toFixed(0).padStart(5)} ms  ${f.rps.toFixed(0).padStart(6)} req/s  ${f.cpuUsPerRequest.toFixed(0).padStart(4)} µs CPU/request  ${f.requests} requests, ${f.non2xx} non-2xx, ${f.errors} errors`
  console.log(`serve: GET ${path} (${(bytes.byteLength / 1024).toFixed(0)} kB), ${CONNECTIONS} concurrent clients, ${SECONDS} s each; machine load average ${loadavg()[0]?.toFixed(1)} on this 2-core machine`)
  console.log(row('frontline API', api))
  console.log(row('static file, same bytes', fileServer))
  console.log(`  ratio API/static: p99 ${(api.p99Ms / fileServer.p99Ms).toFixed(2)}x, throughput ${(api.rps / fileServer.rps).toFixed(2)}x, server CPU per request ${(api.cpuUsPerRequest / fileServer.cpuUsPerRequest).toFixed(2)}x`)
  console.log(`  first request for another date (cold cache, full simplify + serialise): ${coldMs.toFixed(0)} ms`)
  console.log(`  target p99 <= ${TARGET_P99_MS} ms: ${api.p99Ms <= TARGET_P99_MS && api.non2xx === 0 && api.errors === 0 ? 'met' : 'MISSED'}`)
} finally {
  await baseline?.stop()
  await app.stop()
  rmSync(dir, { recursive: true, force: true })
}
