// With a control series and a date, places near the front line on that date rank higher. The series is
// given through the ControlView interface; here a small stand-in whose "line" is one point, so the
// test states exactly which candidate is near it.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ControlView, IsoDate, LngLat, StatusAnswer } from '../domain/index.js'
import { type Gazetteer, distanceKm, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

/** A view whose occupied area touches the line only at `line` (lon, lat): distance to the line = distance to it. */
function viewWithLineAt(line: LngLat): ControlView & { queried: IsoDate[] } {
  const queried: IsoDate[] = []
  const status = (at: LngLat, date: IsoDate): StatusAnswer => {
    queried.push(date)
    const km = distanceKm(at[1], at[0], line[1], line[0])
    return { at, date, snapshotDate: date, status: km < 3 ? 'edge' : 'free', distanceToLineKm: km, edgeKm: 3 }
  }
  return {
    queried,
    coverage: { start: '2024-07-08', end: '2026-08-22' },
    snapshotDateOn: (d) => d,
    covers: () => true,
    statusAt: status,
    transitions: () => [],
    areaOn: () => null,
    changeBetween: () => null,
    distanceToOccupiedKm: (at, d) => status(at, d).distanceToLineKm,
  }
}

describe('front-line distance as evidence', () => {
  const text = 'Russian forces attacked Novomykhailivka at dawn.'

  it('picks the candidate near the line on the document date', () => {
    const nearDonetsk = viewWithLineAt([37.49, 47.86]) // by the Novomykhailivka south-west of Donetsk
    const a = geoparseText(text, g, { publishedAt: '2024-12-01', control: nearDonetsk }).value[0]!
    expect(a).toMatchObject({ name: 'Novomykhailivka', admin1: 'Donetsk Oblast' })
    expect(distanceKm(a.lat, a.lon, 47.86, 37.49)).toBeLessThan(5)
    expect(nearDonetsk.queried).toContain('2024-12-01')

    const nearZaporizhzhia = viewWithLineAt([35.6, 47.77])
    const b = geoparseText(text, g, { publishedAt: '2024-12-01', control: nearZaporizhzhia }).value[0]!
    expect(b.admin1).toBe('Zaporizhzhia Oblast')
  })

  it('is not used without a date, and the other candidates are kept either way', () => {
    const view = viewWithLineAt([35.6, 47.77])
    const p = geoparseText(text, g, { control: view }).value[0]!
    expect(view.queried).toEqual([])
    expect(p.alternatives.length).toBeGreaterThan(10)
  })
})
