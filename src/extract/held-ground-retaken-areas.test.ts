// Round 23 (dev-pool work sample: unattributed strikes on Konotop in October 2022 and on Makariv in April
// 2022 got no side, as did one on Irmino, behind the Luhansk line, in August 2022): before the control
// map's series, a retaken area answers by the first snapshot's Ukrainian side from the day Ukraine had
// retaken it (held-before-series.ts RETAKEN_OBLASTS, RETAKEN_BOXES), and Luhansk Oblast's ground well behind
// the line on the first snapshot was Russia's from Lysychansk's fall (3 July 2022). Made-up villages at
// made-up points with a scripted view; end-to-end cases with sentences of our own.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, ControlView, IsoDate, Place, Side } from '../domain/index.js'
import { bundledFirstSnapshot } from '../cli/load-control.js'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import { scriptedControlView, type ScriptedPoint } from '../testing/scripted-control-view.js'
import type { ClaimAnchor } from './extract-claims.js'
import { retakenBy } from './held-before-series.js'
import type { HeldGroundMap } from './held-ground-on-map.js'
import { strikeSidesFromHeldGround } from './held-ground-strike-side.js'

function place(name: string, admin1: string, lon: number, lat: number): Place {
  return { mention: name, span: [0, name.length], id: `t:${name}`, name, admin1, country: 'UA', lat, lon, kind: 'settlement', confidence: 0.9, alternatives: [] }
}

function strike(on: IsoDate): Claim {
  return {
    id: 'c', documentId: 'd', kind: 'strike', actorSide: null, speaker: { name: 'Test Outlet', side: 'independent', via: null }, places: [0], time: { start: on, end: on, basis: 'explicit' },
    quantity: null, modality: 'asserted', span: [0, 10], sentence: 'test sentence',
  }
}

const anchor: ClaimAnchor = { claimId: 'c', clause: [0, 10], sentence: [0, 10], excluded: [], siblings: [], sharesPlaces: false, sideUnnamed: true, russianGroundNamed: false }

function sideOf(p: Place, on: IsoDate, points: Record<string, ScriptedPoint>): Side | null {
  const view: ControlView = scriptedControlView({ start: '2024-07-08', end: '2025-12-31', points })
  const map: HeldGroundMap = { control: view, pointOf: (q) => ({ at: [q.lon, q.lat], uncertaintyKm: 0 }) }
  return strikeSidesFromHeldGround([strike(on)], [anchor], [p], map)[0]!.actorSide
}

const sumyVillage = place('Pryhranychne', 'Sumy Oblast', 33.5, 51.3)
const kharkivVillage = place('Povernene', 'Kharkiv Oblast', 37.0, 49.5)
const kharkivEdge = place('Kraiove', 'Kharkiv Oblast', 37.7, 49.6)
const deepLuhansk = place('Hlyboke', 'Luhansk Oblast', 38.6, 48.6)
const luhanskLine = place('Pryfrontove', 'Luhansk Oblast', 38.05, 49.0)
const points = {
  '33.5,51.3': { initial: 'free' },
  '37,49.5': { initial: 'free' },
  '37.7,49.6': { initial: 'free', distanceKm: () => 0.5 },
  '38.6,48.6': { initial: 'occupied', distanceKm: () => 40 },
  '38.05,49': { initial: 'occupied', distanceKm: () => 4 },
} as const satisfies Record<string, ScriptedPoint>

describe('a retaken area answers from the day it was retaken', () => {
  it('Sumy Oblast after April 2022: Russia struck', () => {
    expect(sideOf(sumyVillage, '2022-10-10', points)).toBe('RU')
    expect(sideOf(sumyVillage, '2023-05-02', points)).toBe('RU')
  })

  it('Sumy Oblast in March 2022, still occupied in part: no side', () => {
    expect(sideOf(sumyVillage, '2022-03-15', points)).toBeNull()
  })

  it('Kharkiv Oblast before the counteroffensive: no side; after it: Russia struck', () => {
    expect(sideOf(kharkivVillage, '2022-06-10', points)).toBeNull()
    expect(sideOf(kharkivVillage, '2023-01-20', points)).toBe('RU')
  })

  it('a retaken village at the line\'s edge on the first snapshot is not answered (the line moved both ways there)', () => {
    expect(sideOf(kharkivEdge, '2023-01-20', points)).toBeNull()
  })
})

describe('Luhansk Oblast behind the line', () => {
  it('from 3 July 2022, deep behind the line: Ukraine struck', () => {
    expect(sideOf(deepLuhansk, '2022-08-10', points)).toBe('UA')
  })

  it('before Lysychansk fell, or near the line: no side from the first snapshot', () => {
    expect(sideOf(deepLuhansk, '2022-05-10', points)).toBeNull()
    expect(sideOf(luhanskLine, '2022-11-10', points)).toBeNull()
  })
})

describe('the retaken areas\' days', () => {
  it.each([
    ['Sumy Oblast', 34.0, 51.0, '2022-04-08'],
    ['Kyiv Oblast', 30.2, 50.55, '2022-04-07'],
    ['Kharkiv Oblast', 37.0, 49.5, '2022-10-08'],
    ['Dnipropetrovsk Oblast', 35.0, 48.4, null],
  ] as const)('%s', (admin1, lon, lat, day) => {
    expect(retakenBy({ admin1, lon, lat })).toBe(day)
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
    ['Burnt-out shop at the bus station in Konotop', '2022-09-14', 'RU'],
    ['Crater outside the clinic in Makariv', '2022-04-05', 'RU'],
    ['Damage to a depot in Irmino', '2022-08-02', 'UA'],
  ])('%s (%s)', (text, date, side) => {
    expect(strikeSides(text, date)).toEqual([side])
  })

  it.each([
    ['Crater outside the clinic in Makariv', '2022-03-10'],
    ['Damage to a depot in Irmino', '2022-05-02'],
  ])('%s (%s): no side', (text, date) => {
    expect(strikeSides(text, date)).toEqual([null])
  })
})
