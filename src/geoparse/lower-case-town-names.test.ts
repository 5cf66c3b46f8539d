// Town names typed in lower case, in sentences the team wrote (round 23): fast-typed captions write
// "a school in bakhmut" or "a column near izium". A lower-case word is a town only right after a
// preposition of place, when it is no English common word and names a town of 10,000 people or more (or
// the one settlement of a long name); a title joins its name by a space or a dot, never a comma.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g, { publishedAt: '2022-06-01' }).value.map((p) => p.name)

describe('a lower-case town after a preposition of place', () => {
  it.each([
    ['Black smoke over the port in mariupol this morning', ['Mariupol']],
    ['A tank column seen near izium at dawn', ['Izium']],
    ['Shell holes in a schoolyard in kramatorsk', ['Kramatorsk']],
    ['trucks parked outside melitopol', ['Melitopol']],
    ['Rail cars loaded with tanks at a siding in chertkovo', ['Chertkovo']],
    ['Burnt hangars at an airbase in aviatorske', ['Aviatorske']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('lower-case words that stay words', () => {
  it.each([
    // common words that are also the names of villages or small towns
    'They sat in bar after bar until midnight',
    'Living in mir and quiet',
    'He stood in kut of the room',
    'Cattle grazing at lan end',
    'The car started in pole position',
    'A house in dal country',
    // a town's name with no preposition of place before it, and prepositions that place nothing
    'bakhmut residents queue for water',
    'convoys from kharkiv and to izium',
    // words in time and manner after "in"
    'Shelling resumed in time for the talks',
    'In part the damage was old',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('a street and its city after a comma', () => {
  it('reads the city after "St,"', () => {
    expect(names('A shell hit a bus stop on Sumska St, Kharkiv')).toEqual(['Kharkiv'])
  })
  it('still reads a title joined by a space as a person', () => {
    expect(names('A sermon by St Luka in the cathedral')).not.toContain('Luka')
  })
})
