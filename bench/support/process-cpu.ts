// CPU time used by this process's descendants (e.g. the Chromium that playwright started), read
// from /proc. Under a loaded machine wall-clock times stretch with the load; CPU seconds much less,
// so benchmarks print both. Linux only: elsewhere it answers null.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100 // USER_HZ; 100 on every Linux this runs on (getconf CLK_TCK)

interface ProcessStat {
  readonly ppid: number
  readonly cpuSeconds: number
}

function readStats(): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let text: string
    try {
      text = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // the process ended while we looked
    }
    // Fields after the parenthesised command name (which may itself hold spaces): state ppid ... utime(14) stime(15).
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ')
    stats.set(Number(entry), { ppid: Number(rest[1]), cpuSeconds: (Number(rest[11]) + Number(rest[12])) / TICKS_PER_SECOND })
  }
  return stats
}

/** CPU seconds (user + system) per live descendant of this process, by pid; null without /proc. */
export function descendantCpu(): Map<number, number> | null {
  if (!existsSync('/proc/self/stat')) return null
  const stats = readStats()
  const mine = new Set([process.pid])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, stat] of stats) {
      if (!mine.has(pid) && mine.has(stat.ppid)) {
        mine.add(pid)
        grew = true
      }
    }
  }
  mine.delete(process.pid)
  return new Map([...mine].map((pid) => [pid, (stats.get(pid) as ProcessStat).cpuSeconds]))
}

/** CPU seconds the descendants used between two readings (processes started in between count from 0). */
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null
  let total = 0
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0)
  return total
}
