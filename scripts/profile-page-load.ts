// A cold page load traced through the Chrome DevTools protocol: where the time until the control is
// visible goes, in order. `node --import tsx scripts/profile-page-load.ts URL [trace.json]` against a
// running `frontline serve` / `frontline demo` (a fresh Chromium profile, as bench/page-load uses).
// Prints the page's resources (request start .. end), its marks, and the main thread's, the worker's
// and the GPU process's busy spans grouped by what ran (script evaluation, parsing, rendering, GPU).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.js'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string }
}

const url = process.argv[2]
if (!url) {
  console.error('usage: profile-page-load.ts URL [trace.json]')
  process.exit(2)
}
const traceOut = process.argv[3]

const profile = mkdtempSync(join(tmpdir(), 'frontline-profile-'))
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 }, args: [...CHROMIUM_ARGS, ...(process.env.PROFILE_EXTRA_ARGS ?? '').split(' ').filter(Boolean)] })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto('about:blank')
  const browserSession = await context.browser()?.newBrowserCDPSession().catch(() => null)
  const session = browserSession ?? (await context.newCDPSession(page))
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', (payload) => void events.push(...(payload.value as unknown as TraceEvent[])))
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()))
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'gpu', 'toplevel', 'disabled-by-default-v8.compile', 'v8', 'disabled-by-default-v8.cpu_profiler', ...(process.env.PROFILE_CATEGORIES ?? '').split(',').filter(Boolean)],
    },
  })
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('frontline:control-visible').length > 0, null, { timeout: 60_000 })
  if (process.env.PROFILE_AFTER_MS) await page.waitForTimeout(Number(process.env.PROFILE_AFTER_MS))
  interface PageFigures {
    nav: { responseEnd: number; domInteractive: number; domContentLoaded: number; load: number }
    marks: { name: string; at: number }[]
    resources: { name: string; start: number; responseStart: number; end: number; bytes: number; decoded: number }[]
  }
  // A string: it runs in the page (and tsx would wrap a function's closures in a helper it lacks).
  const marks = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0]
    return {
      nav: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: r.name.replace(location.origin, ''),
        start: r.startTime,
        responseStart: r.responseStart,
        end: r.responseEnd,
        bytes: r.transferSize,
        decoded: r.decodedBodySize,
      })),
    }
  })()`)) as PageFigures
  await session.send('Tracing.end')
  await done
  if (traceOut) writeFileSync(traceOut, JSON.stringify({ traceEvents: events }))

  console.log(`navigation: response end ${marks.nav.responseEnd.toFixed(0)}, DOM interactive ${marks.nav.domInteractive.toFixed(0)}, DOMContentLoaded ${marks.nav.domContentLoaded.toFixed(0)}, load ${marks.nav.load.toFixed(0)} ms`)
  console.log('resources (ms from navigation start):')
  for (const r of marks.resources) console.log(`  ${r.start.toFixed(0).padStart(5)} .. ${r.end.toFixed(0).padStart(5)} (first byte ${r.responseStart.toFixed(0)})  ${(r.decoded / 1024).toFixed(0).padStart(5)} KB  ${r.name.slice(0, 90)}`)
  console.log('marks:')
  for (const m of marks.marks) console.log(`  ${m.at.toFixed(0).padStart(5)}  ${m.name}`)

  // Trace timestamps are microseconds on the tracing clock; navigationStart puts the page's zero on it.
  const navStart = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL?.startsWith(url))
  const zero = navStart?.ts ?? Math.min(...events.map((e) => e.ts))
  const threadNames = new Map<string, string>()
  const processNames = new Map<number, string>()
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name))
    if (e.ph === 'M' && e.name === 'process_name') processNames.set(e.pid, String(e.args?.name))
  }
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= zero)
  const byThread = new Map<string, TraceEvent[]>()
  for (const e of complete) {
    const key = `${e.pid}:${e.tid}`
    const list = byThread.get(key) ?? []
    list.push(e)
    byThread.set(key, list)
  }
  // V8's sampling profiler: samples per thread (pid:tid of its Profile event), each a call stack's leaf.
  interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number }
  const samplesByThread = new Map<string, { ts: number; label: string }[]>()
  const profiles = new Map<string, { thread: string; nodes: Map<number, Node>; last: number }>()
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${String((e as unknown as { id: string }).id)}`, { thread: `${e.pid}:${e.tid}`, nodes: new Map(), last: Number((e.args?.data as { startTime: number }).startTime) })
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue
    const prof = profiles.get(`${e.pid}:${String((e as unknown as { id: string }).id)}`)
    if (!prof) continue
    const data = e.args?.data as { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] }
    for (const n of data.cpuProfile?.nodes ?? []) prof.nodes.set(n.id, n)
    const list = samplesByThread.get(prof.thread) ?? []
    const samples = data.cpuProfile?.samples ?? []
    samples.forEach((id, i) => {
      prof.last += data.timeDeltas?.[i] ?? 0
      const node = prof.nodes.get(id)
      const f = node?.callFrame
      const label = f ? `${f.functionName || '(anon)'} ${(f.url ?? '').replace(/^.*\//, '').slice(0, 24)}:${f.lineNumber}` : '?'
      list.push({ ts: prof.last, label })
    })
    samplesByThread.set(prof.thread, list)
  }
  const hot = (thread: string, from: number, to: number, n = 5) => {
    const counts = new Map<string, number>()
    let total = 0
    for (const s of samplesByThread.get(thread) ?? []) {
      if (s.ts < from || s.ts >= to || s.label.startsWith('(idle)') || s.label.startsWith('(program)')) continue
      counts.set(s.label, (counts.get(s.label) ?? 0) + 1)
      total++
    }
    return total ? [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([l, c]) => `${l} ${((100 * c) / total).toFixed(0)}%`).join('; ') : ''
  }

  // The top-level spans per thread (not nested in another), summed by name, and the busiest threads.
  const endMs = (marks.marks.find((m) => m.name === 'frontline:control-visible')?.at ?? 0) + 50
  const rows: { thread: string; busy: number; spans: TraceEvent[] }[] = []
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    const top: TraceEvent[] = []
    let until = -Infinity
    for (const e of list) {
      if (e.ts >= until) {
        top.push(e)
        until = e.ts + (e.dur ?? 0)
      }
    }
    const inWindow = top.filter((e) => (e.ts - zero) / 1000 < endMs)
    const busy = inWindow.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000
    const [pid] = key.split(':')
    rows.push({ thread: `${processNames.get(Number(pid)) ?? pid}/${threadNames.get(key) ?? key}`, busy, spans: inWindow })
  }
  rows.sort((a, b) => b.busy - a.busy)
  for (const row of rows.slice(0, 6)) {
    if (row.busy < 20) continue
    console.log(`\n${row.thread}: busy ${row.busy.toFixed(0)} ms before the control was visible`)
    // Consecutive spans merged into runs (gaps under 2 ms), each labelled by its largest inner events.
    const inner = byThread.get(row.spans[0] ? `${row.spans[0].pid}:${row.spans[0].tid}` : '') ?? []
    for (const span of row.spans) {
      if ((span.dur ?? 0) < 8000) continue
      const start = span.ts
      const end = span.ts + (span.dur ?? 0)
      const children = new Map<string, number>()
      for (const e of inner) {
        if (e === span || e.ts < start || e.ts >= end) continue
        const label = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule'
          ? `${e.name} ${String((e.args?.data as { url?: string; functionName?: string } | undefined)?.url ?? (e.args?.data as { functionName?: string } | undefined)?.functionName ?? '').replace(/^.*\//, '').slice(0, 40)}`
          : e.name
        children.set(label, (children.get(label) ?? 0) + (e.dur ?? 0))
      }
      const top3 = [...children].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
      console.log(`  ${((start - zero) / 1000).toFixed(0).padStart(5)} +${((span.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${span.name}  [${top3.join(', ')}]`)
      if ((span.dur ?? 0) >= 40000) {
        const h = hot(`${span.pid}:${span.tid}`, start, end)
        if (h) console.log(`        JS: ${h}`)
      }
    }
  }
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
