import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ControlSnapshotInput, FlatMultiPolygon, MultiPolygon, Position } from '../domain/index.js'
import type { Store } from './store.js'
import type { StoreBackend } from './store.contract.js'

/** The ControlStore part of the store contract (control snapshots, revisions, import log). */
export function describeControlContract(backend: StoreBackend): void {
  const suite = backend.skipReason ? describe.skip : describe
  suite(`control store contract: ${backend.name}${backend.skipReason ? ` (skipped: ${backend.skipReason})` : ''}`, () => {
    let store: Store
    beforeEach(async () => {
      store = await backend.open()
    })
    afterEach(async () => {
      await store.close()
    })

    it('inserts a new date as revision 1, ignores the same geometry again, and keeps the old revision when it changes', async () => {
      const first = snapshotInput('2025-01-02', square(37, 48, 0.1))
      expect(await store.saveControlSnapshots([first])).toEqual([{ date: '2025-01-02', revision: 1, outcome: 'inserted' }])
      expect(await store.saveControlSnapshots([first])).toEqual([{ date: '2025-01-02', revision: 1, outcome: 'unchanged' }])
      const changed = snapshotInput('2025-01-02', square(37, 48, 0.2))
      expect(await store.saveControlSnapshots([changed])).toEqual([{ date: '2025-01-02', revision: 2, outcome: 'revised' }])
      expect(await store.saveControlSnapshots([changed])).toEqual([{ date: '2025-01-02', revision: 2, outcome: 'unchanged' }])

      const latest = await store.listControlSnapshots()
      expect(latest.map((s) => [s.date, s.revision, s.geometrySha256])).toEqual([['2025-01-02', 2, changed.geometrySha256]])
      const all = await store.listControlSnapshots({ allRevisions: true })
      expect(all.map((s) => s.revision)).toEqual([1, 2])
      expect((await store.getControlSnapshot('2025-01-02', 1))?.geometry).toEqual(first.geometry)
      expect((await store.getControlSnapshot('2025-01-02'))?.geometry).toEqual(changed.geometry)
      expect(await store.getControlSnapshot('2025-01-03')).toBeNull()
    })

    it('going back to an older geometry makes a new revision (the latest import is what holds)', async () => {
      const a = snapshotInput('2025-01-02', square(37, 48, 0.1))
      const b = snapshotInput('2025-01-02', square(37, 48, 0.2))
      await store.saveControlSnapshots([a, b])
      expect(await store.saveControlSnapshots([a])).toEqual([{ date: '2025-01-02', revision: 3, outcome: 'revised' }])
    })

    it('loads the latest revision of each date in date order, within an optional range', async () => {
      await store.saveControlSnapshots([
        snapshotInput('2025-03-01', square(37, 48, 0.3)),
        snapshotInput('2025-01-01', square(37, 48, 0.1)),
        snapshotInput('2025-02-01', square(37, 48, 0.2)),
        snapshotInput('2025-02-01', square(37, 48, 0.25)),
      ])
      const loaded = await store.loadControlSnapshots()
      expect(loaded.map((s) => `${s.date}#${s.revision}`)).toEqual(['2025-01-01#1', '2025-02-01#2', '2025-03-01#1'])
      const ranged = await store.loadControlSnapshots({ from: '2025-01-15', to: '2025-02-01' })
      expect(ranged.map((s) => s.date)).toEqual(['2025-02-01'])
      expect(ranged[0]?.geometry).toEqual(square(37, 48, 0.25))
    })

    it('a snapshot saved to the store loads back equal (property)', async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryMultiPolygon(), fc.integer({ min: 0, max: 3650 }), async (geometry, day) => {
          const date = new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
          const input = { ...snapshotInput(date, geometry), geometrySha256: `sha-${day}-${JSON.stringify(geometry).length}-${Math.random()}` }
          const [saved] = await store.saveControlSnapshots([input])
          const loaded = await store.getControlSnapshot(date, saved?.revision)
          expect(loaded?.geometry).toEqual(geometry)
          expect(loaded?.areaKm2).toBe(input.areaKm2)
          expect(loaded?.source).toBe(input.source)
        }),
        { numRuns: 40 },
      )
    })

    it('loads the latest revisions as flat arrays (rings open) that hold the same positions as the GeoJSON form (property)', async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryMultiPolygon(), async (geometry) => {
          const date = '2025-05-05'
          await store.saveControlSnapshots([{ ...snapshotInput(date, geometry), geometrySha256: `sha-${Math.random()}` }])
          const [flat] = await store.loadFlatControlSnapshots({ from: date, to: date })
          const latest = await store.getControlSnapshot(date)
          expect(flat?.revision).toBe(latest?.revision)
          expect(flat?.geometrySha256).toBe(latest?.geometrySha256)
          expect(openRings(flat!.geometry)).toEqual(geometry.coordinates.map((polygon) => polygon.map((ring) => ring.slice(0, -1))))
        }),
        { numRuns: 30 },
      )
      const range = await store.loadFlatControlSnapshots({ from: '2030-01-01' })
      expect(range).toEqual([])
    })

    it('opens the latest revisions without geometry and reads each geometry on demand, as loadFlatControlSnapshots gives it', async () => {
      await store.saveControlSnapshots([
        { ...snapshotInput('2031-01-01', square(37, 48, 0.1)), geometrySha256: 'lazy-a' },
        { ...snapshotInput('2031-01-02', square(37.5, 48, 0.1)), geometrySha256: 'lazy-b' },
      ])
      await store.saveControlSnapshots([{ ...snapshotInput('2031-01-02', square(38, 48, 0.1)), geometrySha256: 'lazy-c' }]) // revision 2
      const opened = await store.openFlatControlSnapshots({ from: '2031-01-01', to: '2031-01-31' })
      const eager = await store.loadFlatControlSnapshots({ from: '2031-01-01', to: '2031-01-31' })
      expect(opened.snapshots.map((s) => [s.date, s.revision, s.geometrySha256])).toEqual([
        ['2031-01-01', 1, 'lazy-a'],
        ['2031-01-02', 2, 'lazy-c'],
      ])
      expect(opened.snapshots).toEqual(eager.map(({ geometry: _, ...info }) => info))
      for (const [k, s] of opened.snapshots.entries()) expect(opened.readGeometry(s.date, s.revision)).toEqual(eager[k]?.geometry)
      expect(openRings(opened.readGeometry('2031-01-02', 1))).toEqual([[square(37.5, 48, 0.1).coordinates[0]![0]!.slice(0, -1)]])
      expect(() => opened.readGeometry('2031-01-03', 1)).toThrow(/2031-01-03 revision 1/)
      expect((await store.openFlatControlSnapshots({ from: '2032-01-01' })).snapshots).toEqual([])
    })

    it('keeps edge-change records by pair of sha256, once, and loads back only the pairs asked for', async () => {
      const a = { fromSha256: 'aaa', toSha256: 'bbb', segments: Float64Array.from([37.1, 48.1, 37.2, 48.2, 37.2, 48.2, 37.3, 48.1]) }
      const b = { fromSha256: 'bbb', toSha256: 'ccc', segments: new Float64Array(0) }
      await store.saveControlEdgeChanges([a, b])
      await store.saveControlEdgeChanges([{ ...a, segments: Float64Array.from([0, 0, 1, 1]) }]) // a kept record stays
      const loaded = await store.loadControlEdgeChanges([{ fromSha256: 'aaa', toSha256: 'bbb' }, { fromSha256: 'bbb', toSha256: 'ccc' }, { fromSha256: 'ccc', toSha256: 'ddd' }])
      const byPair = new Map(loaded.map((c) => [`${c.fromSha256}>${c.toSha256}`, [...c.segments]]))
      expect(byPair).toEqual(new Map([['aaa>bbb', [...a.segments]], ['bbb>ccc', []]]))
      expect(await store.loadControlEdgeChanges([{ fromSha256: 'bbb', toSha256: 'aaa' }])).toEqual([])
      expect(await store.loadControlEdgeChanges([])).toEqual([])
    })

    it('records import runs with their issues, newest first', async () => {
      const base = { paths: ['a/'], inserted: 1, revised: 0, unchanged: 2, rejected: 1 }
      await store.recordControlImport({ ...base, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', issues: [] })
      const id = await store.recordControlImport({
        ...base,
        startedAt: '2026-01-02T00:00:00.000Z',
        finishedAt: '2026-01-02T00:00:01.000Z',
        issues: [{ code: 'invalid-json', severity: 'error', message: 'bad.geojson: invalid JSON', sourceId: 'bad.geojson' }],
      })
      const runs = await store.listControlImports()
      expect(runs.map((r) => r.id)).toEqual([id, id - 1])
      expect(runs[0]).toMatchObject({ paths: ['a/'], inserted: 1, unchanged: 2, rejected: 1 })
      expect(runs[0]?.issues).toEqual([{ code: 'invalid-json', severity: 'error', message: 'bad.geojson: invalid JSON', sourceId: 'bad.geojson' }])
    })
  })
}

function square(lng: number, lat: number, size: number): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: [[[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]]],
  }
}

function snapshotInput(date: string, geometry: MultiPolygon): ControlSnapshotInput {
  return { date, source: 'test', origin: `test/${date}.geojson`, geometry, geometrySha256: `sha-of-${JSON.stringify(geometry)}`, areaKm2: 123.456 }
}

function arbitraryMultiPolygon(): fc.Arbitrary<MultiPolygon> {
  const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
  const ring = fc.array(position, { minLength: 3, maxLength: 12 }).map((points) => [...points, points[0] as [number, number]])
  const polygon = fc.array(ring, { minLength: 1, maxLength: 3 })
  return fc.array(polygon, { minLength: 0, maxLength: 4 }).map((coordinates) => ({ type: 'MultiPolygon' as const, coordinates }))
}

function openRings(flat: FlatMultiPolygon): Position[][][] {
  const out: Position[][][] = []
  for (let p = 0; p + 1 < flat.polygonStart.length; p++) {
    const polygon: Position[][] = []
    for (let r = flat.polygonStart[p] as number; r < (flat.polygonStart[p + 1] as number); r++) {
      const ring: Position[] = []
      for (let v = flat.ringStart[r] as number; v < (flat.ringStart[r + 1] as number); v++) ring.push([flat.xy[2 * v] as number, flat.xy[2 * v + 1] as number])
      polygon.push(ring)
    }
    out.push(polygon)
  }
  return out
}
