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
  const otherVillage = place('Myrnohrad', 'settlement')
  const quarter = place('Saltivka', 'district', 'ua:district')
  const river = place('Oskil', 'river')
  const plant = place('Azovstal', 'other', 'landmark:azovstal')
  const donbas = place('Donbas', 'other', 'macro:donbas')

  it('takes the finest place the text names, even when the first claim names only a region', () => {
    expect(reportPlace({ claims: [claim([0]), claim([2])], places: [oblast, village, raion] })?.name).toBe('Hrodivka')
    expect(reportPlace({ claims: [claim([0, 2])], places: [oblast, village, raion] })?.name).toBe('Hrodivka')
    expect(reportPlace({ claims: [claim([0])], places: [donbas, raion] })?.name).toBe('Pokrovskyi Raion')
  })

  it('prefers, among places as fine, the one a claim names, earliest claim first', () => {
    expect(reportPlace({ claims: [claim([1])], places: [village, otherVillage] })?.name).toBe('Myrnohrad')
    expect(reportPlace({ claims: [claim([]), claim([2]), claim([1])], places: [oblast, village, otherVillage] })?.name).toBe('Myrnohrad')
    expect(reportPlace({ claims: [], places: [village, otherVillage] })?.name).toBe('Hrodivka')
  })

  it('ranks a landmark with towns, Donbas with oblasts, a river between towns and raions', () => {
    expect(reportPlace({ claims: [], places: [oblast, plant] })?.name).toBe('Azovstal')
    expect(reportPlace({ claims: [claim([0])], places: [donbas, oblast] })?.name).toBe('Donbas')
    expect(reportPlace({ claims: [], places: [oblast, raion, river] })?.name).toBe('Oskil')
    expect(reportPlace({ claims: [], places: [oblast, quarter, village] })?.name).toBe('Saltivka')
  })

  it('gives null for a text naming no place', () => {
    expect(reportPlace({ claims: [claim([])], places: [] })).toBeNull()
  })
})
