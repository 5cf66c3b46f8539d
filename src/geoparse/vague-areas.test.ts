// A report naming no place but the part of the country the war was in ("killed in eastern Ukraine", "in the
// ATO zone", "In the south, …") gets that area at the point UCDP GED codes it (vague-areas.ts); one naming a
// place keeps it, and "the conflict zone" is Donbas only before the invasion. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { distanceKm } from './index.js'
import { placeVagueAreas } from './vague-areas.js'

const DONBAS = [48.15, 38.65] as const
const SOUTH = [47.33, 33.57] as const
const area = (text: string, publishedAt: string | null = '2018-06-01', places: readonly Place[] = []) => {
  const got = placeVagueAreas(text, places, publishedAt)
  return got.length > places.length ? got[got.length - 1]! : null
}
const near = (p: Place | null, [lat, lon]: readonly [number, number]) => p !== null && distanceKm(p.lat, p.lon, lat, lon) < 5

describe('the east and the operation zone are Donbas', () => {
  it.each([
    'Two soldiers were killed in eastern Ukraine on Tuesday.',
    'A medic died in the separatist east, the army said.',
    "Shelling resumed in Ukraine's war-torn east overnight.",
    'Daily update, east of Ukraine, as of the morning of 3 May',
    'One serviceman wounded in the ATO zone',
    'A soldier was killed in the anti-terrorist operation area.',
    'Militants opened fire 12 times in the JFO area over the day.',
    'Двоє військових загинули на сході України.',
    'В зоне АТО погиб военнослужащий.',
  ])('%s', (text) => {
    const p = area(text)
    expect(p?.id).toBe('area:donbas')
    expect(near(p, DONBAS)).toBe(true)
    expect(text.slice(p!.span[0], p!.span[1])).toBe(p!.mention)
  })
})

describe('the conflict zone and the front line are Donbas before 24 February 2022 only', () => {
  it.each(['A soldier was killed by a mine in the conflict zone.', 'Two servicemen were wounded on the front line.', 'Обстріли тривали вздовж лінії зіткнення.'])('%s', (text) => {
    expect(area(text, '2019-03-01')?.id).toBe('area:donbas')
    expect(area(text, '2022-06-01')).toBeNull()
  })
})

describe('the south is southern Ukraine', () => {
  it.each([
    'In the south, the defence forces struck 14 enemy positions.',
    'South: artillery hit two ammunition depots',
    'Operational Command "South" reported 30 invaders killed.',
    'Fighting continued in southern Ukraine.',
    'На півдні Сили оборони знищили два склади.',
  ])('%s', (text) => {
    const p = area(text, '2022-08-01')
    expect(p?.id).toBe('area:southern-ukraine')
    expect(near(p, SOUTH)).toBe(true)
  })
})

describe('no area', () => {
  it.each([
    'Troops moved east of the river.',
    'Talks on the Middle East resumed.',
    'The southern outskirts were shelled.',
    'Losses of the war so far, a summary',
    'A drone fell in the south-west of the region.',
  ])('%s', (text) => expect(area(text, '2022-08-01')).toBeNull())

  it('when the text names a place finer than the country, the area adds nothing', () => {
    const town: Place = { mention: 'Avdiivka', span: [0, 8], id: 't:avdiivka', name: 'Avdiivka', admin1: 'Donetsk Oblast', country: 'UA', lat: 48.14, lon: 37.75, kind: 'settlement', confidence: 1, alternatives: [] }
    expect(area('Avdiivka shelled again in eastern Ukraine', '2018-06-01', [town])).toBeNull()
  })

  it('a country named beside the area does not stop it', () => {
    const country: Place = { mention: 'Ukraine', span: [30, 37], id: 'country:UA', name: 'Ukraine', admin1: null, country: 'UA', lat: 49, lon: 32, kind: 'country', confidence: 1, alternatives: [] }
    expect(area('Two soldiers killed in eastern Ukraine', '2018-06-01', [country])?.id).toBe('area:donbas')
  })
})
