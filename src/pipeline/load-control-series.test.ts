import { describe, expect, it } from 'vitest'
import { createControlSeries } from '../control/index.js'
import { openSqliteStore } from '../store/index.js'
import { loadSampleSnapshots } from '../testing/control-sample.js'
import { indexControlSeries, loadControlSeries } from './load-control-series.js'

const POKROVSK: [number, number] = [37.17585, 48.28198]

describe('loadControlSeries / indexControlSeries', () => {
  it('index keeps one record per consecutive pair, once; a series loaded with or without them answers alike', async () => {
    const snapshots = loadSampleSnapshots()
    const store = await openSqliteStore({ path: ':memory:' })
    try {
      await store.saveControlSnapshots(snapshots.map((s) => ({ ...s, origin: s.date })))
      const unindexed = await loadControlSeries(store, { regions: null })
      expect(await indexControlSeries(store)).toEqual({ pairs: snapshots.length - 1, added: snapshots.length - 1 })
      expect(await indexControlSeries(store)).toEqual({ pairs: snapshots.length - 1, added: 0 })
      const indexed = await loadControlSeries(store, { regions: null })
      const lazy = await loadControlSeries(store, { regions: null, lazy: true })
      const reference = createControlSeries(snapshots, { regions: null })
      for (const series of [unindexed, indexed, lazy]) {
        expect(series.snapshots.map((s) => [s.date, s.geometrySha256, s.areaKm2])).toEqual(reference.snapshots.map((s) => [s.date, s.geometrySha256, s.areaKm2]))
        expect(series.snapshots[5]!.coordinates).toEqual(reference.snapshots[5]!.coordinates)
        expect(series.transitions(POKROVSK)).toEqual(reference.transitions(POKROVSK))
        for (let i = 0; i + 1 < series.snapshots.length; i++) expect([...series.index().consecutive(i).segments]).toEqual([...reference.index().consecutive(i).segments])
        const change = series.changeBetween('2025-01-01', '2025-10-31')!
        expect(change.netKm2).toBeCloseTo(reference.changeBetween('2025-01-01', '2025-10-31')!.netKm2, 9)
      }
      // a new revision of a middle day: its two pairs get new records, the rest are kept
      const middle = snapshots[10]!
      await store.saveControlSnapshots([{ ...snapshots[11]!, date: middle.date, origin: 'revised' }])
      expect(await indexControlSeries(store)).toEqual({ pairs: snapshots.length - 1, added: 2 })
    } finally {
      await store.close()
    }
  })

  it('a lazy series reads only the geometries its questions need', async () => {
    const store = await openSqliteStore({ path: ':memory:' })
    try {
      const snapshots = loadSampleSnapshots()
      await store.saveControlSnapshots(snapshots.map((s) => ({ ...s, origin: s.date })))
      await indexControlSeries(store)
      const opened = await store.openFlatControlSnapshots()
      const read: string[] = []
      const counting = { ...store, openFlatControlSnapshots: async () => ({ snapshots: opened.snapshots, readGeometry: (date: string, revision: number) => (read.push(date), opened.readGeometry(date, revision)) }) }
      const series = await loadControlSeries(counting, { regions: null, lazy: true })
      expect(read).toEqual([])
      expect(series.areaOn('2025-06-15')?.areaKm2).toBe(snapshots.find((s) => s.date === series.snapshotDateOn('2025-06-15'))?.areaKm2)
      expect(read).toEqual([])
      expect(series.transitions(POKROVSK).map((t) => t.to)).toEqual(['occupied'])
      expect(read).toEqual([snapshots[0]!.date])
      series.statusAt(POKROVSK, '2025-06-15')
      expect(read).toEqual([snapshots[0]!.date, series.snapshotDateOn('2025-06-15')])
    } finally {
      await store.close()
    }
  })

  it('a range loads only its dates', async () => {
    const store = await openSqliteStore({ path: ':memory:' })
    try {
      await store.saveControlSnapshots(loadSampleSnapshots().map((s) => ({ ...s, origin: s.date })))
      const series = await loadControlSeries(store, { from: '2025-01-01', to: '2025-12-31', regions: null })
      expect(series.coverage).toEqual({ start: '2025-01-02', end: '2025-12-01' })
    } finally {
      await store.close()
    }
  })
})
