import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// English argument frames (lexicon/en-frames.ts): events told in verbs the lexicon does not list,
// decided by the frame around the verb (a force as subject, a directional particle, a place as
// object; a destruction verb on equipment; munitions delivered onto a target; an attempt noun with
// its target), in every tense, aspect and voice; and the everyday look-alikes (shoppers, fans, firms,
// economies, sports teams, protesters, delegations) that must stay no event. Our own sentences.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-frames', text, lang: 'en', publishedAt: '2026-10-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('a force moving into, through or up to a place advances, whatever its verb', () => {
  it.each<[string, Row[]]>([
    ['Russian paratroopers are streaming into the industrial zone of Siversk, the brigade said.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian infantry slogged through the tree line south of Robotyne on Tuesday.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian troops will likely edge up to the Oskil river this week.', [{ kind: 'advance', actorSide: 'RU', modality: 'expected' }]],
    ['Russian assault teams had burrowed past the water tower toward Pokrovsk.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['They said Russian units have been trickling along the highway, and they have now waded into the outskirts of Kupiansk.', [{ kind: 'advance', actorSide: 'RU' }, { kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('a force putting another out of a place or back over a line (gold convention 5)', () => {
  it.each<[string, Row[]]>([
    // out of a whole settlement: the pusher's capture; out of houses or positions: its advance
    ['Ukrainian paratroopers booted the occupiers out of Kamianka on Sunday.', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Ukrainian stormtroopers have smoked Russian infantry out of three houses in the western quarter.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian troops were hounded out of the village, the brigade said.', [{ kind: 'capture', actorSide: 'UA' }]],
    // pushed back over a line: the pusher's advance; gone back by itself: the mover's withdrawal
    ['Ukrainian units harried the Russians back over the Vovcha river.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['The Russian infiltrators were hounded back across the river by Ukrainian marines.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian troops scurried back behind the railway embankment.', [{ kind: 'withdrawal', actorSide: 'RU' }]],
    // after the pushed side's own attempt: the attempt repelled
    ['Russian troops tried to cross the Oskil near Kupiansk, but Ukrainian marines hustled them back across the river.', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('destruction of equipment is a loss; of drones in flight, the strike intercepted', () => {
  it.each<[string, Row[]]>([
    ['Ukrainian naval drones sank a Russian landing craft near the Kinburn spit.', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Russian gunners had wrecked two Ukrainian howitzers near Kupiansk.', [{ kind: 'casualties', actorSide: 'RU' }]],
    ['The battalion’s drone operators are bagging three Russian armoured vehicles a day.', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Three Russian tanks were incinerated near Pokrovsk.', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Ukrainian gunners zapped 15 Russian drones over Sumy overnight.', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('munitions delivered onto a target are a strike, by any verb', () => {
  it.each<[string, Row[]]>([
    ['Russian forces lobbed 40 mortar rounds at Nikopol overnight.', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Moscow rained 97 shells on the region on Sunday.', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Russian troops have been peppering Kherson’s suburbs with cluster munitions.', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('attacks named by their attempt or by the force thrown, and attacks told as failing', () => {
  it.each<[string, Row[]]>([
    ['Analysts expect Russian commanders to throw two brigades at Huliaipole next month.', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['Kyiv expects Moscow to make a third attempt on Vovchansk before winter.', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    // gold convention 13: a failure told alone is the attacker's assault; after the attack, part of it
    ['The Russian assault groups got nowhere near Andriivka on Tuesday.', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Russian troops attacked Andriivka four times, and the Russians got nowhere.', [{ kind: 'assault', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('civilians leaving a place is an evacuation', () => {
  it.each<[string, Row[]]>([
    ['Some 200 families departed Borova over the weekend.', [{ kind: 'evacuation', actorSide: null }]],
    ['Since Monday, 46 residents have left the riverside villages with the help of volunteers.', [{ kind: 'evacuation', actorSide: null }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('the same verbs in everyday senses are no claim', () => {
  it.each([
    'Shoppers poured into the new mall on Saturday.',
    'Fans streamed into the stadium before kick-off.',
    'The firm expanded into Poland last year.',
    'The striker drove the ball past the goalkeeper.',
    'Ukraine’s economy sank into recession.',
    'Shares sank two points on Monday.',
    'The Ukrainian team bounced back from a heavy defeat.',
    'Protesters hurled petrol bombs at police.',
    'The Ukrainian delegation got nowhere in Geneva.',
    'Voters sent the party back into opposition.',
    'Residents moved into shelters as sirens sounded.',
    'Volunteers rescued two soldiers out of the rubble of the town hall.',
    'Ukraine’s partners supplied the brigade with missiles.',
    'An attempt on Zelensky’s life was the talk of Kyiv.',
    'Kyiv is preparing a bid for EU membership.',
    'Residents left flowers at the memorial.',
    'Tourists escaped the heat of the city.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([])
  })
})
