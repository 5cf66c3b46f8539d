import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// "Russian troops killed 12 soldiers near Pokrovsk" came out as Russian troops killed (a headline's
// reduced passive), so the toll went to Ukraine: the test for an object after the participle read a
// figure one digit at a time and never passed "12", and knew no number word past "ten". A figure or a
// number word after "killed" is its object; "soldiers killed near X", "killed over the weekend" stay
// passives. Our own sentences; the toll's side is the side that inflicted it (convention 57).

function sidesOf(text: string): (string | null)[] {
  return extractClaims({ id: 'doc-killed-figure', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims.filter((c) => c.kind === 'casualties').map((c) => c.actorSide)
}

describe('a figure after "killed" is its object', () => {
  it.each<[string, string]>([
    ['Russian troops killed 12 Ukrainian soldiers near Pokrovsk.', 'RU'],
    ['Russian troops killed 12 soldiers near Pokrovsk.', 'RU'],
    ['Russian troops killed twelve servicemen near Pokrovsk.', 'RU'],
    ['Ukrainian troops killed 40 Russian soldiers near Toretsk, the brigade said.', 'UA'],
    ['Ukrainian soldiers killed up to 30 attackers near Siversk.', 'UA'],
  ])('%s', (text, side) => {
    expect(sidesOf(text)).toEqual([side])
  })

  it('a participle right after the victims with no object stays a passive', () => {
    expect(sidesOf('Twelve Ukrainian soldiers killed near Pokrovsk over the weekend, the Russian ministry said.')).toEqual(['RU'])
    expect(sidesOf('Dozens of Russian soldiers killed over the weekend near Siversk, the brigade said.')).toEqual(['UA'])
  })
})
