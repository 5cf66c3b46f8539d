import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../domain/index.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'

// A known event dataset's table through `analyze FILE.csv --json`, end to end: each row's date is its event's,
// its claims are dated within the event, and `reportPlace` names the row's place (for UCDP, its location line).
const ingestFixtures = new URL('../../ingest/fixtures/', import.meta.url).pathname

async function analyze(file: string): Promise<Analysis[]> {
  const r = memoryIo({ cwd: ingestFixtures, env: { FRONTLINE_DB: join(ingestFixtures, 'no-such.db') } })
  const code = await main(['analyze', file, '--json', '--no-control'], r.io)
  expect(r.stderr()).toBe('')
  expect(code).toBe(0)
  return JSON.parse(r.stdout()) as Analysis[]
}

describe('analyze on a dataset table', () => {
  it("gives a UCDP row its event dates, claims within them, and its location line's place", async () => {
    const [row] = await analyze('ged-table.csv')
    expect(row!.document).toMatchObject({ publishedAt: '2021-03-04', publishedAtBasis: 'metadata', outlet: 'Test Wire', eventPeriod: { start: '2021-03-04', end: '2021-03-05' } })
    expect(row!.claims.length).toBeGreaterThan(0)
    for (const c of row!.claims) expect([c.time.start, c.time.end]).toEqual(['2021-03-04', '2021-03-05'])
    expect(typeof row!.reportPlace).toBe('number')
    expect(row!.places[row!.reportPlace!]!.name).toBe('Popasna')
  })

  it('reads a monitor table as the monitor\'s feed without --outlet', async () => {
    const rows = await analyze('monitor-table.csv')
    expect(rows.map((a) => [a.document.outlet, a.document.publishedAt])).toEqual([
      ['CIR', '2022-05-07'],
      ['CIR', '2022-05-09'],
    ])
    // Neither names a place the gazetteer knows: no place, and reportPlace says so.
    expect(rows.map((a) => a.reportPlace)).toEqual([null, null])
  })
})
