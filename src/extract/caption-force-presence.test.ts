import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21: a caption that shows a side's force at a named place tells that the side holds it
// (`control`, convention 110); a force entering or arriving, or a side's flag on a building, is an
// `advance` there. A force seen moving is no claim (110), nor one with no place, in a country named as
// such, or one the caption tells an event of ("Ukrainian troops in X hit by shelling": that strike, by
// the other side). Sentences of our own.
function claims(text: string): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-04-20', outlet: 'CIR' })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a force shown at a place holds it', () => {
  it.each([
    ['Russian soldiers in Hola Prystan', 'RU'],
    ['0:52 Ukrainian troops in the centre of Kupiansk', 'UA'],
    ['Image 3: Russian military presence at the railway station of Vovchansk', 'RU'],
    ['Chechen fighters standing outside the theatre in Mariupol', 'RU'],
    ['Russian paratroopers stationed in Hostomel', 'RU'],
    ['Kadyrovites standing at a checkpoint on the edge of Rubizhne', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'control', side }])
  })

  it.each([
    ['Russian forces entering Balakliia from the east', 'RU'],
    ['Ukrainian soldiers arriving in Snihurivka', 'UA'],
    ['Russian flag over the district council of Kreminna', 'RU'],
    ['Ukrainian flag raised on the school in Vysokopillia', 'UA'],
  ])('%s: going in, or a flag, is an advance', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'advance', side }])
  })
})

describe('what shows no ground held', () => {
  it.each([
    'Russian troops moving through Nova Kakhovka',
    'Chechen fighters heading towards Mariupol',
    'Russian soldiers in Belarus near the border',
    'Russian troops at a training ground',
    'Russian military vehicles in Kherson',
    'Soldiers in Kharkiv',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.kind === 'control' || c.kind === 'advance')).toEqual([])
  })

  it('a force the caption tells a strike on is that strike, by the other side', () => {
    expect(claims('Ukrainian troops in Bilohorivka hit by Russian mortar fire')).toEqual([{ kind: 'strike', side: 'RU' }])
  })
})
