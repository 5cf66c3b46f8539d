import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// An English toll whose one victim is "a"/"an" and a singular noun has the figure 1 (convention 59);
// "N military units of the AFU" in the Russian agencies' English counts N soldiers (convention 76).
// Sentences of our own, in no gold file.
function tolls(text: string): (readonly [number, string] | null)[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-03-01', outlet: 'Some feed' })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => (c.quantity ? ([c.quantity.value, c.quantity.unit] as const) : null))
}

describe('a toll of one victim named in the singular', () => {
  it.each([
    'A pensioner died as a result of mortar fire in Kurakhove',
    'In Kherson, a man was killed during the shelling',
    'A 12-year-old girl was wounded in a drone attack on Nikopol',
    'A local resident of Horlivka died as a result of shelling',
    'The occupiers killed a civilian and wounded two more in Kupiansk district',
    'Artillery hit the market in Beryslav, killing a volunteer',
  ])('%s', (text) => {
    expect(tolls(text)).toEqual([[1, 'people']])
  })

  it('counts a serviceman as a soldier', () => {
    expect(tolls('A serviceman was killed in shelling near Avdiivka')).toEqual([[1, 'soldiers']])
  })

  it('keeps the first figure of the sentence when a second toll follows', () => {
    expect(tolls('In Mykolaiv a woman died after shelling, four more were injured')).toEqual([[1, 'people']])
  })

  it('leaves plural, counted and defined victims to their figure or to none', () => {
    expect(tolls('Three men were killed in the shelling of Toretsk')).toEqual([[3, 'people']])
    expect(tolls('Civilians were wounded in the shelling of Toretsk')).toEqual([null])
    expect(tolls('The woman who was wounded in Toretsk last week died in hospital')).toEqual([null])
  })

  it('does not count a person who only speaks of the toll', () => {
    expect(tolls('A man who saw the strike said five people were killed in Sloviansk')).toEqual([[5, 'people']])
  })
})

describe('"military units of the AFU" counted', () => {
  it('reads N military units of the Armed Forces of Ukraine as N soldiers', () => {
    expect(tolls('Russian troops destroyed up to 45 military units of the Armed Forces of Ukraine near Kreminna')).toEqual([[45, 'soldiers']])
    expect(tolls('Gunners destroyed a tank and 30 military units of the AFU on the Kupiansk axis')).toEqual([[30, 'soldiers']])
  })

  it('does not count units that are named formations', () => {
    expect(tolls('Russian troops destroyed the military units of the 24th brigade near Bakhmut').every((q) => q === null || q[1] !== 'soldiers')).toBe(true)
  })
})
