// Landmarks by the names captions give them, in sentences the team wrote (round 23): Azovstal by its
// English name run together ("Azovsteel", "AzovSteel"), the Antonov airport at Hostomel as "Antonovo
// airport" (else the village Antonove of Mykolaiv Oblast), and Kharkiv's Gorky Park ("Gorky" alone is a
// common word); Moscow after a comma closing a landmark's name is the town it is in.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const places = (text: string) => geoparseText(text, g, { publishedAt: '2022-04-20' }).value

describe('the landmark', () => {
  it.each([
    ['Fires inside the Azovsteel works after the night', 'Azovstal', 'Donetsk Oblast'],
    ['A bomber over AzovSteel again', 'Azovstal', 'Donetsk Oblast'],
    ['Paratroopers landing at Antonovo airport', 'Antonov Airport', 'Kyiv Oblast'],
    ['Cluster munitions fell on Gorky Park', 'Gorky Park', 'Kharkiv Oblast'],
  ])('%s', (text, name, admin1) => {
    const p = places(text).find((x) => x.name === name)
    expect(p?.admin1).toBe(admin1)
  })
})

describe('a capital after a comma', () => {
  it('names the town of the landmark before it', () => {
    expect(places('Crowds at a festival in Gorky Park, Moscow.').map((p) => p.name)).toContain('Moscow')
  })
  it('not in a list of capitals', () => {
    expect(places('Envoys shuttled between Kyiv, Moscow and Minsk').map((p) => p.name)).not.toContain('Moscow')
  })
})

describe('no landmark', () => {
  it('"Antonovo" alone is still the village', () => {
    expect(places('Shelling reported in Antonovo').map((p) => p.name)).not.toContain('Antonov Airport')
  })
  it('"Gorky" alone is still no place', () => {
    expect(places('A street named after Gorky was renamed')).toEqual([])
  })
})
