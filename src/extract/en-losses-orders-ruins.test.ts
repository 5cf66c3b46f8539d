import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, English constructions that tell an event without its usual verb: troops that did not come
// back (gold convention 57: a toll, by the side that inflicted it), an evacuation ordered by telling
// people to leave (45: asserted), a target turned into ruins by a weapon (a strike), and a place now
// wholly in a side's hands. Our own sentences, in no gold file, with everyday ones that stay no claim.

type Row = { kind: Claim['kind']; side: Claim['actorSide']; modality: Claim['modality'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-losses-orders', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, modality: c.modality }))
}

function kindsOf(text: string): string[] {
  return claimsOf(text).map((c) => c.kind)
}

describe('troops that did not come back are losses (convention 57)', () => {
  it.each([
    'Half the Russian assault group never came back, the sergeant said.',
    'Russian infantry probed our trench line at dawn. “Six of them never made it back to their lines,” the platoon leader said.',
    'The Russians sent a storm group across the river on Tuesday. Nobody from that group walked back.',
    'Two Russian assault teams went in after midnight and did not return, the brigade said.',
  ])('%s', (text) => {
    const loss = claimsOf(text).find((c) => c.kind === 'casualties')
    expect(loss, text).toBeDefined()
    expect(loss!.modality).toBe('asserted')
  })

  it('the side that lost them is the victim: the actor is the other side', () => {
    expect(claimsOf('Half the Russian assault group never came back, the sergeant said.').find((c) => c.kind === 'casualties')?.side).toBe('UA')
  })

  it.each([
    'The children never came back to the village after the war began.',
    'Nobody from the office came back after lunch.',
    'Our neighbours never returned the ladder they borrowed.',
  ])('no troops, no losses: %s', (text) => {
    expect(kindsOf(text)).not.toContain('casualties')
  })
})

describe('people told to leave: an evacuation ordered (convention 45)', () => {
  it.each([
    'Regional authorities have told the residents of nine frontline villages to leave, the governor wrote on Telegram.',
    'Officials urged families in Bilozerske to evacuate as Russian glide bombs hit the town.',
    'The military administration advised the people of Kupiansk district to leave before the frost.',
  ])('%s', (text) => {
    const evacuation = claimsOf(text).find((c) => c.kind === 'evacuation')
    expect(evacuation, text).toBeDefined()
    expect(evacuation!.modality).toBe('asserted')
  })

  it('telling an outlet is still speech', () => {
    const rows = claimsOf('The governor told Reuters that residents of Pokrovsk had to leave because of Russian shelling.')
    expect(rows.length).toBeGreaterThan(0)
  })

  it.each([
    'The teacher told the children to leave their coats in the hall.',
    'The landlord told the tenants to leave by Friday.',
  ])('no war, no evacuation: %s', (text) => {
    expect(kindsOf(text)).not.toContain('evacuation')
  })
})

describe('a target turned into ruins by a weapon or a side is a strike', () => {
  it.each<[string, Claim['actorSide']]>([
    ['Ukrainian drones turned a fuel depot in Bryansk into an inferno overnight.', 'UA'],
    ['A Russian missile reduced the cultural centre in Kupiansk to rubble.', 'RU'],
  ])('%s', (text, side) => {
    const strike = claimsOf(text).find((c) => c.kind === 'strike')
    expect(strike, text).toBeDefined()
    expect(strike!.side).toBe(side)
  })

  it.each([
    'The chef turned the leftovers into a feast.',
    'The fans turned the square in Lviv into a party.',
  ])('no weapon, no strike: %s', (text) => {
    expect(kindsOf(text)).not.toContain('strike')
  })
})

describe('a place now wholly in a side’s hands', () => {
  it('told by that side, it is the capture', () => {
    expect(kindsOf('The Russian Defence Ministry said Novopavlivka was now wholly in its hands.')).toContain('capture')
  })
  it('still in its hands, it is a holding', () => {
    expect(kindsOf('Ukraine’s army said Siversk was still firmly in its hands.')).toContain('control')
  })
})
