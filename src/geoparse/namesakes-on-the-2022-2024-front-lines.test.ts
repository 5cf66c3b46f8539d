// Namesakes in reports from the invasion to the first control map that ships (24 February 2022 - 7 July 2024):
// a village several settlements share is, with nothing else to tell them apart, the one near the fighting of
// the report's date (front-lines-2022.ts, hand-drawn lines by period). Sentences written by the team
// (round 23). A region named after the village still decides, a single town of the name stays the town, and
// reports after July 2024 (the control map's years) or before the invasion are not moved by these lines.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { distanceToLinesKm } from './contact-line.js'
import { frontLinesOn } from './front-lines-2022.js'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const placeOf = (text: string, name: string, publishedAt: string | null) => geoparseText(text, g, { publishedAt }).value.find((p) => p.name === name)

describe('the lines themselves', () => {
  it('run past the places fought over in each period', () => {
    // Bucha in March 2022, Izium in June 2022, Bakhmut in December 2022, Robotyne in August 2023.
    for (const [date, lat, lon] of [['2022-03-10', 50.54, 30.21], ['2022-06-10', 49.21, 37.26], ['2022-12-10', 48.6, 38.0], ['2023-08-20', 47.44, 35.84]] as const) {
      expect(distanceToLinesKm(frontLinesOn(date)!, lat, lon)).toBeLessThan(15)
    }
  })
  it('leave the north after the spring of 2022 and cover no date outside their months', () => {
    expect(distanceToLinesKm(frontLinesOn('2022-08-01')!, 50.54, 30.21)).toBeGreaterThan(100)
    expect(frontLinesOn('2022-02-23')).toBeNull()
    expect(frontLinesOn('2024-07-08')).toBeNull()
    expect(frontLinesOn(null)).toBeNull()
  })
})

describe('a shared name means the village near that month\'s fighting', () => {
  it.each([
    ['Troops moved through Buzova at night.', 'Buzova', '2022-03-15', 'Kyiv Oblast'],
    ['A depot burned in Zolotarivka after the strike.', 'Zolotarivka', '2022-07-10', 'Luhansk Oblast'],
  ])('%s', (text, name, date, admin1) => {
    expect(placeOf(text, name, date)?.admin1).toBe(admin1)
  })
  it('a village on the Kherson-Mykolaiv front in the summer of 2022, not the Donbas namesake', () => {
    expect(['Kherson Oblast', 'Mykolaiv Oblast']).toContain(placeOf('Smoke over the fields by Kyselivka.', 'Kyselivka', '2022-07-12')?.admin1)
  })
})

describe('what they leave alone', () => {
  it('a region named after the village still decides', () => {
    expect(placeOf('A shell landed by the school in Kamianka, Kharkiv Oblast.', 'Kamianka', '2022-08-20')?.admin1).toBe('Kharkiv Oblast')
  })
  it('a single town of the name stays the town', () => {
    expect(placeOf('Shells hit the hospital in Lyman.', 'Lyman', '2022-05-25')?.admin1).toBe('Donetsk Oblast')
  })
  it('reports after July 2024 read as undated ones', () => {
    const text = 'Troops moved through Buzova at night.'
    expect(placeOf(text, 'Buzova', '2025-03-10')?.id).toBe(placeOf(text, 'Buzova', null)?.id)
  })
})
