import { describe, expect, it } from 'vitest'
import type { Claim, Place, PlaceKind } from '../domain/index.js'
import { reportPlace } from './report-place.js'

// The place of a whole short report, as eval:geoparse's per-row measure reads it.

function place(name: string, kind: PlaceKind, id = `t:${name}`): Place {
  return { mention: name, span: [0, name.length], id, name, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 1, alternatives: [] }
}

function claim(places: number[]): Claim {
  return { places } as unknown as Claim
}

describe('reportPlace', () => {
  const oblast = place('Donetsk Oblast', 'region', 'region:UA14')
  const raion = place('Pokrovskyi Raion', 'district', 'raion:UA1416')
  const village = place('Hrodivka', 'settlement')
  const quarter = place('Saltivka', 'district', 'ua:district')
  const river = place('Oskil', 'river')

  it('takes the finest place of the first claim that names one', () => {
    expect(reportPlace({ claims: [claim([]), claim([0, 1]), claim([2])], places: [oblast, village, raion] })?.name).toBe('Hrodivka')
    expect(reportPlace({ claims: [claim([0, 2])], places: [oblast, village, raion] })?.name).toBe('Pokrovskyi Raion')
  })

  it('falls back on the finest place of the text when no claim names one', () => {
    expect(reportPlace({ claims: [claim([])], places: [oblast, river, raion, village] })?.name).toBe('Hrodivka')
    expect(reportPlace({ claims: [], places: [oblast, raion] })?.name).toBe('Pokrovskyi Raion')
    expect(reportPlace({ claims: [], places: [oblast, river] })?.name).toBe('Oskil')
  })

  it('counts a city district as fine as a settlement, and keeps the first of equals', () => {
    expect(reportPlace({ claims: [], places: [oblast, quarter, village] })?.name).toBe('Saltivka')
  })

  it('gives null for a text naming no place', () => {
    expect(reportPlace({ claims: [claim([])], places: [] })).toBeNull()
  })
})
