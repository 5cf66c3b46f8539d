import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// English events told by their result or by idiom (round 15, helper 117), in sentences of our own (in
// no gold file). Each block is one class of phrasing; the last block of each holds everyday sentences
// with the same words that must stay quiet.

function claimsOf(text: string): readonly Claim[] {
  const r = extractClaims({ id: 'doc-h117', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims
}
const kindsOf = (text: string): Claim['kind'][] => claimsOf(text).map((c) => c.kind)
const strikesOf = (text: string): (Claim['actorSide'])[] => claimsOf(text).filter((c) => c.kind === 'strike').map((c) => c.actorSide)

// Class: a fire told as the result of a strike. Verbs: broke out / had broken out / erupted / was
// sparked / started; caught fire; went up / was engulfed in flames; burst into flames; set on fire or
// ablaze (active with the weapon as subject, or passive). The cause is a weapon, debris or an attack
// in the same sentence ("after falling debris struck it", "when the drone hit", "in the drone
// attack"), or a weapon as the subject. Wire, live blog, governor's post, feature.
describe('a fire told as the result of a strike is a strike', () => {
  it.each([
    'A fire had broken out at a fuel depot near Klintsy after wreckage of a drone fell on it, the governor wrote.',
    'A grain terminal in Izmail went up in flames after Russian drones swept over the port overnight.',
    'Falling debris from a downed drone sparked a fire at an oil depot in the Bryansk region, the governor said.',
    'An oil depot in the Krasnodar region was engulfed in flames after a Ukrainian drone raid, officials said.',
    'Several cars caught fire in a courtyard in Kharkiv after the Shahed exploded, the mayor said.',
    'A fuel tank burst into flames when the missiles came down on the terminal in Odesa.',
    'On Tuesday night a drone set the roof of a school in Sumy on fire.',
    'Governor Gladkov said a transformer station had caught fire in Shebekino during the drone attack.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('strike')
  })
})

describe('a second strike clause with a fronted time keeps its own claim', () => {
  it.each([
    'Russian glide bombs have wrecked two schools in Kostiantynivka since October, and on Saturday evening a drone set a bakery on fire.',
    'Artillery shells hit a market in Kherson on Monday, and later that night a missile struck a port warehouse.',
  ])('%s', (text) => {
    expect(kindsOf(text).filter((k) => k === 'strike')).toHaveLength(2)
  })
})

describe('"the second such strike" counts this strike, not a kind of strike', () => {
  it.each([
    'Ukraine said its drones had hit a refinery near Syzran, the third such strike this month.',
    'Russian missiles struck a power plant in Burshtyn, the second such attack in a week, officials said.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('strike')
  })
  it('a sentence about such strikes in general stays without one', () => {
    expect(kindsOf('Kyiv says such strikes are meant to cut Russian fuel supplies to the front.')).not.toContain('strike')
  })
})

describe('a fire takes its attacker from its cause', () => {
  it('a Russian depot set ablaze by Ukrainian drones is UA', () => {
    expect(strikesOf('A Russian fuel depot in Bryansk region went up in flames after Ukrainian drones struck it overnight.')).toEqual(['UA'])
  })
  it('a port that went up in flames after Russian drones is RU', () => {
    expect(strikesOf('A grain terminal in Izmail went up in flames after Russian drones swept over the port overnight.')).toEqual(['RU'])
  })
  it('a blaze told in a second reported statement is its own strike, of the cause side', () => {
    const claims = claimsOf('Governor Vyacheslav Gladkov said 12 Ukrainian drones had been destroyed over the region and that a blaze had broken out at a fuel depot after falling wreckage hit it.')
    expect(claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)).toEqual(['UA', 'UA'])
  })
  it('a Ukrainian depot burning after a Russian missile is RU', () => {
    expect(strikesOf('A Ukrainian ammunition depot near Kharkiv caught fire after a Russian missile strike, the governor said.')).toEqual(['RU'])
  })
  it("a Russian governor's fire is the other side's strike", () => {
    expect(strikesOf('Governor Vyacheslav Gladkov said a substation in Belgorod had caught fire after the drone attack.')).toEqual(['UA'])
  })
})

describe('fires with no war in them stay quiet', () => {
  it.each([
    'A fire broke out at the bakery on Sunday morning.',
    'The old barn caught fire after lightning struck it.',
    'The car went up in flames after the crash on the motorway.',
    'Fans set the stands on fire after the match.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([])
  })
})

// Class: an interception told with other verbs or in the passive ("knocked down several drones above
// the city", "air defence units brought down 11 drones", "took down 23 Shaheds", "43 drones had been
// destroyed", "most of the missiles were intercepted"): the weapons' side attacked, never the shooter's.
describe('interceptions are the attacker\'s strike', () => {
  it.each([
    ['Air defence units brought down 11 drones above the oblast during the night, Lysak said.', 'RU'],
    ['Air defences had knocked down several drones above the city, Governor Gladkov said.', 'UA'],
    ['Mobile fire groups took down 23 Shaheds over the Kyiv region, Ukraine\'s Air Force said.', 'RU'],
    ['Russia\'s Defence Ministry said 43 Ukrainian drones had been destroyed over the Bryansk region.', 'UA'],
    ['Most of the Russian missiles were intercepted over Kyiv, the Air Force said.', 'RU'],
  ])('%s', (text, side) => {
    expect(strikesOf(text)).toEqual([side])
  })
  it('results counted after the attack take its side', () => {
    const claims = claimsOf('Russia sent 90 drones and four missiles at Ukrainian cities overnight, the air force says. Of those, 70 drones were shot down or jammed. Hits were recorded at six locations.')
    expect(claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)).toEqual(['RU', 'RU', 'RU'])
  })
})

// Class: a launch told as weapons sent, hurled or lobbed at a target (live blogs, wire leads).
describe('weapons sent at a target are a strike', () => {
  it.each([
    ['Moscow hurled more than 400 drones at Kyiv overnight, officials said.', 'RU'],
    ['Russia sent 104 drones plus three Iskander missiles at Ukrainian targets overnight.', 'RU'],
    ['Russian jets lobbed glide bombs into Kostiantynivka all morning.', 'RU'],
  ])('%s', (text, side) => {
    expect(strikesOf(text)).toEqual([side])
  })
})

describe('everyday downing and sending stay quiet', () => {
  it.each([
    'The children knocked down the old fence behind the school.',
    'Germany sent 100 drones to Ukraine last month as part of an aid package.',
    'The company sends drones to farmers across the region.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([])
  })
})
