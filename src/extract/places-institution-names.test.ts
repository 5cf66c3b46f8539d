// A name that opens an institution's name ("the Donetsk regional military administration", "Sumy
// Regional governor") is whose the institution is, not where the event was (round 16): a toll or an
// event in the same sentence never takes it. Our own sentences.
import { describe, expect, it } from 'vitest'
import { claimsWithStubPlaces, placeNames, settlements } from '../testing/stub-places.js'

function placesOf(text: string, named: readonly string[]): string[][] {
  return placeNames(claimsWithStubPlaces(text, settlements(...named), 'en', '2027-06-03'))
}

describe('a place that names an institution is not where the event was', () => {
  it('a toll told with the regional administration that counted it', () => {
    const got = placesOf('A glide bomb hit a school in Kostiantynivka on Monday, killing two teachers, according to the head of the Donetsk regional military administration.', ['Kostiantynivka', 'Donetsk'])
    expect(got.flat()).not.toContain('Donetsk')
    expect(got.flat()).toContain('Kostiantynivka')
  })

  it('a regional governor beside the city hit', () => {
    const got = placesOf('Russian drones struck Shostka overnight, wounding three people, Sumy Regional governor Oleh Hryhorov said.', ['Shostka', 'Sumy'])
    expect(got.flat()).not.toContain('Sumy')
  })

  it('the city itself still counts', () => {
    expect(placesOf('A missile hit Sumy on Tuesday, regional officials said.', ['Sumy'])).toContainEqual(['Sumy'])
  })
})
