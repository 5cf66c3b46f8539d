// Round 23 (dev-pool work sample): a side's adjective inside a quoted name ("the "Ukrainian House" in X")
// took the strike's held-ground side away, and a town's district named before "in <the town>" that the
// geoparser resolved to a far-off village of the same name ("the Shevchenko in Kyiv") became a second place
// whose holder disagreed. The quoted name is a building's (extract-claims.ts withoutQuotedNames); the far-off
// namesake is a part of the town (link-claim-places.ts isPartOfTownAfter). Sentences of our own.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ControlView } from '../domain/index.js'
import { bundledFirstSnapshot } from '../cli/load-control.js'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'

let gazetteer: Gazetteer
let firstSnapshot: ControlView | null
beforeAll(async () => {
  gazetteer = loadGazetteer()
  firstSnapshot = await bundledFirstSnapshot()
})

function strikes(text: string, publishedAt: string): { side: string | null; places: string[] }[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'CIR', publishedAt, lang: 'en', text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, firstSnapshot, verify: false })
  return analysis.claims.filter((c) => c.kind === 'strike').map((c) => ({ side: c.actorSide, places: c.places.map((i) => analysis.places[i]!.name) }))
}

describe('a side\'s adjective inside a quoted name names a building', () => {
  it.each([
    ['Damage to the "Ukrainian House" cinema in Kharkiv', '2022-05-02'],
    ['Damage to the “Russian Drama Theatre” in Kharkiv', '2022-06-14'],
  ])('%s: the held ground gives the side', (text, date) => {
    expect(strikes(text, date)).toEqual([{ side: 'RU', places: ['Kharkiv'] }])
  })

  it('a side named outside the quotes still counts', () => {
    expect(strikes('Russian strike on the "Ukrainian House" in Kharkiv', '2022-05-02').map((s) => s.side)).toEqual(['RU'])
  })
})

describe('a far-off namesake before "in <the town>" is part of the town', () => {
  it('a district of Kyiv the geoparser took for a village elsewhere', () => {
    expect(strikes('A missile hit an office block in the Shevchenko in Kyiv', '2022-06-26')).toEqual([{ side: 'RU', places: ['Kyiv'] }])
  })

  it('a village beside the town keeps its place', () => {
    expect(strikes('Shelling of Mala Rohan in Kharkiv', '2022-05-20')[0]!.places).toContain('Mala Rohan')
  })
})
