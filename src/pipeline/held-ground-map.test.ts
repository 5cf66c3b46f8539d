// The pipeline's side of convention 72 on the map: a resolved place's point and how sure it is, read
// from its gazetteer entry (a surveyed point, or a hromada's centroid for a village with none).
import { beforeAll, describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { scriptedControlView } from '../testing/scripted-control-view.js'
import { heldGroundMap } from './held-ground-map.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function placeOf(id: string): Place {
  const e = gazetteer.get(id)
  if (!e) throw new Error(`no gazetteer entry ${id}`)
  return { mention: e.name, span: [0, e.name.length], id: e.id, name: e.name, admin1: e.admin1, country: e.country, lat: e.lat, lon: e.lon, kind: e.kind, confidence: 1, alternatives: [] }
}

describe('heldGroundMap: a place\'s point and its uncertainty', () => {
  const control = scriptedControlView({ start: '2025-01-01', end: '2025-12-31', points: {} })

  it('a surveyed point is the place itself; a hromada centroid may lie 25 km off', () => {
    const map = heldGroundMap(control, gazetteer)
    const surveyed = gazetteer.lookup('Старобешеве')[0]!.entry
    expect(surveyed.coordinateBasis ?? 'point').toBe('point')
    expect(map.pointOf(placeOf(surveyed.id))).toEqual({ at: [surveyed.lon, surveyed.lat], uncertaintyKm: 0 })
    const centroid = gazetteer.entries.find((e) => e.kind === 'settlement' && e.coordinateBasis === 'hromada-centroid')!
    expect(map.pointOf(placeOf(centroid.id))?.uncertaintyKm).toBe(25)
  })

  it('a place the gazetteer does not hold has no point to ask about', () => {
    const map = heldGroundMap(control, gazetteer)
    const made: Place = { mention: 'Nowhere', span: [0, 7], id: 'test:nowhere', name: 'Nowhere', admin1: null, country: 'UA', lat: 48, lon: 37, kind: 'settlement', confidence: 1, alternatives: [] }
    expect(map.pointOf(made)).toBe(null)
  })
})
