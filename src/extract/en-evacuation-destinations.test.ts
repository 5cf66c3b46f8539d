import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { claimsWithStubPlaces, placeNames } from '../testing/stub-places.js'

// Where evacuees are taken ("on buses bound for Dnipro", "evacuated from Kupiansk to Kharkiv") is not
// where the evacuation is (conventions 39, 45): the town they leave is, named or pointed at ("the town's
// administration"). Other claims keep a place after "to". Sentences of our own, in no gold file.
function placesOf(text: string, named: Record<string, Place['kind']>): string[][] {
  return placeNames(claimsWithStubPlaces(text, named, 'en', '2027-02-10'))
}

describe('an evacuation’s destination is not its place', () => {
  it('drops the destination when the origin is named', () => {
    expect(placesOf('Police evacuated 40 residents from Borova to Kharkiv on Monday.', { Borova: 'settlement', Kharkiv: 'settlement' })).toEqual([['Borova']])
  })

  it('points back to the town when only the destination is named', () => {
    const got = placesOf('Russian drones hit Lyman again. Since Friday, the town’s administration has put 95 residents on buses bound for Sloviansk.', { Lyman: 'settlement', Sloviansk: 'settlement' })
    expect(got.at(-1)).toEqual(['Lyman'])
  })

  it('keeps a place after "to" in other claims', () => {
    expect(placesOf('Russian troops advanced to Novoselivka on Monday.', { Novoselivka: 'settlement' })).toEqual([['Novoselivka']])
  })
})

describe('a place after "close to" is not a destination', () => {
  it('keeps it', () => {
    expect(placesOf('Police evacuated residents of villages close to Kupiansk on Monday.', { Kupiansk: 'settlement' })).toEqual([['Kupiansk']])
  })
})
