// misspeltTownRefs remembers its answer per word (misspelt-towns.ts): asked in any order, with either
// flag, again and again, it answers what working the word out afresh answers. Words of our own: towns one
// letter off, letters swapped, smaller places after a preposition, and words that are no town.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from './index.js'
import { misspeltTownRefs, workOutMisspeltTownRefs } from './misspelt-towns.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const WORDS = ['Donestk', 'Popsana', 'Mariupl', 'Lysyshansk', 'Kramatrosk', 'Bakhmtu', 'Karkhiv', 'Erenhodar', 'Slovgyansk', 'Vuheldar', 'Pechenih', 'Person', 'Uragan', 'Zhukovsky', 'Columns', 'Destroyed', 'Warehouses', 'donestk', 'DONESTK', 'Kherson']

describe('misspelt towns remembered per word', () => {
  it('answer as the words worked out afresh, in any order and with either flag', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.boolean()), { minLength: 1, maxLength: 30 }), (asks) => {
        for (const [word, placed] of asks) expect(misspeltTownRefs(word, g, placed)).toEqual(workOutMisspeltTownRefs(word, g, placed))
      }),
      { numRuns: 50 },
    )
  })

  it('placed and not placed are remembered apart', () => {
    const placed = misspeltTownRefs('Pechenih', g, true)
    expect(misspeltTownRefs('Pechenih', g, false)).toEqual(workOutMisspeltTownRefs('Pechenih', g, false))
    expect(misspeltTownRefs('Pechenih', g, true)).toBe(placed)
  })
})
