// A front-line update tells its top figure twice: in a lead line ("The Pokrovsk direction saw the most
// fighting: 18 clashes") and in the body with the villages ("18 attacks near A, B and C"). One event,
// one claim (conventions 14, 46): the claim with fewer places repeats the fuller one. Built claims, so
// the rule is tested apart from the geoparser.
import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { linkDuplicateClaims } from './link-claim-places.js'

const base: Claim = {
  id: 'a', documentId: 'd', kind: 'assault', actorSide: 'RU', speaker: { name: 'Test Wire', side: 'UA', via: null }, places: [0],
  time: { start: '2026-02-20', end: '2026-02-20', basis: 'publication' }, quantity: { value: 18, unit: 'other', text: '18 clashes' },
  modality: 'asserted', span: [0, 20], sentence: 'x',
}

function links(claims: Claim[]): (string | null)[] {
  return linkDuplicateClaims(claims).map((c) => c.duplicateOf ?? null)
}

describe('a figure told again with fewer places', () => {
  it('the lead line repeats the body line that names the villages', () => {
    expect(links([base, { ...base, id: 'b', span: [40, 90], places: [1, 0, 2] }])).toEqual(['b', null])
  })

  it('a closing summary repeats the body line before it', () => {
    expect(links([{ ...base, places: [3, 4] }, { ...base, id: 'b', span: [40, 90], places: [4] }])).toEqual([null, 'a'])
  })
})

describe('places compared by the place, not the mention', () => {
  it('"Huliaipole" in the lead and "Gulyaypole" in the body are one place', () => {
    const places = [{ id: 'huliaipole' }, { id: 'huliaipole' }, { id: 'dobropillia' }]
    expect(linkDuplicateClaims([base, { ...base, id: 'b', span: [40, 90], places: [1, 2] }], places).map((c) => c.duplicateOf ?? null)).toEqual(['b', null])
  })
})

describe('what stays two claims', () => {
  it('another figure', () => {
    expect(links([base, { ...base, id: 'b', places: [0, 1], quantity: { value: 12, unit: 'other', text: '12 clashes' } }])).toEqual([null, null])
  })

  it('another day', () => {
    expect(links([base, { ...base, id: 'b', places: [0, 1], time: { start: '2026-02-19', end: '2026-02-19', basis: 'relative' } }])).toEqual([null, null])
  })

  it('places that only overlap', () => {
    expect(links([{ ...base, places: [0, 5] }, { ...base, id: 'b', places: [0, 1] }])).toEqual([null, null])
  })

  it('no figure: two bare strikes on one town may be two strikes', () => {
    const strike: Claim = { ...base, kind: 'strike', quantity: null }
    expect(links([strike, { ...strike, id: 'b', places: [0, 1] }])).toEqual([null, null])
  })

  it('another speaker', () => {
    expect(links([base, { ...base, id: 'b', places: [0, 1], speaker: { name: 'General Staff', side: 'UA', via: null } }])).toEqual([null, null])
  })
})
