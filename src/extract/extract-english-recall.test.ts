import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 11 English recall classes: evacuations told as an order or a getting-out, small advances told
// by their distance or a hedge, probing and forces coming again, a capture declared, an area added,
// a tally of attacks on settlements, attempts with their count, and the everyday sentences of the
// same shape that are no claim. Our own sentences, in the styles of wire copy and features.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-recall', text, lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('English event phrasings of round 11 are claims of their kind', () => {
  it.each<[string, Row[]]>([
    // evacuation told as an order, or as civilians getting out of a place
    ['Households with elderly members in four villages near the Siverskyi Donets have been told they must leave, the governor said.', [{ kind: 'evacuation' }]],
    ['Residents of Borova were told to go, the regional administration said.', [{ kind: 'evacuation' }]],
    ['About 90 villagers made it out of Kurylivka on Sunday, volunteers said.', [{ kind: 'evacuation' }]],
    ['Some 35 children were moved out of the border villages of Sumy region overnight.', [{ kind: 'evacuation' }]],
    // small advances: a distance between the verb and its direction; a hedged distance from "us"
    ['Russian units edged some 500 meters north of Ivanivka, geolocated footage shows.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian forces crept about two kilometers closer to Tokmak in the past week.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['"The Russians are perhaps four kilometers from us," a platoon commander said.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian assault groups are pressing on towards the railway station at Lyman, a spokesman said.', [{ kind: 'advance', actorSide: 'RU' }]],
    // attacks: probing lines, coming again in force (a forecast), tried N times
    ['Russian infantry have been probing Ukrainian positions around Novoiehorivka for days.', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Russian troops will return in greater strength once the rivers freeze, a Ukrainian officer predicted.', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Russian troops tried 17 times to break through near Bilytske.', [{ kind: 'assault', actorSide: 'RU' }]],
    // a capture declared, ground put out of a whole village, an area to be added
    ['The Russian Defence Ministry declared Novoserhiivka, a hamlet in Dnipropetrovsk region, liberated.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Ukrainian paratroopers have driven the Russians out of Stepova Novoselivka altogether.', [{ kind: 'capture', actorSide: 'UA' }]],
    ['At that pace Russian forces would add another 600 sq km before the end of the year.', [{ kind: 'area-change', actorSide: 'RU', modality: 'expected' }]],
    // a governor's tally of attacks on settlements is shelling
    ['Russian forces carried out 388 attacks on 12 settlements in Kherson region over the past day.', [{ kind: 'strike', actorSide: 'RU' }]],
    // where a share of the gains lay, and the advance of its where-clause; lines and positions retaken
    ['About two-thirds of July\'s gains came in Donetsk oblast, where Russian units reached the outskirts of Rodynske.', [{ kind: 'area-change' }, { kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian troops recaptured two trench lines south of Prymorske.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian infantry worked its way along a gully into the eastern edge of Yampil.', [{ kind: 'advance', actorSide: 'RU' }]],
    // equipment destroyed by a force is a loss
    ['His drone operators have destroyed more than 40 Russian motorcycles and quad bikes near the town this month.', [{ kind: 'casualties' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('the same shapes in everyday English are no claim', () => {
  it.each<string>([
    'The family drove out of the city on Friday.',
    'Commuters got out of the train at the last stop.',
    'Residents were told to go to the shelters when the sirens sounded.',
    'They pushed a few hundred meters of cable through the duct.',
    'The engineers probed the causes of the outage.',
    'The new tariff rules will come into force in January.',
    'The committee declared the matter taken care of.',
    'The shop added 40 sq km of storage space to its network.',
    'Prices came down on Friday.',
    'The team took out a loan to rebuild the stands.',
    'She went after the record and missed it.',
    'The stray dogs were driven off by the guards.',
    'Most of the gains came in technology stocks.',
    'Half of it was in Kyiv, the rest in Lviv.',
    'The champion regained her form in the final set.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([])
  })
})
