import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class: loss tallies in the agencies' English headlines with no side named for the losers, or the
// losers named only by their force ("Over 300 servicemen lost in the X direction", "Up to 90 military
// units of the Armed Forces of Ukraine destroyed near Y"). The actor of casualties is the side that
// inflicted them (conventions 3, 59): a belligerent counts the enemy's losses, and a headline's
// figure of a force's people before a bare participle is a passive. Sentences of our own, in no gold
// file or dev-pool row; with negative cases (an active verb with its object, a belligerent's own
// troops not counted as a loss).
function sides(text: string, outlet = 'Some feed'): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-03-10', outlet })
  return value.claims.map((c) => `${c.kind}:${c.actorSide}`)
}

describe('agency loss tallies', () => {
  it('reads a belligerent ministry\'s bare count of lost servicemen as the enemy\'s losses', () => {
    expect(sides('More than 310 servicemen lost in the Kupiansk direction in 24 hours - Russian Defense Ministry')).toEqual(['casualties:RU'])
    expect(sides('About 140 soldiers lost near Avdiivka per day - Ministry of Defense of Russia')).toEqual(['casualties:RU'])
  })

  it('reads a force\'s people before a bare participle as its losses', () => {
    expect(sides('Up to 90 military units of the Armed Forces of Ukraine destroyed in the Zaporizhzhia direction in a day')).toEqual(['casualties:RU'])
    expect(sides('More than 60 servicemen of the AFU eliminated by Russian artillery near Kreminna')).toEqual(['casualties:RU'])
  })

  it('keeps the active verb and a force that acts', () => {
    expect(sides('Russian artillery destroyed 40 soldiers of the Armed Forces of Ukraine near Vuhledar')).toEqual(['casualties:RU'])
    expect(sides('Ukrainian troops destroyed 25 Russian soldiers near Bakhmut')).toEqual(['casualties:UA'])
  })
})
