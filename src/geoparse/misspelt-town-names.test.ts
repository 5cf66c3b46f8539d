// Town names one letter off, in sentences the team wrote (round 21): a capitalised Latin word that names
// nothing is read as a town of 20,000 people or more when the spellings differ by one letter left out,
// added, changed or two swapped (src/geoparse/misspelt-towns.ts); English words, people and adjectives are not.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g, { publishedAt: '2022-05-01' }).value.map((p) => p.name)

describe('a town one letter off', () => {
  it.each([
    ['Shell craters on a street in Donestk.', 'Donetsk'],
    ['Artillery duel near Popsana at dawn.', 'Popasna'],
    ['Apartment blocks burning in Mariupl.', 'Mariupol'],
    ['Convoy filmed entering Lysyshansk.', 'Lysychansk'],
    ['Checkpoint on the road out of Zaporizhzia.', 'Zaporizhzhia'],
    ['Smoke over the railway station of Kramatrosk.', 'Kramatorsk'],
    ['Trenches dug west of Bakhmtu.', 'Bakhmut'],
  ])('%s', (text, town) => {
    expect(names(text)).toContain(town)
  })
})

describe('words that are not misspelt towns', () => {
  it.each([
    ['A Person was hurt by debris.', 'Kherson'],
    ['Uragan rockets were fired overnight.', 'Kurgan'],
    ['Governor Zhukovsky visited the hospital.', 'Zhukovskiy'],
    ['Nikolsky said the bridge held.', "Nikol'sk"],
    ['Columns of trucks moved at night.', 'Kolomna'],
  ])('%s', (text, town) => {
    expect(names(text)).not.toContain(town)
  })
  it('a capitalised English word far from every town gives nothing', () => {
    expect(names('Destroyed equipment. Abandoned positions. Burning warehouses.')).toEqual([])
  })
})
