// An oblast's point is the one UCDP GED codes its oblast-level events at (where_prec 4), derived by a rule
// over the shared file (derive-region-points.ts, scripts/build-region-points.ts), not hand-picked per row.
// Rows here are invented; the last block checks the committed table against ../shared when it is present.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedDataPath, sharedDataSkipReason } from '../../testing/shared-data.js'
import { loadGazetteer } from './load-gazetteer.js'
import { MIN_ROWS, deriveAreaPoints, deriveRegionPoints, regionOfAdm1 } from './derive-region-points.js'
import { parseDelimited } from './parse-delimited.js'
import { AREA_POINTS, REGION_POINTS } from './region-points.js'

const rows = (adm1: string, lat: number, lon: number, n: number) => Array.from({ length: n }, () => ({ adm1, lat, lon }))

describe('regionOfAdm1 reads UCDP spellings of oblasts', () => {
  it.each([
    ['Zaporizhzhya oblast', 'UA23'],
    ['Kharkiv Oblast', 'UA63'],
    ['Mykolayiv oblast', 'UA48'],
    ['Lugansk region', 'UA44'],
  ])('%s', (adm1, code) => expect(regionOfAdm1(adm1)?.code).toBe(code))
  it.each(['', 'Donets Basin Area', 'Rostov oblast', 'Kyiv City'])('not an oblast of Ukraine: %j', (adm1) => expect(regionOfAdm1(adm1)).toBeNull())
})

describe('deriveRegionPoints: the point coded most often, when it is a convention', () => {
  it('takes the modal point with its counts', () => {
    const got = deriveRegionPoints([...rows('Kherson oblast', 46.6, 32.6, 4), ...rows('Kherson oblast', 46.9, 33.1, 1)])
    expect(got).toEqual([{ code: 'UA65', adm1: 'Kherson oblast', lat: 46.6, lon: 32.6, rows: 4, ofRows: 5 }])
  })
  it('leaves out an oblast with fewer rows than MIN_ROWS at its point (one coder once)', () => {
    expect(deriveRegionPoints(rows('Sumy oblast', 51, 34, MIN_ROWS - 1))).toEqual([])
  })
  it('leaves out an oblast whose rows agree on no point (half or fewer)', () => {
    expect(deriveRegionPoints([...rows('Poltava oblast', 49.6, 34.5, 3), ...rows('Poltava oblast', 49.9, 33.9, 3)])).toEqual([])
  })
  it('does not depend on row order, and sorts by region code', () => {
    const a = [...rows('Luhansk oblast', 48.9, 39, 3), ...rows('Donetsk oblast', 48.1, 37.7, 3)]
    expect(deriveRegionPoints(a)).toEqual(deriveRegionPoints([...a].reverse()))
    expect(deriveRegionPoints(a).map((p) => p.code)).toEqual(['UA14', 'UA44'])
  })
  it('skips rows without a coordinate', () => {
    expect(deriveRegionPoints([...rows('Donetsk oblast', Number.NaN, 37.7, 5)])).toEqual([])
  })
})

describe('deriveAreaPoints: areas across oblasts by their UCDP name', () => {
  it('takes the modal point per area name', () => {
    const got = deriveAreaPoints([
      ...Array.from({ length: 3 }, () => ({ area: 'Some Basin', lat: 48, lon: 38 })),
      { area: 'Lone Area', lat: 47, lon: 33 },
    ])
    expect(got).toEqual([{ area: 'Some Basin', lat: 48, lon: 38, rows: 3, ofRows: 3 }])
  })
})

describe('the shipped gazetteer puts oblasts at the derived points', () => {
  const g = loadGazetteer()
  const entry = (id: string) => {
    const e = g.get(id)
    if (!e) throw new Error(`no ${id}`)
    return e
  }
  it.each(REGION_POINTS.map((p) => [p.code, p.lat, p.lon] as const))('region:%s', (code, lat, lon) => {
    const e = entry(`region:${code}`)
    expect([e.lat, e.lon]).toEqual([lat, lon])
  })
  it('an oblast the table lacks keeps its raion-centroid point (Sumy: one row only)', () => {
    expect(REGION_POINTS.some((p) => p.code === 'UA59')).toBe(false)
    const e = entry('region:UA59')
    expect(Math.abs(e.lat - 51.05)).toBeLessThan(0.1)
  })
  it('Donbas is at the derived "Donets Basin Area" point', () => {
    const p = AREA_POINTS.find((a) => a.area === 'Donets Basin Area')!
    expect([entry('macro:donbas').lat, entry('macro:donbas').lon]).toEqual([p.lat, p.lon])
  })
})

const skip = sharedDataSkipReason('ucdp-ged-ukraine', 'ucdp_ged_ukraine_2014-2023.csv')
describe.skipIf(skip !== null)(`region-points.ts is what the shared UCDP file gives${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('REGION_POINTS and AREA_POINTS', () => {
    const t = parseDelimited(readFileSync(sharedDataPath('ucdp-ged-ukraine', 'ucdp_ged_ukraine_2014-2023.csv'), 'utf8'), ',')
    const c = (n: string) => t.header.indexOf(n)
    const at = (prec: string) => t.rows.filter((r) => (r[c('where_prec')] ?? '').trim() === prec)
    const num = (r: readonly string[], n: string) => Number(r[c(n)])
    expect(deriveRegionPoints(at('4').map((r) => ({ adm1: r[c('adm_1')] ?? '', lat: num(r, 'latitude'), lon: num(r, 'longitude') })))).toEqual(REGION_POINTS)
    expect(deriveAreaPoints(at('5').map((r) => ({ area: r[c('where_coordinates')] ?? '', lat: num(r, 'latitude'), lon: num(r, 'longitude') })))).toEqual(AREA_POINTS)
  })
})
