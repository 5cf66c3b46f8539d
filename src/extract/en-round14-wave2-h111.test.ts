import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// English events told by their result (round 14 wave 2, helper 111 applying helper 103's batch 2), in
// sentences of our own (in no gold file): drone debris
// that crashed onto a place, residents driven out or moved to safer areas, and "a toll of N".

function kindsOf(text: string): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-h111', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('drone debris that crashed onto a place is a strike', () => {
  it.each([
    'Drone debris crashed onto a garage in Bila Tserkva overnight.',
    'Missile debris crashed into a field near Brovary, officials said.',
    'Wreckage of a downed drone crashed onto a parking lot in Kyiv.',
    'Drone debris fell onto a warehouse roof in Lviv region.',
    'Shahed debris crashed onto a playground in Odesa, the governor said.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('strike')
  })
})

describe('residents driven out or moved to safer areas is an evacuation', () => {
  it.each([
    'Police are driving residents out of frontline villages near Kostiantynivka.',
    'Volunteers drove 40 civilians out of Siversk this week.',
    'About 300 residents of Kupiansk district have moved to safer areas because of the shelling.',
    'Families from Pokrovsk were taken to safer regions of the country amid Russian attacks.',
    'Hundreds of children have been relocated to safer areas from frontline Kherson communities under fire.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('evacuation')
  })
})

describe('a toll of N is a casualty claim', () => {
  it.each([
    'The Russian missile strike on Dnipro left a toll of 12 dead, the governor said.',
    'Shelling of Kherson brought the death toll of the week to 9, officials said.',
    'Russian drone attacks on Sumy have taken a toll of at least seven lives since Monday.',
    'Officials put the toll of the shelling of Nikopol at five dead.',
    'A Russian bombing raid on Kostiantynivka left a death toll of three.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toContain('casualties')
  })
})

describe('everyday phrasings stay quiet', () => {
  it.each([
    'The family moved to a bigger flat in the centre of Lviv.',
    'She was driving her children to school when the bus broke down.',
    'Rising prices have taken a toll on small shops in Kyiv.',
    'Leaves fell onto the car roof overnight.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([])
  })
})
