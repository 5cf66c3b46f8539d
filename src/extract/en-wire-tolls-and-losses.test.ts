import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// How the wires and the Russian agencies' English count: a toll told by its change ("Death toll ...
// rises to four", "toll hits 19", "raises the death toll to 12"), a force's losses counted in people
// (its soldiers) or by its dead ("lost 2,000 killed"), soldiers as the subject of "lost", captives
// taken (casualties), positions taken (an advance), counts of skirmishes and regions, and an agency's
// slug before the headline ("UPDATE 2-", "WRAP:"), which is no part of the speaker or the claim.
// Sentences of our own, in no gold file and not from the UCDP rows.
function claims(text: string, outlet = 'Agency wire') {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-10-04', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, speaker: c.speaker.name, q: c.quantity ? [c.quantity.value, c.quantity.unit] : null, span: text.slice(c.span[0], c.span[1]) }))
}

describe('a toll told by its change', () => {
  it.each([
    ['Death toll from Russian shelling of Nikopol climbs to seven', [7, 'people']],
    ['The death toll in the centre of Makiivka after the strike has increased to 6 - mayor', [6, 'people']],
    ['Civilian toll from the Chuhuiv shelling reaches 11', [11, 'people']],
    ['Officials raise the death toll from the Kremenchuk strike to 21', [21, 'people']],
    ['Fighting spreads as death toll hits 40', [40, 'people']],
  ] as const)('%s', (text, q) => {
    expect(claims(text).find((c) => c.kind === 'casualties')?.q).toEqual(q)
  })

  it('the figure a toll hits is no strike', () => {
    expect(claims('Fighting spreads as death toll hits 40').map((c) => c.kind)).not.toContain('strike')
  })

  it('the attack a toll comes from is no strike of its own', () => {
    expect(claims('Death toll from shelling by Russian forces in Orikhiv rises to 5').map((c) => c.kind)).toEqual(['casualties'])
  })

  it('a toll with no figure stays without one', () => {
    expect(claims('Death toll mounts as shelling of Kherson goes on').find((c) => c.kind === 'casualties')?.q).toBeNull()
  })
})

describe('a force\'s losses', () => {
  it('counted in people are its soldiers', () => {
    expect(claims('Losses of the Ukrainian army near Svatove amounted to 60 people per day').find((c) => c.kind === 'casualties')?.q).toEqual([60, 'soldiers'])
    expect(claims('Russian forces lost more than 80 people in battles near Vuhledar').find((c) => c.kind === 'casualties')?.q).toEqual([80, 'soldiers'])
  })

  it('people killed by a force stay people', () => {
    expect(claims('Four people were killed when Russian forces shelled Orikhiv').find((c) => c.kind === 'casualties')?.q).toEqual([4, 'people'])
  })

  it('counted by the dead', () => {
    const toll = claims('Ukrainian Armed Forces lost 2,500 killed near Bakhmut - Russian Defence Ministry').find((c) => c.kind === 'casualties')
    expect(toll?.q).toEqual([2500, 'soldiers'])
    expect(toll?.side).toBe('RU')
  })

  it('soldiers as the subject of "lost"', () => {
    expect(claims('More than 70 servicemen lost in the Lyman direction in a day').find((c) => c.kind === 'casualties')?.q).toEqual([70, 'soldiers'])
  })

  it('defenders lost', () => {
    expect(claims('Ukraine has lost 5,000 defenders since February').find((c) => c.kind === 'casualties')?.q).toEqual([5000, 'soldiers'])
  })
})

describe('what was captured', () => {
  it('people taken are casualties', () => {
    expect(claims('Marines near Krynky captured a Russian paratrooper').map((c) => c.kind)).toEqual(['casualties'])
  })

  it('positions taken are an advance, a town a capture', () => {
    expect(claims('Paratroopers captured two enemy strongholds near Robotyne').map((c) => c.kind)).toEqual(['advance'])
    expect(claims('Russian troops captured Marinka').map((c) => c.kind)).toEqual(['capture'])
  })
})

describe('counts of engagements and regions', () => {
  it.each([
    ['27 skirmishes took place in the Avdiivka direction', [27, 'other']],
    ['Russian forces shelled six regions of Ukraine overnight', [6, 'other']],
  ] as const)('%s', (text, q) => {
    expect(claims(text)[0]?.q).toEqual(q)
  })
})

describe('an agency slug before the headline', () => {
  it.each([
    ['UPDATE 3-Ukraine military says rebels shelled Shchastia', /Ukraine military/u],
    ['RPT-Kyiv says two soldiers killed near Popasna', /Kyiv/u],
  ] as const)('%s', (text, who) => {
    const c = claims(text)[0]
    expect(c?.speaker ?? '').toMatch(who)
    expect(c?.span).not.toMatch(/UPDATE|RPT/u)
  })

  it('a capitalised first word that is no slug stays', () => {
    expect(claims('UPDATED figures show Russian forces shelled Kupiansk')[0]?.span ?? '').toMatch(/Russian forces shelled Kupiansk/u)
  })
})
