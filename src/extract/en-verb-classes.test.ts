import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, English events found by the verb's semantic class (lexicon/en-verb-classes.ts) and its
// arguments (lexicon/en-frames.ts, "Verb classes"): any verb of repelling with an attack as its
// object, of taking with a settlement, of giving up ground with a force as its subject, of hurting
// with people. Our own sentences, in no gold file, varied in tense, voice and particle position; each
// class has everyday sentences with the same verbs that must stay no claim.

type Row = { kind: Claim['kind']; side: Claim['actorSide']; modality: Claim['modality'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-verb-classes', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, modality: c.modality }))
}

function expectKind(text: string, kind: Claim['kind'], side?: Claim['actorSide']): void {
  const rows = claimsOf(text)
  const hit = rows.find((c) => c.kind === kind)
  expect(hit, `${kind} in ${text}: ${JSON.stringify(rows)}`).toBeDefined()
  if (side !== undefined) expect(hit!.side, text).toBe(side)
}

describe('a verb of repelling with an attack as its object is the repulse', () => {
  it.each<[string, Claim['actorSide']]>([
    ['Ukrainian marines parried two Russian counter-thrusts near Krynky overnight.', 'UA'],
    ['The Ukrainian brigade rebuffed four assaults on Velyka Novosilka.', 'UA'],
    ['Ukrainian troops have warded off an enemy attack near Kurakhove.', 'UA'],
    ['Ukrainian defenders staved off a Russian attempt to cross the Oskil river.', 'UA'],
    ['Russian forces had frustrated a Ukrainian counteroffensive near Tetkino, the ministry said.', 'RU'],
    ['Ukrainian units stemmed a mechanised Russian push toward Myrnohrad.', 'UA'],
    ['Ukrainian soldiers withstood wave after wave of Russian infantry near Chasiv Yar.', 'UA'],
    ['Ukrainian paratroopers held the attackers off near Toretsk for six hours.', 'UA'],
    ['Ukrainian troops shrugged off three Russian sorties near Lyman.', 'UA'],
  ])('%s', (text, side) => expectKind(text, 'repelled', side))

  it('in the passive, the attack is the subject', () => {
    expectKind('Both Russian counter-thrusts were parried near Hlushkivka, the brigade said.', 'repelled')
    expectKind('The enemy onslaught on Novopavlivka was checked by Ukrainian artillery.', 'repelled')
  })

  it('a push toward a place is an attack even without a side', () => {
    expectKind('Russian units hold the ridge. “Last month we fended off a push toward Bilytske,” the sergeant said.', 'repelled')
  })

  it('the rejecting sense of the verb does not make the repulse a denial', () => {
    const rows = claimsOf('The Ukrainian garrison rebuffed five Russian assaults on Siversk.')
    expect(rows.find((c) => c.kind === 'repelled')?.modality).toBe('asserted')
  })

  it('a force pushed back is the pusher’s ground, not a repulse (gold convention 5)', () => {
    const kinds = claimsOf('Ukrainian troops pushed the occupiers back from the tree line near Stupochky.').map((c) => c.kind)
    expect(kinds).not.toContain('repelled')
  })

  it.each([
    'The company rebuffed a takeover bid from its largest rival.',
    'The goalkeeper parried two shots in the first half.',
    'The minister fended off questions about the budget.',
    'Regulators thwarted an attempt to merge the two banks.',
    'The union beat back an effort to cut wages.',
    'She warded off a cold with lemon tea.',
    'The mayor brushed off criticism of the new tram line.',
  ])('no attack, no repulse: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'repelled')).toEqual([])
  })
})

describe('a verb of taking with a settlement as its object is the capture', () => {
  it.each<[string, Claim['actorSide']]>([
    ['Russian troops grabbed the village of Novohryhorivka on Monday.', 'RU'],
    ['Moscow’s forces snatched Tarasivka after a week of fighting.', 'RU'],
    ['Russian units have secured the settlement of Dachne, the ministry said.', 'RU'],
    ['Russian forces won control of Hryhorivka, the ministry claimed.', 'RU'],
    ['Ukrainian troops freed the village of Kopanky, the brigade said.', 'UA'],
  ])('%s', (text, side) => expectKind(text, 'capture', side))

  it('part of a town taken is ground gained in it', () => {
    const kinds = claimsOf('Russian troops grabbed the railway station in Kupiansk-Vuzlovyi.').map((c) => c.kind)
    expect(kinds).toContain('advance')
    expect(kinds).not.toContain('capture')
  })

  it.each([
    'The team snatched a late win in Lviv.',
    'The party secured Kyiv’s backing for the reform.',
    'The startup grabbed a bigger share of the market.',
    'Russian troops tried to grab the village of Novoselivka, the brigade said.',
    'They take a tree line, lose it, and take it again.',
    'Ukrainian drones took out a Russian radar near Svatove.',
  ])('no settlement taken: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'capture')).toEqual([])
  })
})

describe('a verb of giving up ground with a force as its subject is the withdrawal', () => {
  it.each<[string, Claim['actorSide']]>([
    ['Ukrainian troops vacated their positions on the southern edge of Pishchane.', 'UA'],
    ['The Ukrainian garrison quit the town of Kurakhove after a month of encirclement.', 'UA'],
    ['Ukrainian units decamped from the village of Dalne overnight.', 'UA'],
    ['Russian troops fled the village of Kozacha Lopan as the counterattack began.', 'RU'],
  ])('%s', (text, side) => expectKind(text, 'withdrawal', side))

  it('soldiers who surrendered are losses of their side (gold convention 57)', () => {
    expectKind('Four Russian soldiers surrendered near Vovchansk on Thursday.', 'casualties')
  })

  it.each([
    'The family left the village in search of work.',
    'He quit the company in March.',
    'The minister withdrew from the race on Friday.',
    'The startup pulled out of the deal.',
    'Investors fled the bond market.',
    'He did concede that the Russians had pushed into the village.',
  ])('no force giving up ground: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'withdrawal')).toEqual([])
  })
})

describe('a verb of hurting with people as its object is a toll', () => {
  it.each([
    'A Russian glide bomb maimed two teenagers in Kupiansk.',
    'Russian shelling cut down three men at a bus stop in Kherson.',
    'Two rescuers were hurt in Sumy when the drone returned.',
  ])('%s', (text) => expectKind(text, 'casualties'))

  it.each([
    'The storm hurt farmers across the region.',
    'The scandal hurt the minister’s ratings.',
  ])('no war, no toll: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'casualties')).toEqual([])
  })
})

describe('a verb of arriving with a place’s edge or part as its object is the advance', () => {
  it.each<[string, Claim['actorSide']]>([
    ['Russian troops touched the outskirts of Siversk last week, the spokesman said.', 'RU'],
    ['Russian infantry neared the southern fringes of Kostiantynivka on Sunday.', 'RU'],
    ['Ukrainian paratroopers crested the heights above Klishchiivka.', 'UA'],
    ['Russian assault groups have breached the eastern perimeter of the town of Toretsk.', 'RU'],
    ['Russian troops have forced an entry into the northern districts of Pokrovsk.', 'RU'],
    ['Ukrainian infantry cleared a row of houses near the grain elevator in Kupiansk.', 'UA'],
  ])('%s', (text, side) => expectKind(text, 'advance', side))

  it.each([
    'The tourists neared the outskirts of Lviv by noon.',
    'The hikers touched the edge of the forest near Lviv.',
    'Ukrainian troops took up defensive positions near Pokrovsk.',
    'Ukrainian sappers cleared mines from the road near Izium.',
  ])('no force arriving: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'advance')).toEqual([])
  })
})
