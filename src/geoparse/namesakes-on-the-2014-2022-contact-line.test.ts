// Namesakes in Donetsk and Luhansk oblasts, in reports of the years the line of contact held (September 2014 -
// February 2022, and after the invasion while each oblast's fighting stayed along it): a village several
// settlements of the two oblasts share is, with nothing else to tell them apart, the one near the line
// (contact-line.ts). Sentences written by the team (round 22). A region or raion named after the village
// still decides, a town of that name stays the town, and reports of later years are not moved.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { distanceToContactLineKm } from './contact-line.js'
import { type Gazetteer, distanceKm, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const placeOf = (text: string, name: string, publishedAt: string) => geoparseText(text, g, { publishedAt }).value.find((p) => p.name === name)

describe('the line itself', () => {
  it('runs past the towns each side held for those years', () => {
    // Avdiivka, Marinka, Shchastia, Svitlodarsk, Shyrokyne: within a few km of it.
    for (const [lat, lon] of [[48.14, 37.74], [47.95, 37.51], [48.74, 39.23], [48.43, 38.22], [47.1, 37.82]] as const) expect(distanceToContactLineKm(lat, lon)).toBeLessThan(10)
    // Kramatorsk, Sievierodonetsk and Mariupol's north: well behind it.
    expect(distanceToContactLineKm(48.72, 37.56)).toBeGreaterThan(40)
    expect(distanceToContactLineKm(48.95, 38.49)).toBeGreaterThan(20)
  })
})

describe('a shared name means the village on the line', () => {
  it.each([
    ['A minibus ran over a mine outside Novomykhailivka, police said.', 'Novomykhailivka', '2016-03-02', 47.86, 37.49],
    ['Two servicemen were wounded by sniper fire near Novomykhaylivka.', 'Novomykhailivka', '2020-11-20', 47.86, 37.49],
    ['Drone footage shows a tank burning at the edge of Novomykhailivka.', 'Novomykhailivka', '2022-05-20', 47.86, 37.49],
    ['Russian troops were filmed at the station in Komyshuvakha.', 'Komyshuvakha', '2022-06-05', 48.70, 38.43],
  ])('%s', (text, name, date, lat, lon) => {
    const p = placeOf(text, name, date)
    expect(p).toBeDefined()
    expect(distanceKm(p!.lat, p!.lon, lat, lon)).toBeLessThan(12)
  })
})

describe('what it leaves alone', () => {
  it('a region named after the village still decides', () => {
    const p = placeOf('Shelling hit Komyshuvakha, Zaporizhzhia region, on Monday.', 'Komyshuvakha', '2022-06-05')
    expect(p?.admin1).toBe('Zaporizhzhia Oblast')
  })
  it('a town with no namesake far from the line stays itself', () => {
    expect(placeOf('A rally was held in Kramatorsk.', 'Kramatorsk', '2018-05-09')).toBeDefined()
  })
  it('a town of the name stays the town, far as it is from the line', () => {
    const p = placeOf('Shells hit the hospital in Lyman.', 'Lyman', '2022-05-25')
    expect(p?.admin1).toBe('Donetsk Oblast')
    expect(distanceKm(p!.lat, p!.lon, 48.99, 37.81)).toBeLessThan(10)
  })
  it('reports after the front left the line are not moved by it', () => {
    const later = placeOf('Shelling damaged houses in Troitske overnight.', 'Troitske', '2025-08-10')
    const undated = geoparseText('Shelling damaged houses in Troitske overnight.', g).value.find((p) => p.name === 'Troitske')
    expect(later?.id).toBe(undated?.id)
  })
})
