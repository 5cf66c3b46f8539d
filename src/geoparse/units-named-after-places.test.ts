// Units named after places, and an English common word taken for a village, in sentences the team wrote
// (round 22, wave 2): a name, or each part of a hyphened pair of names, followed by battalion/regiment/
// brigade names the unit, not where it fought (find-mentions.ts); "Row" is an English word, not the
// village Riv, unless a cue says village (cue-words.ts). Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g, { publishedAt: '2022-06-01' }).value.map((p) => p.name)

describe('a place name before battalion, regiment or brigade names the unit', () => {
  it.each([
    ['Volunteers of the Azov-Dnipro battalion dug in near Pisky.', ['Pisky']],
    ['The Donbas battalion withdrew from Ilovaisk at dawn.', ['Ilovaisk']],
    ['A Dnipro-1 regiment patrol was ambushed outside Avdiivka.', ['Avdiivka']],
    ['Kharkiv brigades were moved to Izium last week.', ['Izium']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('a town before other words, or a unit word further on, keeps its place', () => {
  it.each([
    ['Missiles struck Dnipro overnight, a battalion commander said.', 'Dnipro'],
    ['The 93rd brigade fought in Dnipro and Pisky.', 'Dnipro'],
    ['Shelling hit Dnipro, battalions of the 24th brigade said.', 'Dnipro'],
    ['Troops from Kharkiv moved the brigade south.', 'Kharkiv'],
  ])('%s', (text, town) => {
    expect(names(text)).toContain(town)
  })
})

describe('"Row" is a word, not the village Riv', () => {
  it('a row of vehicles', () => {
    expect(names('A Row of burnt tanks lined the road to Avdiivka.')).toEqual(['Avdiivka'])
  })
  it('the village with a cue stays', () => {
    expect(names('Shells fell on the village of Riv.')).toContain('Riv')
  })
})
