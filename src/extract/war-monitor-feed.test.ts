import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { isWarMonitorFeed } from './war-monitor-feed.js'

// Round 20: a war monitor's feed is the war's context for each of its lines (war-monitor-feed.ts): a
// caption with no word of war in it ("Damaged clinic") is a strike there, and stays no claim in a text
// from anyone else. Sentences of our own, in no gold file.
function kinds(text: string, outlet: string | null): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-02', outlet })
  return value.claims.map((c) => c.kind)
}

describe('the feeds of war monitors', () => {
  it.each(['CIR', 'CIR/Bellingcat', 'Bellingcat', 'Centre for Information Resilience', 'Russia-Ukraine Monitor', 'GeoConfirmed', 'liveuamap'])('%s is one', (outlet) => {
    expect(isWarMonitorFeed(outlet)).toBe(true)
  })
  it.each(['Reuters', 'Circle News', 'Kyiv Independent', null])('%s is not', (outlet) => {
    expect(isWarMonitorFeed(outlet)).toBe(false)
  })
})

describe('a line with no word of war', () => {
  it.each(['Damaged clinic', 'Strike on a bakery', 'Destroyed shopping arcade', 'A damaged high-rise'])('%s is a strike in a monitor\'s feed, nothing elsewhere', (text) => {
    expect(kinds(text, 'CIR')).toEqual(['strike'])
    expect(kinds(text, 'Evening Gazette')).toEqual([])
  })
  it('everyday talk stays everyday in a monitor\'s feed too', () => {
    expect(kinds('The home team captured the cup in extra time', 'GeoConfirmed')).toEqual([])
  })
})
