import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { composeBaseLayer, type PlainFeatureCollection } from './compose-base-layer.js'

const collection = (...features: PlainFeatureCollection['features']): PlainFeatureCollection => ({ type: 'FeatureCollection', features })
const square = (x: number, y: number): number[][] => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
]
const polygon = (ring: number[][]) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } })

function segmentCount(lines: number[][][]): number {
  return lines.reduce((n, line) => n + line.length - 1, 0)
}

describe('composeBaseLayer', () => {
  it('draws a border two oblasts share once, and every other edge', () => {
    const base = composeBaseLayer({ countries: collection(), rivers: collection(), oblasts: collection(polygon(square(0, 0)), polygon(square(1, 0))) })
    const lines = base.features.map((f) => f.geometry?.coordinates as number[][][])
    expect(base.features.map((f) => f.properties?.layer)).toEqual(['oblast', 'oblast'])
    // Two unit squares side by side: 8 ring edges, 7 distinct ones.
    expect(lines.reduce((n, l) => n + segmentCount(l), 0)).toBe(7)
    // The second square's edge on x = 1 (its last) is the first square's: one run of its other three.
    expect(lines[1]).toEqual([
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
      ],
    ])
  })

  it('keeps the shared border when the two rings run it in the same or opposite direction', () => {
    const reversed = [...square(1, 0)].reverse()
    const base = composeBaseLayer({ countries: collection(), rivers: collection(), oblasts: collection(polygon(square(0, 0)), polygon(reversed)) })
    expect(base.features.reduce((n, f) => n + segmentCount(f.geometry?.coordinates as number[][][]), 0)).toBe(7)
  })

  it('tags countries (with their English name) and rivers, rounds coordinates and drops repeated points', () => {
    const base = composeBaseLayer({
      countries: collection({ type: 'Feature', properties: { name_en: 'Ukraine', name_uk: 'Україна' }, geometry: { type: 'Polygon', coordinates: [square(30.123456, 50.000049)] } }),
      oblasts: collection(),
      rivers: collection({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[30.00001, 50], [30.00002, 50], [31, 50.5]] } }),
    })
    expect(base.features.map((f) => f.properties)).toEqual([{ layer: 'country', name_en: 'Ukraine' }, { layer: 'river' }])
    expect((base.features[0]?.geometry?.coordinates as number[][][])[0]?.[0]).toEqual([30.1235, 50])
    expect(base.features[1]?.geometry?.coordinates).toEqual([
      [30, 50],
      [31, 50.5],
    ])
  })

  it('does not change its inputs', () => {
    const oblasts = collection(polygon(square(0.123456, 0)), polygon(square(1.123456, 0)))
    const before = JSON.stringify(oblasts)
    composeBaseLayer({ countries: collection(), rivers: collection(), oblasts })
    expect(JSON.stringify(oblasts)).toBe(before)
  })

  it('on the shipped region layer, draws each shared oblast border once: about a third fewer segments', () => {
    const oblasts = JSON.parse(readFileSync(new URL('../../../data/regions/oblasts.geojson', import.meta.url), 'utf8')) as PlainFeatureCollection
    const base = composeBaseLayer({ countries: collection(), rivers: collection(), oblasts })
    const ringSegments = oblasts.features.reduce((n, f) => {
      const polys = (f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry?.coordinates]) as number[][][][]
      return n + polys.flat().reduce((m, ring) => m + ring.length - 1, 0)
    }, 0)
    const lineSegments = base.features.reduce((n, f) => n + segmentCount(f.geometry?.coordinates as number[][][]), 0)
    expect(lineSegments).toBeLessThan(ringSegments * 0.75)
    expect(lineSegments).toBeGreaterThan(ringSegments * 0.5)
  })
})
