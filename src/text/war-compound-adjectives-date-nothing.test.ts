import { describe, expect, it } from 'vitest'
import { findDateExpressions } from './find-date-expressions.js'

// "killed in war-torn eastern Ukraine" is no war's tally: "war" there begins a compound adjective
// (war-torn, war-ravaged, war-weary, war-hit), and dated UCDP's 2014-2021 headlines to the full-scale
// invasion of 2022 (14 claims of the shared rows, all of them after their event). A toll "killed in the war"
// still runs from 24 February 2022. Our own sentences.
const dates = (text: string) => findDateExpressions(text).map((e) => e.text)

describe('"war" in a compound adjective dates nothing', () => {
  it.each([
    'Two soldiers were killed in war-torn eastern Ukraine on the front line.',
    'A medic died in the war-ravaged east, the army said.',
    'Three fighters killed in war‑weary Donbas.',
    'One civilian killed in war-hit Horlivka.',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([])
  })
})

describe('a toll "killed in the war" still dates from the full-scale invasion', () => {
  it.each(['The group says 9,000 soldiers were killed in the war.', 'Their son was killed in war, the family said.'])('%s', (text) => {
    expect(dates(text).length).toBe(1)
  })
})
