import { describe, expect, it } from 'vitest'
import type { Claim, Place, PlaceKind } from '../domain/index.js'
import { reportPlace } from './report-place.js'

// Among places as fine, a report is about the one lying in a region it names: a name the gazetteer resolved
// to a namesake in another oblast (or another country) is the weaker reading of "X, Donetsk region".
function place(name: string, kind: PlaceKind, admin1: string | null, at = 0, id = `t:${name}:${admin1}`): Place {
  return { mention: name, span: [at, at + name.length], id, name, admin1, country: 'UA', lat: 48, lon: 37, kind, confidence: 1, alternatives: [] }
}
const claim = (places: number[]): Claim => ({ places }) as unknown as Claim

describe('reportPlace and the regions a text names', () => {
  const namesakeFarAway = place('Testivka', 'settlement', 'Odesa Oblast')
  const townInRegion = place('Horlivka', 'settlement', 'Donetsk Oblast', 20)
  const region = place('Donetsk Oblast', 'region', 'Donetsk Oblast', 40, 'region:UA14')

  it('prefers the settlement of the named region over a first-named namesake elsewhere, even one a claim names', () => {
    expect(reportPlace({ claims: [claim([0])], places: [namesakeFarAway, townInRegion, region] })?.name).toBe('Horlivka')
  })

  it('keeps a settlement before the region itself, named region or not', () => {
    expect(reportPlace({ claims: [], places: [region, namesakeFarAway] })?.name).toBe('Testivka')
  })

  it('takes a named region before a region across oblasts (Donbas), both as coarse', () => {
    const donbas = place('Donbas', 'other', null, 0, 'macro:donbas')
    const luhansk = place('Luhansk Oblast', 'region', 'Luhansk Oblast', 10, 'region:UA09')
    expect(reportPlace({ claims: [claim([0])], places: [donbas, luhansk] })?.name).toBe('Luhansk Oblast')
  })

  it('changes nothing when the text names no region, or every settlement lies in one it names', () => {
    expect(reportPlace({ claims: [claim([1])], places: [namesakeFarAway, townInRegion] })?.name).toBe('Horlivka')
    expect(reportPlace({ claims: [], places: [namesakeFarAway, townInRegion] })?.name).toBe('Testivka')
    const secondInRegion = place('Toretsk', 'settlement', 'Donetsk Oblast', 30)
    expect(reportPlace({ claims: [claim([2])], places: [townInRegion, region, secondInRegion] })?.name).toBe('Toretsk')
  })

  it('still reads the location line first', () => {
    const lineTown = place('Testivka', 'settlement', 'Odesa Oblast', 60)
    expect(reportPlace({ claims: [], places: [townInRegion, region, lineTown], document: { placeLine: [58, 80] } })?.name).toBe('Testivka')
  })
})
