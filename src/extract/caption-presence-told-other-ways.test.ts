import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2 (convention 120): presence told other ways than "troops in X": a side's people behind
// roadblocks or at positions (also set off by commas), the DNR's and LNR's forces, a side's armoured
// vehicle standing in a town's streets or centre, a force the footage shows faced by civilians: that
// side's `control`. Troops in a compass part of a town have gone in: an `advance`. Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-20', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('presence told other ways is control', () => {
  it.each([
    ['Russians behind roadblocks near the bus station in Nova Kakhovka', 'RU'],
    ['Ukrainian soldiers behind sandbags at the bridge in Kupiansk', 'UA'],
    ['LNR fighters at a checkpoint in Sievierodonetsk', 'RU'],
    ['DNR forces in Volnovakha', 'RU'],
    ['DNR troop presence, at sniper positions, near the port of Berdiansk', 'RU'],
    ['Ukrainian troop presence, at firing positions, near the school in Avdiivka', 'UA'],
    ['Russian BTR on the streets of Melitopol', 'RU'],
    ['Russian IFV flying red banners on the streets of Svatove', 'RU'],
    ['Ukrainian T-64 tanks in the centre of Balakliia', 'UA'],
    ['Protesters confronting Russian soldiers in Enerhodar', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'control', side }])
  })

  it.each([
    ['Russian troops in northwest Sievierodonetsk', 'RU'],
    ['Ukrainian soldiers in the southern part of Kherson', 'UA'],
    ['DNR forces in eastern Mariupol', 'RU'],
  ])('%s: a part of the town is an advance', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'advance', side }])
  })
})

describe('what is no presence', () => {
  it.each(['Russian tank driving on the streets of Bucha', 'Ukrainian troops in eastern Ukraine', 'Russian soldiers behind the border in Belarus', 'Armoured vehicle on the streets of Kherson'])('%s: no claim', (text) => {
    expect(claims(text)).toEqual([])
  })

  it('a vehicle struck in the streets is its loss, not presence', () => {
    expect(claims('Russian tank destroyed on the streets of Trostianets')).toEqual([{ kind: 'casualties', side: 'UA' }])
  })
})
