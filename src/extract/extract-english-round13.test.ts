import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 13, English: classes of phrasing the blind sets still missed (each rule in en.ts, en-frames.ts
// or extract-claims.ts names its class). Our own sentences, in no gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-r13', text, lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('English round 13: events told in other words', () => {
  it.each<[string, Row[]]>([
    // losses: vessels sent to the bottom, armed people picked off, lives lost, the hurt hospitalised
    ['The navy said it sent two Russian patrol boats to the bottom of the Black Sea.', [{ kind: 'casualties' }]],
    ['Ukrainian snipers picked off four Russian soldiers near Vovchansk.', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Snipers of the 47th brigade picked off four Russian soldiers near Vovchansk.', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['At least five people lost their lives in the Russian attack on Sumy.', [{ kind: 'casualties' }]],
    // interceptions: drones felled
    ['Air defence units felled 48 drones over the Kyiv region overnight.', [{ kind: 'strike' }]],
    // withdrawal: the last houses given up, a named place left, better positions, slipping out
    ['We gave up the last houses in Toretsk a week ago, the Ukrainian commander said.', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Ukrainian forces left Avdiivka after months of fighting.', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Ukrainian troops relocated to more favourable positions outside Huliaipole.', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['The Ukrainian garrison slipped out of Myrnohrad under cover of fog.', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    // repelled: turned around, made to turn back, contained
    ['Ukrainian drone operators forced the column to turn back near Kupiansk.', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Ukrainian forces have so far contained the Russian push on Kostiantynivka.', [{ kind: 'repelled', actorSide: 'UA' }]],
    // control: fought over, no side as subject
    ['The village of Zarichne has been fought over since the summer.', [{ kind: 'control', actorSide: null }]],
    // assault: pressure kept up
    ['Russia kept up pressure on Pokrovsk.', [{ kind: 'assault', actorSide: 'RU' }]],
    // advance: at the edge of a place, bearing down on it, a single gain
    ["Moscow's troops were now on the fringe of Zaliznychne.", [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian troops have reached the edge of Huliaipole.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces are bearing down on Huliaipole.', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian infantry made a recent gain beside the railway northwest of Siversk.', [{ kind: 'advance', actorSide: 'RU' }]],
    // capture: took, secured, overran, "now held" in the announcement's reported speech
    ['Russia said its forces took Pleshchiivka on Thursday.', [{ kind: 'capture', actorSide: 'RU' }]],
    ["Moscow's troops had secured Pishchane, the ministry said.", [{ kind: 'capture', actorSide: 'RU' }]],
    ['Russian forces overran the village of Novoekonomichne.', [{ kind: 'capture', actorSide: 'RU' }]],
    // evacuation: children moved out (the bare verb), people carried away
    ['Police are moving the remaining children out of Nikopol.', [{ kind: 'evacuation' }]],
    ['Trains carried 600 people away from Pavlohrad.', [{ kind: 'evacuation' }]],
  ])('%s', (text, rows) => {
    expect(claimsOf(text)).toMatchObject(rows)
  })

  it('a breakthrough of lines joined to the gain it made is one claim', () => {
    expect(claimsOf('Russian forces have punched through Ukrainian lines south of Lyman and reached the edge of Zarichne, the ministry said.')).toMatchObject([{ kind: 'advance', actorSide: 'RU' }])
  })

  it('a settlement told by the buildings it lost after a strike is struck', () => {
    const rows = claimsOf('A Russian glide bomb hit the centre of Nikopol overnight. Since spring the city has lost a maternity ward, two schools and its only bakery.')
    expect(rows.map((r) => r.kind)).toEqual(['strike', 'strike'])
  })
})

describe('English round 13: rebuttals told as verdicts', () => {
  const claim = 'Russia\'s Defence Ministry said on Monday its troops had captured Kupiansk. '
  it.each([
    'A Ukrainian spokesman said the claim was "nonsense".',
    '"It\'s a lie," said a Ukrainian military spokesman.',
    'Ukraine\'s General Staff said this did not correspond to reality.',
    'The claim does not hold up, Ukrainian officials said.',
  ])('%s', (reply) => {
    // Rebutted in the next sentence: the claim is `reported` (convention 42, round 15).
    expect(claimsOf(claim + reply)).toMatchObject([{ kind: 'capture', modality: 'reported' }, { kind: 'capture', actorSide: 'RU', modality: 'denied' }])
  })

  it('ground claimed taken and called contested by the other side is that capture called premature (convention 19)', () => {
    expect(claimsOf("Russia's Defence Ministry said its forces had taken Pleshchiivka. Kyiv said the hamlet was still being contested.")).toMatchObject([{ kind: 'capture', actorSide: 'RU' }, { kind: 'capture', actorSide: 'RU', modality: 'premature' }])
  })

  it('"pushed back on the claim" is no ground gained', () => {
    expect(claimsOf('Kyiv pushed back on the claim on Tuesday.').filter((r) => r.kind === 'advance')).toEqual([])
  })
})

describe('English round 13: everyday text stays no claim', () => {
  it.each([
    'The family abandoned their houses in the village.',
    'The company left Kyiv in 2023 and moved to Lviv.',
    'The debate was hotly contested by the opposition.',
    'The hotel secured funding. The team secured Premier League status.',
    'She lost her keys and two schoolbooks.',
    'The council contained the spread of the virus.',
    'The ministry kept up pressure on banks.',
    'The city has lost a school and two clinics to budget cuts since 2019.',
    'The coach turned them around at half time.',
    'The men picked off the best apples.',
    'The editor took Kyiv by surprise with the story.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([])
  })
})

describe('English round 13, second batch', () => {
  it.each<[string, Row[]]>([
    // interceptions read over the loss verb the lexicon lists
    ["Ukraine's air defence had neutralised 58 of 70 Shahed-type drones overnight.", [{ kind: 'strike', actorSide: 'RU' }]],
    // a commander's own crews, named by where they serve
    ['Our drone crews burned nine of their armoured vehicles near Siversk, the Ukrainian colonel said.', [{ kind: 'casualties', actorSide: 'UA' }]],
    // the pronoun subject after a fronted adverbial shares the side told before
    ['Russian units now hold Lyman. At the nearest point they are about 9 kilometres from Sloviansk.', [{ kind: 'control', actorSide: 'RU' }, { kind: 'advance', actorSide: 'RU' }]],
    // a push (the noun) to come is an attack, not ground gained
    ['He expects a push on Raihorodok before the frost sets in.', [{ kind: 'assault', modality: 'expected' }]],
    // guns brought up to a place, forces committed to a sector
    ['Russian troops are bringing artillery up to Mayaky every night.', [{ kind: 'other', actorSide: 'RU' }]],
    ['Russian forces will likely commit additional forces to the Kupiansk direction.', [{ kind: 'other', actorSide: 'RU', modality: 'expected' }]],
    // civilians leaving, the subject before an aside
    ['Russian shelling went on all week. Since Monday, 212 people, 31 of whom were minors, left front-line villages in the district.', [{ kind: 'strike' }, { kind: 'evacuation' }]],
  ])('%s', (text, rows) => {
    expect(claimsOf(text)).toMatchObject(rows)
  })

  it('a fact check\'s "Claim:" label restates the claim its body tells: no claim of its own', () => {
    const text = 'Claim: A video shows Russian soldiers raising a flag over the council building in Orikhiv, proving the town has fallen.\n\nPro-Kremlin channels shared the clip on Monday, saying it showed Orikhiv "fully liberated".'
    expect(claimsOf(text)).toMatchObject([{ kind: 'capture', actorSide: 'RU' }])
  })
})


describe('English round 13, third batch', () => {
  it('ground still "in their hands" after the other side claimed it is that capture denied (convention 19)', () => {
    expect(claimsOf("Russia's Defence Ministry said on Monday its troops had captured Vovchansk. Ukrainian officials said the town was still in their hands.")).toMatchObject([
      { kind: 'capture', actorSide: 'RU' },
      { kind: 'capture', actorSide: 'RU', modality: 'denied' },
    ])
  })
  it('a holding by the speaker\'s side told by its pronoun is control', () => {
    expect(claimsOf("Ukraine's army insisted the village was still in its hands.")).toMatchObject([{ kind: 'control', actorSide: 'UA' }])
  })
  it('a house in a family\'s hands is no claim', () => {
    expect(claimsOf('The family said the house was still in their hands after the court ruling.')).toEqual([])
  })
  it('bodies recovered are counted as people', () => {
    const r = extractClaims({ id: 'doc-en-r13-bodies', text: 'Rescuers pulled four bodies from the rubble after the Russian strike on Dnipro.', lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
    expect(r.value.claims.find((c) => c.kind === 'casualties')?.quantity).toMatchObject({ value: 4, unit: 'people' })
  })
})
