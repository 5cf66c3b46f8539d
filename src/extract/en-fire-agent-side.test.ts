import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// The force named as the agent of the fire ("shelling by …", "fire from the side of …", the agencies'
// "the shelling of the Armed Forces of Ukraine in X" for обстрел ВСУ, "shelling of X by …") is the side
// of the strike and of its toll (real-ucdp class 1, conventions 72 and 84). A thwarted move ("prevented
// the enemy from breaking into …") is the defenders' repulse. Sentences of our own, in no gold file.
function sides(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-03-01', outlet: 'Some feed' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide}`)
}

describe('the side of a fire named by its agent', () => {
  it.each([
    ['Two pensioners died in Horlivka after shelling by Ukrainian Armed Forces', 'casualties:UA'],
    ['A boy was wounded as a result of shelling from the side of the Armed Forces of Ukraine in Makiivka', 'casualties:UA'],
    ['As a result of the shelling of the Armed Forces of Ukraine in Kakhovka, a shop burned down', 'strike:UA'],
    ['Three people died after the shelling of the Kirovsky district of Donetsk by the Armed Forces of Ukraine', 'casualties:UA'],
    ['A resident was killed under the fire of the Ukrainian troops in Yasynuvata', 'casualties:UA'],
  ])('%s', (text, want) => {
    expect(sides(text)).toContain(want)
  })

  it('keeps the attacker of a force whose positions were shelled', () => {
    expect(sides('Russian gunners shelled the positions of the Armed Forces of Ukraine near Siversk')).toEqual(['strike:RU'])
  })

  it('keeps the attacker when the shelled thing is only called Ukrainian', () => {
    expect(sides('Russian shelling of Ukrainian villages killed four people')).toEqual(expect.arrayContaining(['casualties:RU']))
    expect(sides('Russian shelling of Ukrainian villages killed four people')).not.toContain('casualties:UA')
  })
})

describe('a thwarted move is a repulse', () => {
  it('reads "prevented the enemy from breaking into" as the speaker side repelling', () => {
    expect(sides('Ukrainian paratroopers prevented the enemy from breaking into Zaporizhzhia region')).toEqual(['repelled:UA'])
  })

  it('does not read a prevented thing that is no move', () => {
    expect(sides('Customs officers prevented the smuggling of drones')).toEqual([])
  })
})
