// Landmarks named in place of a town, and Donbas, in sentences the team wrote (round 21): a steelworks,
// a nuclear plant, a bridge, an airport and an island whose names lead nowhere, or to a namesake far
// away, unless the gazetteer has them (src/geoparse/gazetteer/landmarks.ts, with a source for each point).
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, distanceKm, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function placeOf(text: string, mention: string) {
  return geoparseText(text, g).value.find((p) => p.mention.startsWith(mention))
}

describe('a landmark resolves to its own point', () => {
  it.each([
    ['Smoke rose over the Azovstal plant all afternoon.', 'Azovstal', 47.098, 37.61],
    ['Defenders held out in the tunnels under Azovstal for weeks.', 'Azovstal', 47.098, 37.61],
    ['Обстріл території заводу Азовсталь тривав усю ніч.', 'Азовсталь', 47.098, 37.61],
    ['Бойцы вышли из подземелий Азовстали.', 'Азовстали', 47.098, 37.61],
    ['Inspectors reached the Zaporizhzhia NPP on Thursday.', 'Zaporizhzhia NPP', 47.508, 34.584],
    ['A shell landed near the Zaporozhye nuclear power plant.', 'Zaporozhye nuclear power plant', 47.508, 34.584],
    ['Traffic on the Crimean Bridge was halted after a blast.', 'Crimean Bridge', 45.309, 36.506],
    ['The Kerch Bridge reopened to cars in the evening.', 'Kerch Bridge', 45.309, 36.506],
    ['Paratroopers landed at Antonov Airport at dawn.', 'Antonov Airport', 50.604, 30.192],
    ['A boat approached Snake Island before the strike.', 'Snake Island', 45.255, 30.204],
    ['Separatist fighters dug in on Savur-Mohyla, the hill east of Donetsk.', 'Savur-Mohyla', 47.922, 38.743],
    ['Heavy fighting was reported near Saur-Mogila overnight.', 'Saur-Mogila', 47.922, 38.743],
    ['Бої за Савур-Могилу тривали кілька днів.', 'Савур-Могилу', 47.922, 38.743],
    ['Ополченцы удерживали высоту Саур-Могила.', 'Саур-Могила', 47.922, 38.743],
  ])('%s', (text, mention, lat, lon) => {
    const p = placeOf(text, mention)
    expect(p, `no place for ${mention}`).toBeDefined()
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(3)
  })
})

describe('Donbas is a place of its own, across two oblasts', () => {
  it.each([
    ['A soldier was killed in Donbas on Sunday.', 'Donbas'],
    ['Shelling continued across the Donbass overnight.', 'Donbass'],
    ['Casualties in the Donets Basin rose again.', 'Donets Basin'],
    ['Бої на Донбасі тривають.', 'Донбасі'],
  ])('%s', (text, mention) => {
    const p = placeOf(text, mention)
    expect(p?.id).toBe('macro:donbas')
    expect(p?.admin1).toBeNull()
  })
})

describe('names that only look like the landmarks stay what they were', () => {
  it('the town of Zaporizhzhia is still the city, not the plant', () => {
    expect(placeOf('Missiles hit Zaporizhzhia overnight.', 'Zaporizhzhia')?.kind).toBe('settlement')
  })
  it('Hostomel airport is the town it is named after (a few kilometres off)', () => {
    expect(placeOf('Fighting at the Hostomel airport went on.', 'Hostomel')?.name).toBe('Hostomel')
  })
  it('a snake or an island alone is no place', () => {
    expect(geoparseText('A snake was found on the island.', g).value).toEqual([])
  })
  it('Crimea alone is still the peninsula', () => {
    expect(placeOf('Drones attacked Crimea again.', 'Crimea')?.kind).toBe('region')
  })
})
