// The regional prior follows the report's date (round 21): before 24 February 2022 the war was fought in
// Donetsk and Luhansk oblasts alone, so a namesake there is the likelier reading; from the invasion to the
// Russian withdrawal from the north in early April 2022, Kyiv, Chernihiv and Sumy oblasts were front too.
// Sentences the team wrote; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const admin1Of = (text: string, mention: string, publishedAt: string | null) => geoparseText(text, g, { publishedAt }).value.find((p) => p.mention === mention)?.admin1

describe('a 2014-2021 report reads a namesake in Donetsk or Luhansk oblast', () => {
  it.each([
    ['Militants shelled Komyshuvakha again, the press centre said.', 'Komyshuvakha', '2016-05-01'],
    ['One serviceman was wounded near Vilne.', 'Vilne', '2019-11-12'],
    ['Mortar fire hit houses in Andriivka.', 'Andriivka', '2015-03-03'],
  ])('%s (%s)', (text, mention, date) => {
    expect(['Donetsk Oblast', 'Luhansk Oblast']).toContain(admin1Of(text, mention, date))
  })
})

describe('a report of March 2022 reads a namesake in the northern oblasts then fought over', () => {
  it.each([
    ['Russian armour was seen on the road to Kukhari.', 'Kukhari', '2022-03-10', 'Kyiv Oblast'],
    ['A column was ambushed south of Pryluky.', 'Pryluky', '2022-03-20', 'Chernihiv Oblast'],
  ])('%s (%s)', (text, mention, date, admin1) => {
    expect(admin1Of(text, mention, date)).toBe(admin1)
  })
})

describe('without a date, or after the spring of 2022, the front since then', () => {
  // (Reports from the invasion to July 2024 are also pulled to that month's front lines, front-lines-2022.ts:
  // compared within one period of the lines, and an undated report with one after them.)
  it.each([
    ['Russian armour was seen on the road to Kukhari.', 'Kukhari', null, '2025-01-15'],
    ['Russian armour was seen on the road to Kukhari.', 'Kukhari', '2023-06-01', '2024-01-15'],
    ['Militants shelled Komyshuvakha again, the press centre said.', 'Komyshuvakha', '2023-06-01', '2024-01-15'],
    ['Militants shelled Komyshuvakha again, the press centre said.', 'Komyshuvakha', null, '2025-01-15'],
  ])('%s (%s)', (text, mention, date, reference) => {
    expect(admin1Of(text, mention, date)).toBe(admin1Of(text, mention, reference))
  })
  it('a qualifier still wins over the date: a 2016 report of Komyshuvakha in Zaporizhzhia Oblast', () => {
    expect(admin1Of('Fire broke out in Komyshuvakha, Zaporizhzhia Oblast.', 'Komyshuvakha', '2016-05-01')).toBe('Zaporizhzhia Oblast')
  })
})
