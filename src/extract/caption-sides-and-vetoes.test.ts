import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 20: caption phrasings whose side or kind the lexicon read the other way (lexicon/en-caption-
// frames.ts): a reduced passive with its agent ("Russian forces hit by artillery"), ground or equipment
// left behind ("Abandoned Ukrainian positions", "Abandoned Russian tank"), firing in the present tense,
// ships named after their class; and words a caption uses for no event: equipment seen moving, a
// vehicle trapped in wreckage, civilians stopping a convoy, a blockade of ports. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('sides the caption names on what was hit or left', () => {
  it.each([
    ['Russian forces hit by artillery fire near the river', 'strike', 'UA'],
    ['0:12 Ukrainian positions targeted by mortars', 'strike', 'RU'],
    ['Russian infantry attacked by a drone in a treeline', 'strike', 'UA'],
    ['Abandoned Ukrainian positions east of the village', 'withdrawal', 'UA'],
    ['Abandoned Russian checkpoint on the highway', 'withdrawal', 'RU'],
    ['Abandoned Russian BMD-2 in a field', 'casualties', 'UA'],
    ['Russian military trucks abandoned by the roadside', 'casualties', 'UA'],
  ])('%s', (text, kind, side) => {
    expect(claims(text)).toEqual([{ kind, side }])
  })

  it.each([
    ['Russian tanks fire at a village', 'RU'],
    ['Chechen fighters firing into apartment blocks', 'RU'],
    ['Ukrainian artillery firing on Russian trenches', 'UA'],
  ])('%s: firing at a target', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'strike', side }])
  })

  it('a ship named after its class is the one burning', () => {
    expect(claims('Russian patrol ship Vasily Bykov burning off the coast').map((c) => c.kind)).toEqual(['strike'])
  })

  it.each(['Abandoned house with broken windows', 'Large fire at will of the commander', 'Hit by a car on the crossing'])('%s: no caption event', (text) => {
    expect(claims(text).filter((c) => c.kind === 'strike' || c.kind === 'withdrawal' || c.kind === 'casualties')).toEqual([])
  })
})

describe('words a caption uses for no event', () => {
  it.each([
    'Russian tank driving through the city centre',
    'Ukrainian BTR-4 moving towards the front',
    'Convoy of armoured vehicles rolling north',
    'Russian T-80 tank trapped under a collapsed bridge',
    'Russian convoy stopped by local residents',
    'Cargo ship leaves the port after the blockade of Ukrainian ports was eased',
    'Talks to lift the blockade on grain exports',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.kind !== 'other')).toEqual([])
  })

  it.each([
    ['Russian troops advanced into the town', 'advance'],
    ['Ukrainian defenders trapped in the steel plant', 'encirclement'],
  ])('%s still tells its event', (text, kind) => {
    expect(claims(text).map((c) => c.kind)).toContain(kind)
  })
})

describe('a side word as the feeds misspell it', () => {
  it.each([
    ['Ukranian artillery shelling Russian positions', 'UA'],
    ['Destroyed Ukranian tank near the bridge', 'RU'],
    ['Ukranians firing at a Russian column', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text).map((c) => c.side)).toEqual([side])
  })
})

describe('damage and its toll in one caption', () => {
  it.each([
    'Damaged clinic in Kupiansk, two nurses reported killed',
    'Destroyed school in Lysychansk, and four civilians were wounded',
    'Apartment building struck, leading to several civilian casualties',
  ])('%s: the strike on the target and the toll (47)', (text) => {
    expect(claims(text).map((c) => c.kind).sort()).toEqual(['casualties', 'strike'])
  })
  it('damage after a strike word is told by that strike', () => {
    expect(claims('Damage to houses after an artillery strike').map((c) => c.kind)).toEqual(['strike'])
  })
})
