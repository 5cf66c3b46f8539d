// A/B cold loads, interleaved: `node --import tsx scripts/ab-page-load.ts RUNS name=URL[|extra chromium args] ...`
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.js'
import { cpuBetween, descendantCpu } from '../bench/support/process-cpu.js'
import { readFileSync } from 'node:fs'
const kinds = new Map<string, number[]>()
const kindOf = (pid: number) => { try { const c = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/); const t = c.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser'; const sub = c.find((a) => a.startsWith('--utility-sub-type='))?.slice(19).split('.')[0] ?? ''; const ext = c.includes('--extension-process') ? '-ext' : ''; return `${t}${sub ? ':' + sub : ''}${ext}:${pid}` } catch { return `gone:${pid}` } }

const runs = Number(process.argv[2])
const variants = process.argv.slice(3).map((spec) => {
  const [name, rest] = spec.split(/=(.*)/s) as [string, string]
  const [url, args] = rest.split('|') as [string, string | undefined]
  return { name, url, args: (args ?? '').split(' ').filter(Boolean), ms: [] as number[], cpu: [] as number[], data: [] as number[] }
})
for (let run = 0; run < runs; run++) {
  for (const v of run % 2 ? [...variants].reverse() : variants) {
    const profile = mkdtempSync(join(tmpdir(), 'frontline-ab-'))
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 }, args: [...CHROMIUM_ARGS, ...v.args] })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const before = descendantCpu()
      await page.goto(v.url)
      // A string, not a function: tsx would wrap a function's inner closures in its __name helper.
      await page.evaluate(`new Promise((resolve) => {
        const done = () => performance.getEntriesByName('frontline:control-visible').length > 0
        if (done()) return resolve()
        new PerformanceObserver(() => done() && resolve()).observe({ type: 'mark' })
      })`)
      const after = descendantCpu()
      v.cpu.push(cpuBetween(before, after) ?? NaN)
      if (process.env.AB_SPLIT) console.log(v.name, [...(after ?? [])].map(([pid, c]) => `${kindOf(pid)} ${(c - (before?.get(pid) ?? 0)).toFixed(2)}`).filter((x) => !x.endsWith(' 0.00')).join('  '))
      v.ms.push(await page.evaluate(() => performance.getEntriesByName('frontline:control-visible')[0]?.startTime ?? NaN))
      v.data.push(await page.evaluate(() => performance.getEntriesByName('frontline:first-view-loaded')[0]?.startTime ?? NaN))
    } finally {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
for (const v of variants) console.log(`${v.name.padEnd(12)} control ${median(v.ms).toFixed(0)} ms (data ${median(v.data).toFixed(0)}), cpu ${median(v.cpu).toFixed(2)} s  runs ${v.ms.map((x) => x.toFixed(0)).join(',')}  cpu ${v.cpu.map((x) => x.toFixed(2)).join(',')}`)
