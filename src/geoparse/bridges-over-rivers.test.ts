// A river after "bridge over", in sentences the team wrote (round 23): a bridge crosses as a crossing verb
// does, so "a bridge over Dnipro" names the river, not the city of Dnipro; a bridge in a town keeps the town.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const places = (text: string) => geoparseText(text, g, { publishedAt: '2022-11-12' }).value

describe('the river a bridge crosses', () => {
  it('reads "a bridge over Dnipro at Nova Kakhovka" as the river and the town', () => {
    const ps = places('Spans of a bridge over Dnipro at Nova Kakhovka fell into the water.')
    expect(ps.find((p) => p.mention === 'Dnipro')?.kind).toBe('river')
    expect(ps.map((p) => p.name)).toContain('Nova Kakhovka')
  })
  it('also across a word or two: "bridges across the Oskil"', () => {
    expect(places('Sappers blew two bridges across the Oskil.').find((p) => p.mention === 'Oskil')?.kind).toBe('river')
  })
})

describe('a bridge in a town', () => {
  it.each(['A road bridge in Dnipro was closed', 'The bridge near Dnipro station reopened'])('%s', (text) => {
    expect(places(text).find((p) => p.mention === 'Dnipro')?.kind).toBe('settlement')
  })
})
