import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { describe, expect, it } from 'vitest'
import { BASE_TILE_LAYER } from '../first-view.js'
import { cutBaseTiles, tileRange } from './base-tiles.js'
import type { PlainFeatureCollection } from './compose-base-layer.js'

// Two features far apart: a country square around Kyiv and a river line near Odesa.
const collection: PlainFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { layer: 'country', name_en: 'Ukraine' },
      geometry: { type: 'Polygon', coordinates: [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]] },
    },
    { type: 'Feature', properties: { layer: 'river' }, geometry: { type: 'LineString', coordinates: [[30.5, 46.4], [30.9, 46.6], [31.2, 46.5]] } },
  ],
}

const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes)).layers[BASE_TILE_LAYER]

describe('cutBaseTiles', () => {
  const { bounds, tiles } = cutBaseTiles(collection, { maxZoom: 6, tolerancePx: 2 })

  it('bounds the data and writes every tile overlapping them at every zoom, each once', () => {
    expect(bounds).toEqual([30, 46.4, 31.2, 51])
    for (let z = 0; z <= 6; z++) {
      const [x0, y0, x1, y1] = tileRange(bounds, z)
      const atZ = tiles.filter((t) => t.z === z)
      expect(atZ.length).toBe((x1 - x0 + 1) * (y1 - y0 + 1))
      expect(new Set(atZ.map((t) => `${t.x}/${t.y}`)).size).toBe(atZ.length)
    }
    expect(tiles.some((t) => t.z === 7)).toBe(false)
  })

  it('puts each feature, with its properties, in the tiles it crosses and leaves the others empty', () => {
    // Zoom 6: Kyiv's square is in tile x 37, y 21; the river near Odesa in x 37, y 22.
    const kyiv = tiles.find((t) => t.z === 6 && t.x === 37 && t.y === 21)
    const odesa = tiles.find((t) => t.z === 6 && t.x === 37 && t.y === 22)
    const kyivLayer = decode(kyiv?.bytes as Uint8Array)
    expect(kyivLayer?.length).toBe(1)
    expect(kyivLayer?.feature(0).properties).toEqual({ layer: 'country', name_en: 'Ukraine' })
    expect(kyivLayer?.feature(0).type).toBe(3) // polygon
    const odesaLayer = decode(odesa?.bytes as Uint8Array)
    expect(odesaLayer?.length).toBe(1)
    expect(odesaLayer?.feature(0).properties).toEqual({ layer: 'river' })
    expect(odesaLayer?.feature(0).type).toBe(2) // line
    const empty = tiles.filter((t) => t.bytes.length === 0)
    expect(empty.length).toBeGreaterThan(0)
    for (const t of empty) expect(new VectorTile(new PbfReader(t.bytes)).layers).toEqual({})
  })

  it('keeps the geometry where it is: the square decodes to its corners in tile coordinates', () => {
    const kyiv = decode(tiles.find((t) => t.z === 6 && t.x === 37 && t.y === 21)?.bytes as Uint8Array)
    const ring = kyiv?.feature(0).loadGeometry()[0] ?? []
    const lon = (x: number) => ((37 + x / 4096) / 64) * 360 - 180
    const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * (21 + y / 4096)) / 64))) * 180) / Math.PI
    const lons = ring.map((p) => lon(p.x))
    const lats = ring.map((p) => lat(p.y))
    expect(Math.min(...lons)).toBeCloseTo(30, 2)
    expect(Math.max(...lons)).toBeCloseTo(31, 2)
    expect(Math.min(...lats)).toBeCloseTo(50, 2)
    expect(Math.max(...lats)).toBeCloseTo(51, 2)
  })
})

describe('tileRange', () => {
  it('covers the first view with the six zoom-5 tiles the page preloads', () => {
    expect(tileRange([22, 44.2, 40.3, 52.4], 5)).toEqual([17, 10, 19, 11])
  })

  it('is the whole world at zoom 0 and clamps to the grid', () => {
    expect(tileRange([-180, -90, 180, 90], 0)).toEqual([0, 0, 0, 0])
    expect(tileRange([-180, -90, 180, 90], 2)).toEqual([0, 0, 3, 3])
  })
})
