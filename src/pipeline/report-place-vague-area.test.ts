import { beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../domain/index.js'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { metadataDocument } from '../testing/metadata-document.js'
import { analyzeDocument } from './run-pipeline.js'

// A report naming only a vague area ("in eastern Ukraine", "in the south") is placed at the area's point, but
// no claim takes the area (convention 104); a report naming a place keeps it. Sentences written by the team.
let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const analyze = (text: string, publishedAt = '2017-04-10'): Analysis =>
  analyzeDocument({ document: metadataDocument({ id: 't', origin: 't', outlet: null, publishedAt, lang: 'en', text }), findings: [] }, { gazetteer, verify: false })
const reportPlaceOf = (a: Analysis) => (a.reportPlace === null || a.reportPlace === undefined ? null : a.places[a.reportPlace]!)

describe('analyze and a report naming only a vague area', () => {
  it('places "killed in eastern Ukraine" at Donbas, and no claim takes the area', () => {
    const a = analyze('Two Ukrainian soldiers killed in eastern Ukraine, the military said.')
    expect(reportPlaceOf(a)?.id).toBe('area:donbas')
    expect(a.claims.length).toBeGreaterThan(0)
    for (const c of a.claims) expect(c.places).toEqual([])
  })

  it('places "In the south, …" at southern Ukraine', () => {
    expect(reportPlaceOf(analyze('In the south, the defence forces destroyed two ammunition depots.', '2022-08-01'))?.id).toBe('area:southern-ukraine')
  })

  it('keeps a named town', () => {
    const a = analyze('A soldier was killed near Avdiivka in eastern Ukraine.')
    expect(reportPlaceOf(a)?.name).toBe('Avdiivka')
    expect(a.places.some((p) => p.id.startsWith('area:'))).toBe(false)
  })
})
