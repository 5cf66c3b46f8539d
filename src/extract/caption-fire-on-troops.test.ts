import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 22 wave 2 (conventions 112, 126): fire a caption tells landing on one side's troops is that side's
// loss, inflicted by the other side. Positions, places and things hit stay strikes; troops with no side named
// give none of this. Wire headlines are untouched. Sentences of our own.
function claims(text: string, outlet = 'CIR'): [string, string | null][] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-06-10', outlet })
  return value.claims.map((c) => [c.kind, c.actorSide])
}

describe('fire on a side’s troops is its loss', () => {
  it.each([
    ["Ukraine's 25th Brigade, shelling of Russian troops", 'UA'],
    ['Artillery fire from the Ukrainian 12th Brigade hit Russian forces in Sumy', 'UA'],
    ['Artillery fire hit Ukrainian troops near Izium', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([['casualties', side]])
  })
})

describe('other fire stays a strike', () => {
  it.each(['Shelling of Russian positions', 'Russian troops shelled a school', 'Artillery fire hit a warehouse near Izium'])('%s', (text) => {
    expect(claims(text).map((c) => c[0])).toEqual(['strike'])
  })
})

describe('positions of a side’s forces are positions', () => {
  it('stays a strike', () => {
    expect(claims('Ukrainian paratroopers hitting positions of the Russian forces')).toEqual([['strike', 'UA']])
  })
})
