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
      const reference = createControlSeries(snapshots, { regions: null })
      for (const series of [unindexed, indexed]) {
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
