// Towns in Belarus, in sentences the team wrote (round 21): the gazetteer has the GeoNames cities500 rows
// of Belarus (every place of 500 people or more), and the resolver takes a Belarusian town over a
// Ukrainian namesake only when the clause names Belarus, or "Belarus" follows the name; a Belarusian name
// no Ukrainian place carries needs no cue (a small one, under 15,000 people, does).
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const placeOf = (text: string, mention: string) => geoparseText(text, g, { publishedAt: '2022-02-15' }).value.find((p) => p.mention === mention)

describe('a town in Belarus', () => {
  it.each([
    ['Flatcars with tanks were filmed in Mozyr, Belarus.', 'Mozyr'],
    ['A column was seen leaving Mogilev, Belarus, heading south.', 'Mogilev'],
    ['Launchers deployed near Narowlya in southern Belarus.', 'Narowlya'],
    ['Belarusian railway workers filmed a train at Kalinkavichy station.', 'Kalinkavichy'],
    ['Тягачі з ракетами помітили в Гомелі, Білорусь.', 'Гомелі'],
    ['Field hospital set up outside Rechytsa.', 'Rechytsa'],
  ])('%s', (text, mention) => {
    expect(placeOf(text, mention)?.country).toBe('BY')
  })
})

describe('a Ukrainian namesake stays Ukrainian without a word of Belarus', () => {
  it.each([
    ['Drones struck Mohyliv overnight.', 'Mohyliv'],
    ['Missiles hit Cherkasy in the morning.', 'Cherkasy'],
    ['A shell landed in Bereza, the regional governor said.', 'Bereza'],
  ])('%s', (text, mention) => {
    expect(placeOf(text, mention)?.country).toBe('UA')
  })
})
