// Raions abolished in 2020 are still how event data and agency copy place a village: "X village,
// Starobeshivskyi district, Donetsk region". The adjective names the raion's centre town, through the е form
// of the closed-syllable alternation (Старобешеве → Старобешівський) as well as the о form (Курахове →
// Курахівський), and English translations call a raion a "region" when an oblast follows ("Amvrosievsky
// region Donetsk region"). Sentences written by the team; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'
import { townNamesOf } from './find-mentions.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const placeFor = (text: string, mention: string) => geoparseText(text, g, { publishedAt: '2016-05-01' }).value.find((p) => p.mention === mention)

describe('the е form of the alternation', () => {
  it('Starobeshiv- may be Starobeshev-, in Latin and Cyrillic', () => {
    expect(townNamesOf('starobeshiv', 'sk', false)).toContain('starobesheve')
    expect(townNamesOf('старобешів', 'ськ', true)).toContain('старобешеве')
  })
  it.each([
    ['Two houses burned in a village of the Starobeshivskyi district, Donetsk region.', 'Starobeshivskyi', 'Starobesheve'],
    ['Shelling hit the Kurakhivskyi district overnight.', 'Kurakhivskyi', 'Kurakhove'],
  ])('%s', (text, mention, name) => {
    expect(placeFor(text, mention)?.name).toBe(name)
  })
})

describe('a "region" right before an oblast is its raion', () => {
  it.each([
    ['A mine went off near a farm, Amvrosievsky region Donetsk region.', 'Amvrosievsky', 'Amvrosiivka'],
    ['Mortar fire near a village, Telmanovsky region, Donetsk region.', 'Telmanovsky', 'Boikivske'],
  ])('%s', (text, mention, name) => {
    expect(placeFor(text, mention)?.name).toBe(name)
  })
  it('not an adjective alone before "region"', () => {
    expect(placeFor('Drones flew over the Kharkiv region and the Sumy region.', 'Kharkiv region')?.kind).toBe('region')
  })
})
