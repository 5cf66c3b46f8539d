import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, type LngLat } from '../../domain/index.js'
import { loadSampleSnapshots } from '../../testing/control-sample.js'
import { isPointInGeometry } from '../geometry/point-in-geometry.js'
import { makeDisc, occupiedShare } from '../places/settlement-area.js'
import { loadRegionLayer } from '../regions/region-layer.js'
import { createControlSeries } from './control-series.js'

const snapshots = loadSampleSnapshots()
const series = createControlSeries(snapshots, { regions: loadRegionLayer() })
const POKROVSK: LngLat = [37.17585, 48.28198] // GeoNames 704422
const KYIV: LngLat = [30.5234, 50.4501]

describe('ControlSeries over the bundled sample', () => {
  it('uses the latest snapshot on or before a date', () => {
    expect(series.coverage).toEqual({ start: '2024-07-08', end: '2026-08-22' })
    expect(series.snapshotDateOn('2024-07-07')).toBeNull()
    expect(series.snapshotDateOn('2024-07-08')).toBe('2024-07-08')
    expect(series.snapshotDateOn('2025-01-01')).toBe('2024-12-31')
    expect(series.snapshotDateOn('2030-01-01')).toBe('2026-08-22')
    expect(series.areaOn('2025-01-01')).toMatchObject({ date: '2025-01-01', snapshotDate: '2024-12-31', region: null })
  })

  it('keeps the latest revision of a date', () => {
    const older = { ...snapshots[0]!, revision: 1, areaKm2: 1 }
    const newer = { ...snapshots[0]!, revision: 2 }
    const s = createControlSeries([newer, older], { regions: null })
    expect(s.snapshots).toHaveLength(1)
    expect(s.snapshots[0]?.revision).toBe(2)
  })

  it('status: Kyiv is free, far from the line; Donetsk city occupied throughout', () => {
    const kyiv = series.statusAt(KYIV, '2026-01-01')
    expect(kyiv).toMatchObject({ status: 'free', side: 'free', snapshotDate: '2026-01-01', edgeKm: 1 })
    expect(kyiv!.distanceToLineKm).toBeGreaterThan(300)
    expect(series.transitions(KYIV)).toEqual([])
    expect(series.transitions([37.8028, 48.0159])).toEqual([])
    expect(series.statusAt([37.8028, 48.0159], '2025-01-01')?.status).toBe('occupied')
    expect(series.distanceToOccupiedKm([37.8028, 48.0159], '2025-01-01')).toBe(0)
  })

  it('status: a point within the edge band is `edge`, with the side it is on', () => {
    // on 2025-11-19 the line ran ~20 m from the GeoNames point of Pokrovsk
    const status = series.statusAt(POKROVSK, '2025-11-19')
    expect(status).toMatchObject({ status: 'edge', side: 'free' })
    expect(status!.distanceToLineKm).toBeLessThan(0.1)
    const narrow = createControlSeries(snapshots, { regions: null, edgeKm: 0 })
    expect(narrow.statusAt(POKROVSK, '2025-11-19')?.status).toBe('free')
    expect(narrow.statusAt(POKROVSK, '2025-11-20')?.status).toBe('occupied')
  })

  it('transitions: Pokrovsk (GeoNames point) changes to occupied on 2025-11-20, naming the snapshots on both sides', () => {
    expect(series.transitions(POKROVSK)).toEqual([{ date: '2025-11-20', previousSnapshotDate: '2025-11-19', from: 'free', to: 'occupied' }])
  })

  it('transitions equal a full point-in-polygon test of every snapshot (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 36.0, max: 38.6, noNaN: true }), fc.double({ min: 47.3, max: 49.9, noNaN: true }), (lng, lat) => {
        const expected: string[] = []
        let previous: boolean | null = null
        for (const s of series.snapshots) {
          const inside = isPointInGeometry(s.geometry, lng, lat)
          if (previous !== null && inside !== previous) expected.push(`${s.date}:${inside ? 'occupied' : 'free'}`)
          previous = inside
        }
        expect(series.transitions([lng, lat]).map((t) => `${t.date}:${t.to}`)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('the share history of a disc equals its share measured on every snapshot, changes only (property, points on the line)', () => {
    // points near the line: a boundary vertex of some snapshot, moved up to ~5 km
    const near = fc.tuple(fc.nat({ max: snapshots.length - 1 }), fc.nat(), fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true }))
    fc.assert(
      fc.property(near, fc.double({ min: 0.3, max: 6, noNaN: true }), ([k, v, dx, dy], radiusKm) => {
        const { xy } = series.snapshots[k]!.geometry
        const vertex = v % (xy.length / 2)
        const disc = makeDisc([xy[2 * vertex]! + dx, xy[2 * vertex + 1]! + dy], radiusKm)
        const expected: [string, number][] = []
        for (const snapshot of series.snapshots) {
          const share = occupiedShare(snapshot.geometry, disc)
          if (expected.length === 0 || Math.abs(share - expected[expected.length - 1]![1]) >= 1e-9) expected.push([snapshot.date, share])
        }
        expect(series.shareHistory(disc).map((s) => [s.date, s.occupiedShare])).toEqual(expected)
      }),
      { numRuns: 25 },
    )
  })

  it('covers Ukraine (incl. occupied Crimea) but not Moscow or Warsaw', () => {
    expect(series.covers(KYIV)).toBe(true)
    expect(series.covers([34.1, 44.95])).toBe(true)
    expect(series.covers([37.62, 55.75])).toBe(false)
    expect(series.covers([21.01, 52.23])).toBe(false)
    expect(series.statusAt([37.62, 55.75], '2025-01-01')).toBeNull()
  })

  it('area and change by region, by any of its names', () => {
    const donetsk = series.areaOn('2025-10-31', 'Donetsk region')!
    expect(series.areaOn('2025-10-31', 'Донецька область')).toEqual({ ...donetsk })
    expect(series.areaOn('2025-10-31', 'Донецкая обл.')?.areaKm2).toBe(donetsk.areaKm2)
    expect(donetsk.region).toBe('Donetsk Oblast')
    expect(donetsk.areaKm2).toBeGreaterThan(15_000)
    expect(donetsk.areaKm2).toBeLessThan(26_600) // the oblast itself is ~26,500 km²

    const whole = series.changeBetween('2025-01-01', '2025-10-31')!
    const inDonetsk = series.changeBetween('2025-01-01', '2025-10-31', 'Donetska oblast')!
    expect(inDonetsk.region).toBe('Donetsk Oblast')
    expect(inDonetsk.gainedKm2).toBeGreaterThan(0.5 * whole.gainedKm2)
    expect(inDonetsk.gainedKm2).toBeLessThan(whole.gainedKm2)
    const kyivOblast = series.changeBetween('2025-01-01', '2025-10-31', 'Kyiv')!
    expect(kyivOblast.gainedKm2 + kyivOblast.lostKm2).toBe(0)
  })

  it('an unknown region is an InputError that suggests close names', () => {
    expect(() => series.areaOn('2025-10-31', 'Donetzk oblst')).toThrow(InputError)
    expect(() => series.areaOn('2025-10-31', 'Donetzk oblst')).toThrow(/closest: Donetsk Oblast/)
  })

  it('timeline rows name their snapshots and add up to the change over the range', () => {
    const steps = series.timeline({ step: 'month', from: '2025-01-01', to: '2025-10-31' })
    expect(steps[0]).toMatchObject({ date: '2025-01-01', snapshotDate: '2024-12-31', netKm2: 0 })
    expect(steps.at(-1)).toMatchObject({ date: '2025-10-31', snapshotDate: '2025-10-31' })
    const net = steps.reduce((sum, s) => sum + s.netKm2, 0)
    const change = series.changeBetween('2025-01-01', '2025-10-31')!
    expect(net).toBeCloseTo(change.netKm2, 6)
    for (const s of steps) expect(s.netKm2).toBeCloseTo(s.gainedKm2 - s.lostKm2, 9)
    expect(series.timeline({ step: 'week', from: '2025-01-01', to: '2025-01-29' }).map((s) => s.date)).toEqual(['2025-01-01', '2025-01-08', '2025-01-15', '2025-01-22', '2025-01-29'])
    expect(() => series.timeline({ step: 'day', from: '2025-02-01', to: '2025-01-01' })).toThrow(InputError)
  })
})
