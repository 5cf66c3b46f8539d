import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoPath } from './shared-data.js'

/**
 * Row numbers (0 = the first row after the header) of the CIR/Bellingcat monitor's rows that a SEALED
 * extraction gold file holds (eval/extract/gold-*.json with a `textSource` on the monitor and a top-level
 * `"sealed"` field, whatever its value, as eval:extract reads it), plus those listed in `excludeRowsFile` (a
 * JSON array of row numbers: a sample being annotated before its gold file lands). The evaluations on the
 * monitor's rows (eval:geoparse, eval:rows) leave these rows, and every row repeating one of their texts, out.
 */
export function sealedCirRows(excludeRowsFile?: string): number[] {
  const rows: number[] = []
  const goldDir = repoPath('eval', 'extract')
  for (const f of readdirSync(goldDir)) {
    if (!/^gold-.*\.json$/.test(f)) continue
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { sealed?: unknown; textSource?: { file: string }; reports: Array<{ row?: number }> }
    if (gold.sealed === undefined || !gold.textSource?.file.includes('cir-russia-ukraine-monitor')) continue
    for (const rep of gold.reports) if (typeof rep.row === 'number') rows.push(rep.row)
  }
  if (excludeRowsFile) {
    const extra: unknown = JSON.parse(readFileSync(excludeRowsFile, 'utf8'))
    if (!Array.isArray(extra) || !extra.every((n) => Number.isInteger(n))) throw new Error(`${excludeRowsFile}: expected a JSON array of row numbers (integers)`)
    rows.push(...(extra as number[]))
  }
  return rows
}
