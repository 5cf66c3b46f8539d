import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Strikes told by a munition dropped (one as well as many, and in the passive) and by banned or special
// munitions used on a place or a force. Before round 25 "a drone dropped a grenade on a car" and
// "incendiary munitions were dropped on the town" made no claim. Sentences of our own, in no gold file.
function kinds(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2024-05-10', outlet: 'Some outlet' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide}`)
}

describe('a munition dropped is a strike', () => {
  it.each([
    ['A drone dropped a grenade on a car in Nikopol on Thursday.', 'strike:null'],
    ['A Russian drone dropped an explosive device on a bus stop in Kherson.', 'strike:RU'],
    ['Incendiary munitions were dropped on Vuhledar overnight.', 'strike:null'],
    ['A grenade was dropped onto a tractor near Beryslav, the regional governor said.', 'strike:null'],
  ])('%s', (text, want) => {
    expect(kinds(text)).toEqual([want])
  })
})

describe('banned or special munitions used on a place or a force are a strike', () => {
  it.each([
    ['Russian troops used incendiary munitions against Ukrainian positions near Marinka.', 'strike:RU'],
    ['Russian forces employed thermobaric rockets on the outskirts of Avdiivka.', 'strike:RU'],
    ['Incendiary weapon use over Marinka was filmed from a drone.', 'strike:null'],
  ])('%s', (text, want) => {
    expect(kinds(text)).toEqual([want])
  })
})

describe('no claim from the same words without a munition used somewhere', () => {
  it.each([
    'The use of cluster munitions is banned by more than 100 countries.',
    'Prosecutors said the charges were dropped in Kyiv.',
    'Kyiv has used cluster munitions supplied by the United States since July 2023.',
    'Prices dropped sharply in the first quarter.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([])
  })
})
