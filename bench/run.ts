// `npm run bench [-- NAME...]`: runs every bench/*.bench.ts (or those whose name contains NAME),
// each in its own process so one benchmark's heap does not disturb the next. Each benchmark prints
// its own figures and a side-by-side ratio against its baseline. Fails when the glob finds nothing.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const filters = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort()
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts matched ${filters.length ? filters.join(', ') : '(all)'}`)
  process.exit(1)
}
// Each bench runs with the V8 flags the `frontline` executable gives the commands that extract
// (bin/frontline.js), so the figures are what users get.
const v8Flags = ['--no-regexp-tier-up']
console.log(`bench: node ${process.version}, V8 flags ${v8Flags.join(' ')}`)
let failed = 0
for (const file of files) {
  console.log(`\n=== ${file}`)
  const run = spawnSync(process.execPath, [...v8Flags, '--import', 'tsx', join(here, file)], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed++
    console.error(`bench: ${file} exited with ${run.status ?? run.signal}`)
  }
}
process.exit(failed ? 1 : 0)
