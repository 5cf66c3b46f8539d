// A claim whose side the held-ground rule (convention 72) decides says why, in `actorSideBasis`: the date
// asked and each linked place's holder, by the control map (with its snapshot) or the hand lists. Claims
// the rule does not decide carry no basis.
import { describe, expect, it } from 'vitest'
import type { Claim, IsoDate, Place, Side } from '../domain/index.js'
import { scriptedControlView } from '../testing/scripted-control-view.js'
import type { ClaimAnchor } from './extract-claims.js'
import type { HeldGroundMap } from './held-ground-on-map.js'
import { strikeSidesFromHeldGround } from './held-ground-strike-side.js'

function place(name: string, admin1: string | null, lon: number, lat: number, country = 'UA'): Place {
  return { mention: name, span: [0, name.length], id: `t:${name}`, name, admin1, country, lat, lon, kind: 'settlement', confidence: 0.9, alternatives: [] }
}

function strike(places: number[], actorSide: Side | null, on: IsoDate): Claim {
  return {
    id: 'c', documentId: 'd', kind: 'strike', actorSide, speaker: { name: 'Some Outlet', side: 'UA', via: null }, places, time: { start: on, end: on, basis: 'explicit' },
    quantity: null, modality: 'asserted', span: [0, 10], sentence: 'a sentence',
  }
}

const anchor = (over: Partial<ClaimAnchor> = {}): ClaimAnchor => ({ claimId: 'c', clause: [0, 10], sentence: [0, 10], excluded: [], siblings: [], sharesPlaces: false, sideUnnamed: true, russianGroundNamed: false, ...over })

const map: HeldGroundMap = {
  control: scriptedControlView({ start: '2024-07-08', end: '2025-12-31', points: { '35.1,46.9': { initial: 'occupied' }, '35,47.9': { initial: 'free' } } }),
  pointOf: (p) => ({ at: [p.lon, p.lat], uncertaintyKm: 0 }),
}
const occupied = place('Stepove', 'Zaporizhzhia Oblast', 35.1, 46.9)
const free = place('Dubove', 'Dnipropetrovsk Oblast', 35, 47.9)
const belgorod = place('Belgorod', 'Belgorod Oblast', 36.6, 50.6, 'RU')

describe('actorSideBasis', () => {
  it('names the map and the snapshot it read when the map decided', () => {
    const [claim] = strikeSidesFromHeldGround([strike([1], 'RU', '2025-05-04')], [anchor()], [free, occupied], map)
    expect(claim!.actorSide).toBe('UA')
    expect(claim!.actorSideBasis).toEqual({ rule: 'held-ground', on: '2025-05-04', places: [{ place: 1, holder: 'RU', basis: 'control', snapshotDate: '2025-05-04' }] })
  })

  it('names the lists when no map answers, and is given even when the voice had lent the same side', () => {
    const [claim] = strikeSidesFromHeldGround([strike([0], 'UA', '2025-05-04')], [anchor()], [belgorod], null)
    expect(claim!.actorSide).toBe('UA')
    expect(claim!.actorSideBasis).toEqual({ rule: 'held-ground', on: '2025-05-04', places: [{ place: 0, holder: 'RU', basis: 'lists', snapshotDate: null }] })
  })

  it('is absent when the clause names its attacker, when the places disagree, and when nobody knows the holder', () => {
    const named = strikeSidesFromHeldGround([strike([0], 'RU', '2025-05-04')], [anchor({ sideUnnamed: false })], [occupied], map)[0]!
    expect(named.actorSide).toBe('RU')
    expect(named.actorSideBasis).toBeUndefined()
    const split = strikeSidesFromHeldGround([strike([0, 1], 'RU', '2025-05-04')], [anchor()], [occupied, free], map)[0]!
    expect(split.actorSide).toBe('RU')
    expect(split.actorSideBasis).toBeUndefined()
    const unknown = strikeSidesFromHeldGround([strike([0], null, '2025-05-04')], [anchor()], [free], null)[0]!
    expect(unknown.actorSideBasis).toBeUndefined()
  })
})
