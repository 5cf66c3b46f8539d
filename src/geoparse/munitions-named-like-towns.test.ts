// Munitions named like towns, and town names typed with letters out of order and people named like towns,
// in sentences the team wrote (round 21, wave 2): a name followed by a calibre or by
// shell/round/projectile/munition is the weapon (find-mentions.ts); a word with a town's letters rearranged,
// same first and last letter, is the town (misspelt-towns.ts); a Slavic given name before a capitalised word
// is a person (cue-words.ts). Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g, { publishedAt: '2022-06-01' }).value.map((p) => p.name)

describe('a munition named like a town is no place', () => {
  it.each([
    ['Fragments of a Krasnopol 152mm shell lay by the road.', 'Krasnopil'],
    ['A Krasnopol-M round struck the tank.', 'Krasnopil'],
    ['Troops fired Krasnopol laser-guided projectiles at the bridge.', 'Krasnopil'],
  ])('%s', (text, town) => {
    expect(names(text)).not.toContain(town)
  })
  it('the place named in the same sentence stays', () => {
    expect(names('Krasnopol shells were used near Bakhmut.')).toEqual(['Bakhmut'])
  })
})

describe('a town before a verb or a strike word keeps its place', () => {
  it.each([
    ['Kharkiv missile strike at night.', 'Kharkiv'],
    ['Donetsk shelling continued.', 'Donetsk'],
    ['Kherson rounds up collaborators.', 'Kherson'],
    ['Russia shells Kharkiv overnight.', 'Kharkiv'],
    ['Krasnopol was shelled in the morning.', 'Krasnopil'],
  ])('%s', (text, town) => {
    expect(names(text)).toContain(town)
  })
})

describe('letters out of order', () => {
  it.each([
    ['A strike on Karkhiv at dawn.', 'Kharkiv'],
    ['Smoke over the plant in Erenhodar.', 'Enerhodar'],
    ['Shelling in Slovgyansk overnight.', 'Sloviansk'],
  ])('%s', (text, town) => {
    expect(names(text)).toContain(town)
  })
  it('an English word of the same length is no town', () => {
    expect(names('Destroyed artillery. Abandoned trenches.')).toEqual([])
  })
})

describe('a Slavic given name before a capitalised word is a person', () => {
  it.each([
    ['Yaroslav Honchar was wounded.', 'Yaroslavl'],
    ['Stanislav Melnyk spoke to reporters.', 'Stanislav'],
  ])('%s', (text, town) => {
    expect(names(text)).not.toContain(town)
  })
  it('the city itself stays', () => {
    expect(names('Drones hit a depot in Yaroslavl.')).toContain('Yaroslavl')
  })
})

describe("a region's own name that only a bare map point otherwise carries is the region", () => {
  it('Chechnya is the republic, not a point in Donetsk Oblast', () => {
    const places = geoparseText('Fighters from Chechnya were seen near Mariupol.', g, { publishedAt: '2022-06-01' }).value
    expect(places.map((p) => p.kind)).toContain('region')
    expect(places.some((p) => p.kind === 'settlement' && p.name === 'Chechnya')).toBe(false)
  })
  it('a town that carries a region name as its own keeps it', () => {
    expect(names('Shelling in Donetsk overnight.')).toContain('Donetsk')
  })
})
