import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 17: English ground claims told without an event verb (lexicon/en-states-and-nouns.ts): a
// place's state of control after a copula, a place passing to a side, ground that keeps changing
// hands, the noun of a loss or of gains with where they were; counts of drones brought down told in
// the passive after the drones were named; shares of a month's gains told by a pronoun. Our own
// sentences, in the styles of wire copy, analysis and interviews; the negatives are the same shapes
// in everyday English or in war reporting that tells no such claim.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-states', text, lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('states of control after a copula are control claims', () => {
  it.each<[string, Row[]]>([
    ['Local officials say the hamlet of Dvorichne is Russian-held, though patrols still reach it.', [{ kind: 'control', actorSide: 'RU' }]],
    ['A brigade spokesman insisted that Novoiehorivka remained Ukrainian-held on Thursday.', [{ kind: 'control', actorSide: 'UA' }]],
    ['According to the governor, Bohodukhivka has been Ukrainian-controlled since the summer.', [{ kind: 'control', actorSide: 'UA' }]],
    ['The mapping group said Torske has been Russian since early October.', [{ kind: 'control', actorSide: 'RU' }]],
    ['After the counterattack, Sobolivka is Ukrainian again, the commander said.', [{ kind: 'control', actorSide: 'UA' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('a place passing to a side is its capture', () => {
  it.each<[string, Row[]]>([
    ['The ministry said Bilohorivka had passed to Russian forces after a week of street battles.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['By Sunday the village of Novomlynsk had gone back to Ukrainian control, the brigade said.', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Officials confirmed that Kruhliakivka passed into Russian hands overnight.', [{ kind: 'capture', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('ground that keeps changing hands is contested (control with no actor)', () => {
  it.each<[string, Row[]]>([
    ['Soldiers near Stepnohirsk say the farm buildings have changed hands three times since Monday.', [{ kind: 'control', actorSide: null }]],
    ['Officers said the hamlet of Bilenke has swapped hands repeatedly this month.', [{ kind: 'control', actorSide: null }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('the noun of a loss or of gains names the event', () => {
  it.each<[string, Row[]]>([
    ["Analysts called Ukraine's loss of Vuhledar in 2024 a turning point in the south.", [{ kind: 'capture', actorSide: 'RU' }]],
    ["Moscow's loss of Robotyne in August 2023 was short-lived.", [{ kind: 'capture', actorSide: 'UA' }]],
    ["Kyiv's loss of three villages south of Velyka Novosilka was confirmed on Monday.", [{ kind: 'capture', actorSide: 'RU' }]],
    ["The brigade's loss of two forward positions near Lyptsi was confirmed by its commander.", [{ kind: 'advance' }]],
    ['Russian gains near Siversk slowed in the autumn rains, the institute said.', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('interceptions counted in the passive after the drones are named', () => {
  it.each<[string, Row[]]>([
    ['Russia launched 140 drones at Ukraine overnight. Of those, 112 were neutralised, the air force said.', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike', actorSide: 'RU' }]],
    ['Ukrainian air defences took out 22 of 25 cruise missiles, the air force said.', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Russia launched 95 Shahed drones at the south overnight. Ukrainian air defence destroyed 81.', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('shares of gains told by a pronoun are area claims', () => {
  it.each<[string, Row[]]>([
    ['Russian forces took about 500 square kilometres in September. Most of that came in Donetsk oblast.', [{ kind: 'area-change', actorSide: 'RU' }, { kind: 'area-change' }]],
    ['Russia added 380 sq km last month; roughly half of those gains were around Pokrovsk.', [{ kind: 'area-change', actorSide: 'RU' }, { kind: 'area-change' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('air attacks told by their count or their impact sites', () => {
  it.each<[string, Row[]]>([
    ['Overnight Russia sent 86 Shahed-type drones and four cruise missiles, the air force said.', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Russian forces attacked with 60 drones overnight. Hits were logged at seven locations in Sumy region, the air force added.', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'strike', actorSide: 'RU' }]],
    ['Air defence units worked through the night against Russian drones; debris came down at three sites in Kyiv region.', [{ kind: 'strike' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('a force present in a place, a place back in a side\'s hands, a retaking verb with "back"', () => {
  it.each<[string, Row[]]>([
    ['Geolocated footage suggests Russian infantry are now inside the northern quarter of Myrnohrad.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['By Friday Ukrainian troops were in the centre of Kamianka, the brigade said.', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Russian troops have a tenuous foothold on the western bank near Kozacha Lopan.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian assault groups have established themselves in the southern part of Bilytske.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian paratroopers got as far as the grain elevator in Dachne before nightfall.', [{ kind: 'advance' }]],
    ['A drone video showed Zelene Pole back in Russian hands on Tuesday.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['The commander said his troops won back the hamlet of Nova Kruhliakivka overnight.', [{ kind: 'capture' }]],
    ['Russian units have absorbed two more villages west of Kurakhove, the ministry said.', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Ukrainian brigades pressed south towards Tokmak along the highway, the general staff said.', [{ kind: 'advance', actorSide: 'UA' }]],
    ["In Luhansk region, Kyiv's share has shrunk to under one percent.", [{ kind: 'control', actorSide: 'UA' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })
})

describe('a bare count is a loss when no drones or missiles were told before it', () => {
  it('Ukrainian gunners destroyed 14 in a night, of Russian tanks told before', () => {
    expect(claimsOf('Russian tanks attacked near Pokrovsk at dawn. Ukrainian gunners destroyed 14 before noon.').map((r) => r.kind)).not.toContain('strike')
  })
})

describe('the same shapes in everyday English or without a ground claim are none', () => {
  it.each<string>([
    'The crew of the cargo ship was Russian.',
    'The restaurant has changed hands twice since it opened in Lviv.',
    'The house changed hands for a record price.',
    'The loss of Western support would hurt Kyiv, the senator said.',
    'The loss of power lasted six hours in Odesa.',
    'Shares in the company posted gains around midday in London.',
    'The estate passed to his daughter in 2019.',
    'The old factory went back to its owners after the lawsuit.',
    'Most of that came from private donors in Canada.',
    'Germany sent 300 reconnaissance drones to Ukraine in the spring.',
    'The startup sent 40 drones for certification in Kyiv.',
    'The company has a presence in Lviv and Warsaw.',
    'Scouts found no trace of Russian troops inside the woods near Lyman.',
    'The delegates were in the centre of Kyiv for the talks.',
    'The company absorbed two smaller rivals in Kharkiv last year.',
    'Lawmakers pressed west European governments for more aid.',
    'Their market share has shrunk to a fifth in Odesa.',
    'The keys are back in their hands, the landlord in Lviv said.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([])
  })
})
