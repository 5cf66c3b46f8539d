// Round 21: who held a town on a 2022-24 date, before the control map's series (DeepState, from
// 2024-07-08). A settlement on the Ukrainian side of the series' FIRST snapshot was Ukraine's from the
// invasion on, unless it lies where Russia held ground in 2022-23 and Ukraine retook it (held-before-series.ts):
// there the hand periods decide, or nobody (convention 117). Before 24 February 2022 the rule says nothing.
// Unit cases with a scripted view; end-to-end cases with sentences written by the team, through the pipeline
// with the shipped gazetteer and the bundled sample's first snapshot, as `analyze` reads it without control data.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, ControlView, IsoDate, Place, Side } from '../domain/index.js'
import { bundledFirstSnapshot } from '../cli/load-control.js'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import { scriptedControlView, type ScriptedPoint } from '../testing/scripted-control-view.js'
import type { ClaimAnchor } from './extract-claims.js'
import { inRetakenArea } from './held-before-series.js'
import type { HeldGroundMap } from './held-ground-on-map.js'
import { strikeSidesFromHeldGround } from './held-ground-strike-side.js'

function place(name: string, admin1: string, lon: number, lat: number, over: Partial<Place> = {}): Place {
  return { mention: name, span: [0, name.length], id: `t:${name}`, name, admin1, country: 'UA', lat, lon, kind: 'settlement', confidence: 0.9, alternatives: [], ...over }
}

function strike(on: IsoDate): Claim {
  return {
    id: 'c', documentId: 'd', kind: 'strike', actorSide: null, speaker: { name: 'Test Outlet', side: 'independent', via: null }, places: [0], time: { start: on, end: on, basis: 'explicit' },
    quantity: null, modality: 'asserted', span: [0, 10], sentence: 'test sentence',
  }
}

const anchor: ClaimAnchor = { claimId: 'c', clause: [0, 10], sentence: [0, 10], excluded: [], siblings: [], sharesPlaces: false, sideUnnamed: true, russianGroundNamed: false }

function mapOf(points: Record<string, ScriptedPoint>, uncertaintyKm = 0): HeldGroundMap {
  const view: ControlView = scriptedControlView({ start: '2024-07-08', end: '2025-12-31', points })
  return { control: view, pointOf: (p) => ({ at: [p.lon, p.lat], uncertaintyKm }) }
}

function decided(p: Place, on: IsoDate, map: HeldGroundMap | null): { side: Side | null; basis: string | null } {
  const claim = strikeSidesFromHeldGround([strike(on)], [anchor], [p], map)[0]!
  return { side: claim.actorSide, basis: claim.actorSideBasis?.places[0]?.basis ?? null }
}

// Made-up villages at made-up points, so no hand list knows them.
const freeTown = place('Testove', 'Donetsk Oblast', 37.6, 48.6)
const lineTown = place('Kraiove', 'Donetsk Oblast', 37.7, 48.5)
const occupiedTown = place('Zakhoplene', 'Donetsk Oblast', 37.9, 48.1)
const retakenTown = place('Povernene', 'Kharkiv Oblast', 37.0, 49.5)
const scripted = {
  '37.6,48.6': { initial: 'free' },
  '37.7,48.5': { initial: 'free', distanceKm: () => 0.5 },
  '37.9,48.1': { initial: 'occupied' },
  '37,49.5': { initial: 'free' },
} as const satisfies Record<string, ScriptedPoint>

describe('a 2022-24 date before the series: the first snapshot\'s Ukrainian side', () => {
  it('a town free on the first snapshot was Ukraine\'s: an unattributed strike there is Russia\'s', () => {
    expect(decided(freeTown, '2022-06-10', mapOf(scripted))).toEqual({ side: 'RU', basis: 'first-snapshot' })
    expect(decided(freeTown, '2024-07-07', mapOf(scripted))).toEqual({ side: 'RU', basis: 'first-snapshot' })
  })

  it('a town at the line\'s free edge then was Ukraine\'s before (the line moved only west)', () => {
    expect(decided(lineTown, '2023-03-01', mapOf(scripted)).side).toBe('RU')
  })

  it('a point whose uncertainty reaches the line is not answered', () => {
    expect(decided(lineTown, '2023-03-01', mapOf(scripted, 25)).side).toBeNull()
  })

  it('a town occupied on the first snapshot says nothing of 2022 (Ukraine may have held it then)', () => {
    expect(decided(occupiedTown, '2022-06-10', mapOf(scripted)).side).toBeNull()
  })

  it('a retaken area is left to the hand periods: no side for a town they do not list', () => {
    expect(decided(retakenTown, '2022-06-10', mapOf(scripted)).side).toBeNull()
  })

  it('before the invasion (2014-22) the first snapshot does not answer', () => {
    expect(decided(freeTown, '2021-11-03', mapOf(scripted)).side).toBeNull()
    expect(decided(freeTown, '2022-02-23', mapOf(scripted)).side).toBeNull()
  })

  it('without any map the rule does not answer', () => {
    expect(decided(freeTown, '2022-06-10', null).side).toBeNull()
  })
})

describe('the retaken areas', () => {
  it.each([
    ['Bucha-side Kyiv Oblast', 'Kyiv Oblast', 30.2, 50.55, true],
    ['Kyiv Oblast south of the advance', 'Kyiv Oblast', 30.75, 50.15, false],
    ['Chernihiv Oblast', 'Chernihiv Oblast', 31.3, 51.5, true],
    ['Kherson Oblast', 'Kherson Oblast', 33.0, 47.0, true],
    ['the Lyman area', 'Donetsk Oblast', 37.8, 49.0, true],
    ['south of Bakhmut', 'Donetsk Oblast', 37.96, 48.5, true],
    ['Robotyne', 'Zaporizhzhia Oblast', 35.83, 47.45, true],
    ['Toretsk', 'Donetsk Oblast', 37.85, 48.39, false],
    ['Dnipropetrovsk Oblast', 'Dnipropetrovsk Oblast', 35.0, 48.4, false],
  ] as const)('%s', (_label, admin1, lon, lat, retaken) => {
    expect(inRetakenArea({ admin1, lon, lat })).toBe(retaken)
  })
})

describe('through the pipeline, with the bundled sample\'s first snapshot', () => {
  let gazetteer: Gazetteer
  let firstSnapshot: ControlView | null
  beforeAll(async () => {
    gazetteer = loadGazetteer()
    firstSnapshot = await bundledFirstSnapshot()
  })

  const strikeSides = (text: string, publishedAt: string): (Side | null)[] => pipelineStrikeSides(gazetteer, { text, lang: 'en', outlet: 'CIR', publishedAt }, firstSnapshot)

  it.each([
    ['Damage to a library in Toretsk after shelling', '2022-07-14', 'RU'],
    ['Fire at a warehouse in Chasiv Yar', '2022-09-02', 'RU'],
    ['Crater beside a kindergarten in Pokrovsk', '2023-04-20', 'RU'],
    ['Damage to the hospital in Vuhledar', '2022-11-05', 'RU'],
  ])('%s (%s): held by Ukraine then', (text, date, side) => {
    expect(strikeSides(text, date)).toEqual([side])
  })

  it.each([
    // Before the invasion: the 2014-22 line was elsewhere; the first snapshot does not answer.
    ['Damage to a library in Toretsk after shelling', '2021-07-14'],
    // Retaken areas: occupied part of 2022, no hand period for the village.
    ['Damage to a shop in Sviatohirsk', '2022-06-20'],
    ['Damage to a school in Robotyne', '2023-08-10'],
  ])('%s (%s): no side', (text, date) => {
    expect(strikeSides(text, date)).toEqual([null])
  })

  it('without the first snapshot (--no-control) a 2022 strike in Toretsk keeps no side', () => {
    const document = metadataDocument({ id: 't', origin: 't', outlet: 'CIR', publishedAt: '2022-07-14', lang: 'en', text: 'Damage to a library in Toretsk after shelling' })
    const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
    expect(analysis.claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)).toEqual([null])
  })
})
