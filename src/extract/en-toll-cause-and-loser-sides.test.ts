import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// The side of an English toll or loss is the side that inflicted it: named in its cause ("from enemy
// shelling", "in a Russian missile strike", "the aggression of the Russian Federation"), or the enemy of
// the side whose people or losses are named ("Losses of Russia", "a group of Ukrainian military destroyed
// in …"); a move's genitive after "of" is its actor. Sentences of our own, in no gold file.
function sides(text: string, outlet = 'Ukrinform'): (readonly [string, string | null])[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet })
  return value.claims.map((c) => [c.kind, c.actorSide] as const)
}

describe('a toll whose cause names the attacker', () => {
  it.each([
    ['In the Sumy region, a man died from enemy shelling overnight', 'RU'],
    ['Two farmers were wounded under Ukrainian fire near Horlivka', 'UA'],
    ['A teacher was killed in a Russian missile strike on Zaporizhzhia', 'RU'],
    ['Four civilians were injured in a Ukrainian drone attack on Nova Kakhovka', 'UA'],
    ['As a result of the aggression of the Russian Federation, 12 more children were wounded', 'RU'],
  ])('%s', (text, side) => {
    expect(sides(text).filter(([k]) => k === 'casualties').map(([, s]) => s)).toEqual([side])
  })
})

describe('losses named by the side that suffered them', () => {
  it('takes a country after "Losses of" for the victim', () => {
    expect(sides('Losses of Russia in the war: a new count', 'Mediazona')).toEqual([['casualties', 'UA']])
    expect(sides('Losses of Ukraine near Bakhmut are growing', 'Unified news feed')).toEqual([['casualties', 'RU']])
  })

  it('reads a headline participle after people as a passive', () => {
    expect(sides('Another platoon of Ukrainian military destroyed near Orikhiv', 'Unified news feed')).toEqual([['casualties', 'RU']])
    expect(sides('A group of Russian paratroopers eliminated in the Kherson region')).toEqual([['casualties', 'UA']])
  })

  it('keeps the active verb with its object', () => {
    expect(sides('Ukrainian soldiers destroyed 30 invaders near Bakhmut')).toEqual([['casualties', 'UA']])
    expect(sides('Russian troops destroyed up to 50 Ukrainian servicemen in the Kupiansk direction', 'Unified news feed')).toEqual([['casualties', 'RU']])
  })
})

describe('a move named with its actor after "of"', () => {
  it('takes the force after "of", not the speaker named before', () => {
    expect(sides('The Russian Defence Ministry announced the failure of the offensive of Ukrainian troops near Svatove', 'Unified news feed')).toEqual([['assault', 'UA']])
  })
})

describe('speakers of the agencies’ English', () => {
  it('knows occupation officials and rights groups', () => {
    const speaker = (text: string, outlet: string) => extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet }).value.claims.map((c) => [c.speaker.name, c.speaker.side])
    expect(speaker('A civilian was wounded in the shelling of Vasylivka - Rogov', 'Unified news feed')).toEqual([['Vladimir Rogov', 'RU']])
    expect(speaker('Two residents of Horlivka were killed in Ukrainian shelling - JCCC', 'Unified news feed')).toEqual([['JCCC', 'RU']])
    expect(speaker('Amnesty International says prisoners of war were shot near Bakhmut', 'Reuters')[0]).toEqual(['Amnesty International', 'independent'])
  })
})
