import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { findQuantities } from './find-quantities.js'

// Round 21: equipment struck in a caption is its owner's loss, by the other side (convention 112), in
// every order a monitor writes it: the owner's adjective before a participle ("Russian destroyed
// tanks"), a bare participle of striking after the vehicle ("Ukrainian trucks targeted"), a participle
// after a force word that modifies the equipment ("Russian military lorries destroyed"), a strike told
// with the equipment after "on" ("Russian strike on a Ukrainian tank", "drone dropping grenades on a
// Russian BMP-2"), also with the agent after "by". Positions and buildings stay a strike. A model's number
// or a calibre ("BTR-80", "152mm") counts nothing. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-06-10', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('equipment struck, in every order a caption tells it', () => {
  it.each([
    ['Satellite view of Russian destroyed tanks along the road', 'UA'],
    ['Ukrainian destroyed APCs at a crossroads', 'RU'],
    ['Ukrainian trucks targeted', 'RU'],
    ['0:31 Russian T-90 hit near the treeline', 'UA'],
    ['Russian military lorries destroyed using drones', 'UA'],
    ['Russian BMP-1 wrecked by a mortar strike', 'UA'],
    ['Ukrainian T-64 and BTR-4 destroyed by Russian drones, near the station', 'RU'],
    ['Russian air strike on a Ukrainian howitzer', 'RU'],
    ['Ukrainian drone dropping grenades on a Russian BMP-2', 'UA'],
    ['Strike on two Russian self-propelled guns', 'UA'],
    ['Mortar fire by the 24th Brigade of Ukraine on Russian infantry and an MT-LB', 'UA'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })

  it.each([
    ['Russian strike on Ukrainian positions near the forest', 'RU'],
    ['Ukrainian strike on a Russian command post', 'UA'],
    ['Russian strike on a bakery in the town', 'RU'],
    ['Russian tank hit a house on the main street', 'RU'],
  ])('%s: positions, posts and buildings stay a strike', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'strike', side }])
  })

  it('a strike on tanks whose owner the caption does not name stays a strike', () => {
    expect(claims('Ukrainian strike on tanks in a field').map((c) => c.kind)).toEqual(['strike'])
  })
})

describe("a model's number or a calibre is no count", () => {
  it.each(['two BTR-80 vehicles burned', 'destroyed 152mm guns', 'a 122-mm howitzer and Su-24 aircraft', 'Т-72 танки'])('%s', (text) => {
    expect(findQuantities(text, false).map((q) => q.value)).not.toContain(80)
    expect(findQuantities(text, false).map((q) => q.value).filter((v) => v === 152 || v === 122 || v === 24 || v === 72)).toEqual([])
  })

  it('a count before the model stays', () => {
    expect(findQuantities('destroyed 3 tanks and 2 BTR-82 vehicles', false).map((q) => q.value)).toEqual([3])
  })
})
