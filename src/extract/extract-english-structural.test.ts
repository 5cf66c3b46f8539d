import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 12 English recall: structural gaps rather than new verbs. A claim lost after an opening
// "According to X," whose apposition ran to the end of the sentence; events told by their result
// with the actor elsewhere; pronoun and partitive objects; area figures and shares without a verb;
// forecasts told as an expectation. Our own sentences, in the styles of wire copy, features and
// area analyses; none is taken from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality']; quantity?: { value: number; unit: string } | null; speaker?: string | null }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-structural', text, lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, quantity: c.quantity ? { value: c.quantity.value, unit: c.quantity.unit } : null, speaker: c.speaker.name }))
}

describe('a sentence opening "According to X," keeps its claim', () => {
  it.each<[string, Row[]]>([
    // the apposition regex took the whole rest of the sentence for a description of the speaker
    ['According to the mayor, a glide bomb slammed into a school in Kramatorsk.', [{ kind: 'strike', actorSide: 'RU', speaker: 'mayor' }]],
    ['According to the governor, a drone careened into a warehouse in Sumy.', [{ kind: 'strike', actorSide: 'RU', speaker: 'governor' }]],
    ['On Sunday, according to the regional governor, a missile plunged into a depot in Poltava.', [{ kind: 'strike' }]],
    // an "apposition" with a verb of its own is a clause
    ['According to the brigade, the Russians are now about three kilometres short of Lyman, the rail hub.', [{ kind: 'advance', actorSide: 'RU' }]],
    // a real apposition closed by a comma stays the speaker's description
    ['According to Vadym Filashkin, the head of the regional administration, Russian troops shelled Kramatorsk.', [{ kind: 'strike', actorSide: 'RU', speaker: 'Vadym Filashkin' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('pronoun and partitive objects', () => {
  it.each<[string, Row[]]>([
    ['Russian drones attacked Odesa overnight. Air defence units shot down 40 of them.', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike', quantity: { value: 40, unit: 'other' } }]],
    ['Russian drones swarmed over Mykolaiv before dawn. Air defence destroyed most of them.', [{ kind: 'strike' }, { kind: 'strike' }]],
    ['Russian tanks tried to ford the river near Kupiansk. Our drone crews burned three of them.', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'casualties', quantity: { value: 3, unit: 'other' } }]],
    ['Russian troops took two of the three villages near Velyka Novosilka.', [{ kind: 'capture', actorSide: 'RU', quantity: { value: 2, unit: 'other' } }]],
    ['Ukrainian marines seized both hamlets on the left bank last week.', [{ kind: 'capture', actorSide: 'UA' }]],
    // the part, not the whole, is the figure
    ['Ukraine\'s air force said it had shot down 61 of the 75 drones launched overnight.', [{ kind: 'strike', quantity: { value: 61, unit: 'other' } }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('events told by their result, the actor told elsewhere', () => {
  it.each<[string, Row[]]>([
    ['Russian shelling pounded Nikopol again on Sunday. The library lost its roof.', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike' }]],
    ['Drones circled over the district all night. Yesterday they got the pharmacy on our corner.', [{ kind: 'strike' }]],
    ['A Russian missile struck Izium on Sunday. The bakery is gone.', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike' }]],
    ['Russian troops did, however, work their way roughly 2.5 kilometers into the town\'s western suburbs.', [{ kind: 'advance', actorSide: 'RU', quantity: { value: 2.5, unit: 'km' } }]],
    ['Russian infantry moved up the railway embankment south of Lyman.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian soldiers were clearing a trench line east of Yampil on Monday.', [{ kind: 'advance', actorSide: 'UA' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('area figures and shares without a verb of their own', () => {
  it.each<[string, Row[]]>([
    ['Russian forces took about 290 sq km in June, up from May\'s 210 sq km.', [{ kind: 'area-change', actorSide: 'RU', quantity: { value: 290, unit: 'km2' } }, { kind: 'area-change', actorSide: 'RU', quantity: { value: 210, unit: 'km2' } }]],
    ['Russia has taken 2,870 sq km since January. For the same months of 2024 the figure was 2,110 sq km.', [{ kind: 'area-change', actorSide: 'RU' }, { kind: 'area-change', actorSide: 'RU', quantity: { value: 2110, unit: 'km2' } }]],
    ['Russia now occupies 18.6 per cent of Ukraine, compared with 18.1 per cent a year ago.', [{ kind: 'control', actorSide: 'RU' }, { kind: 'control', actorSide: 'RU', quantity: { value: 18.1, unit: 'percent' } }]],
    ['Moscow controls 19.2 per cent of the country and roughly two-thirds of Kherson province.', [{ kind: 'control', actorSide: 'RU' }, { kind: 'control', actorSide: 'RU' }]],
    ['Russian forces hold roughly a fifth of the oblast, the analysts said.', [{ kind: 'control', actorSide: 'RU' }]],
    ['Some 95 sq km, almost a third of the total, lay around Kostiantynivka.', [{ kind: 'area-change' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('settlements taken told in a relative clause, coordinated shares, both sides contesting', () => {
  it.each<[string, Row[]]>([
    ['The footage was filmed in Vuhledar, a town Russian forces took in 2024.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Moscow holds 18.9% of Ukraine, and 79% of Luhansk oblast.', [{ kind: 'control', actorSide: 'RU' }, { kind: 'control', actorSide: 'RU', quantity: { value: 79, unit: 'percent' } }]],
    ['Russian troops took 1,480 sq km in the first half, against about 1,120 sq km a year earlier.', [{ kind: 'area-change', actorSide: 'RU' }, { kind: 'area-change', actorSide: 'RU', quantity: { value: 1120, unit: 'km2' } }]],
    ['Russian units gained 310 sq km in April. Almost a quarter of the month\'s gains came in Kharkiv oblast.', [{ kind: 'area-change', actorSide: 'RU' }, { kind: 'area-change', actorSide: 'RU' }]],
    ['Russian artillery shelled the area all night. Both sides are still contesting the hamlet, a brigade officer said.', [{ kind: 'strike' }, { kind: 'control', actorSide: null }]],
    ['Heavy battles near the grain elevator are still going on, the brigade said.', [{ kind: 'control', actorSide: null }]],
    ['Overnight a Russian drone set a warehouse on the port\'s eastern edge ablaze.', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('forecasts told as an expectation', () => {
  it.each<[string, Row[]]>([
    ['Russian units have massed east of Siversk, and the colonel expects the main blow to fall on the town.', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Russian assault groups probed the tree lines all week. "We expect a big mechanised push before the frost," the company commander said.', [{ kind: 'assault' }, { kind: 'assault', modality: 'expected' }]],
    ['Russia is likely to try again near Stepnohirsk, the analyst said.', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['The spokesman expects the Russians to turn their drones on the port\'s terminals next month.', [{ kind: 'strike', actorSide: 'RU', modality: 'expected' }]],
    ['Analysts anticipate a fresh Russian offensive toward Orikhiv in the spring.', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('the same shapes in everyday English are no claim', () => {
  it.each<string>([
    'The barn lost its roof in the storm.',
    'The team lost its way in the forest.',
    'We got the keys to the house yesterday.',
    'They got the house cheap in 2019.',
    'The old bakery is gone, replaced by a bank.',
    'She ate half of the cake.',
    'Petrol prices are down from last year\'s 60 per cent rise.',
    'The forest covers 4,000 sq km, down from 5,200 sq km in 1990.',
    'The figure was 40 per cent higher than expected, the bank said.',
    'The next blow to the economy will fall on pensioners.',
    'I expect a big push from the marketing team before Christmas.',
    'They will try again next year to win the cup.',
    'The price moved up the table after the results.',
    'A man walked down the street with his dog.',
    'The children took two of the three cakes home.',
    'He looked at the photos the tourists took.',
    'The boy set the bonfire alight.',
    'Sales rose 12 per cent, against 9 per cent a year earlier.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([])
  })
})
