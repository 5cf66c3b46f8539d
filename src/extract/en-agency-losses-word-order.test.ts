import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Losses in the Russian agencies' English: the Russian word order ("More than 30 people lost APU in
// battles", for потеряли ВСУ) is the losing force's toll, in soldiers, inflicted by the other side;
// fighting named after "in" beside a toll is where the losses were taken, no assault of its own
// (convention 2); soldiers captured in the present tense ("capture three servicemen") are prisoners, a
// toll (33), not a capture of ground. Sentences of our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-09-10', outlet: 'Unified news feed' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}${c.quantity ? `:${c.quantity.value} ${c.quantity.unit}` : ''}`)
}

describe('a force named after its loss verb', () => {
  it.each([
    ['About 45 people lost APU in battles with the allied forces per day', 'casualties:RU:45 soldiers'],
    ['Over 20 servicemen lost the AFU near Avdeevka in a day', 'casualties:RU:20 soldiers'],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected])
  })

  it('leaves the ordinary order as it was', () => {
    expect(claims('The AFU lost about 45 people in battles with the allied forces per day')).toEqual(['casualties:RU:45 soldiers'])
  })
})

describe('fighting as where losses were taken', () => {
  it('is no assault beside a toll', () => {
    expect(claims('Losses of the Ukrainian army in battles with the forces of the DPR amounted to 60 people')).toEqual(['casualties:RU:60 soldiers'])
  })

  it('stays an assault with no toll beside it', () => {
    expect(claims('Ukrainian forces are engaged in heavy fighting near Bakhmut')).toEqual(['assault:UA'])
  })
})

describe('soldiers captured', () => {
  it('is a toll of prisoners', () => {
    expect(claims('Azov fighters capture two DPR servicemen near Mariupol')).toEqual(['casualties:UA:2 soldiers'])
  })

  it('keeps a town captured as a capture', () => {
    expect(claims('Russian troops capture Lyman after weeks of fighting')[0]).toMatch(/^capture:RU/)
  })
})
