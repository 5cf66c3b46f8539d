import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 25: ground gained told by the distance walked or won ("gained roughly six kilometres north of",
// "gain three or four hundred metres", "прошли ещё 800 метров", "пройшли ще два кілометри"), with the
// figure in words or digits: an advance, not territory by figure, and only with a side as its actor.
// Our own sentences, none from a gold file or a data set.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-distance', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('ground gained by its distance (en, ru, uk)', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian troops have gained about five kilometres west of Marivka since September.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian troops have gained about 5 km west of Marivka since September.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['On a good day the Russians gain two or three hundred metres.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Штурмовики 5-й армии прошли ещё 600 метров южнее Ивановки.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Штурмовики окупантів пройшли ще два кілометри лісосмугою біля Іванівки.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('an area gained stays an area; a distance with no side, or of no ground, is no advance', () => {
    expect(claimsOf('Russian forces gained 45 sq km last week.', 'en')).toMatchObject([{ kind: 'area-change' }])
    expect(claimsOf('The index gained 5 percent last week.', 'en')).toEqual([])
    expect(claimsOf('Люди пройшли 5 кілометрів пішки до автобуса.', 'uk')).toEqual([])
  })
})
