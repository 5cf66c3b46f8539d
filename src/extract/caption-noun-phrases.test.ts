import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 20: captions of geolocated footage as the war monitors write them, verbless noun phrases that
// tell an event by its result (lexicon/en-caption-frames.ts). What was hit decides the kind: military
// equipment put out of action is `casualties` (75, 101), a building, a bridge or a ship a `strike`; a side
// named on what was hit owns it, the other side did it. Sentences of our own, in no gold file.
function claims(text: string, outlet = 'CIR'): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a noun of damage opens the caption', () => {
  it.each([
    'Damage to a kindergarten in Kharkiv',
    'Severe damage to the regional administration building',
    'heavy damage on the roof of the sports hall',
    'Destruction of the city library in Chernihiv',
    'Widespread destruction around the central market',
    'Video 3: destruction in the old town of Rubizhne',
    'Drone footage of extensive damage to apartment blocks',
    'Satellite imagery shows further destruction of warehouses in Irpin',
  ])('%s is a strike', (text) => {
    expect(claims(text)).toEqual([{ kind: 'strike', side: null }])
  })

  it.each([
    ['Destruction of a Russian T-80 tank near Husarivka', 'UA'],
    ['Destruction of two Ukrainian self-propelled howitzers', 'RU'],
  ])('%s is a loss, the other side\'s doing', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })

  it.each([
    'No damage to the dam was reported',
    'Damage assessment teams arrived in the morning',
    'Residents inspected the damage to their flats',
  ])('%s tells no event', (text) => {
    expect(claims(text, 'Some wire')).toEqual([])
  })

  it('a strike word in the same caption carries the event: one claim', () => {
    expect(claims('Damage to a shopping centre after a missile strike').map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('a participle of damage before or after what it tells of', () => {
  it.each([
    'Destroyed residential buildings',
    'Damaged clinic',
    'Image 1: shelled apartment block in Saltivka',
    '0:04-0:21 destroyed bridge over the river',
    'Bridge destroyed near Bilohorivka',
    'Gymnasium No. 12 in Mariupol completely destroyed',
    'Railway station heavily damaged by shelling',
  ])('%s is a strike', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it.each([
    ['Burnt-out Russian BMP-2', 'UA'],
    ['Two destroyed Russian tanks on the highway', 'UA'],
    ['Captured Russian armoured vehicles', 'UA'],
    ['Ukrainian T-64 tank destroyed near Lyman', 'RU'],
    ['Russian Tigr vehicle captured by Ukrainian troops', 'UA'],
    ['Destroyed Ukrainian fighter jet at the airbase', 'RU'],
  ])('%s is a loss by the side that does not own it', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })

  it.each([
    'Burning house on the edge of the village',
    'Captured school principal speaks to reporters',
    'Rescuers pulled debris off a burned-out trolleybus',
  ])('%s tells no caption event', (text) => {
    expect(claims(text, 'Some wire')).toEqual([])
  })

  it('a force before the participle makes it a verb, not a passive', () => {
    expect(claims('Russian forces destroyed a bridge near Staryi Saltiv')).toEqual([{ kind: 'strike', side: 'RU' }])
  })
})

describe('impacts, explosions and fires at sites', () => {
  it.each([
    'Crater next to the school',
    'Artillery craters in a field outside the village',
    'Arrivals at the House of Culture',
    'Explosions at the airfield',
    'Large fire at an oil depot',
    'Smoke rising from the fuel storage',
    'Russian landing ship burning in the port',
  ])('%s is a strike', (text) => {
    expect(claims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it('burning equipment of a side is its loss', () => {
    expect(claims('Several Ukrainian armoured vehicles on fire')).toEqual([{ kind: 'casualties', side: 'RU' }])
  })

  it.each(['Fire at a restaurant in the city centre', 'The impact of sanctions on the economy', 'Ukrainian soldiers under fire'])('%s is no strike', (text) => {
    expect(claims(text, 'Some wire').filter((c) => c.kind === 'strike')).toEqual([])
  })
})
