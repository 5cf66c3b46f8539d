import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Figures of the wire headlines' English (conventions 59, 94): a bare singular victim after an active toll
// verb or opening the headline ("kills militiaman", "Civilian dies"), one after "the death of", one
// standing before a long place phrase, "half a hundred" 50, "a couple" 2, "a dozen saboteurs", "up to
// 200 nationalists". Sentences of our own, in no gold file.
function tolls(text: string): (readonly [number, string] | null)[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-09-10', outlet: 'Some feed' })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => (c.quantity ? ([c.quantity.value, c.quantity.unit] as const) : null))
}

describe('a bare singular victim in a headline', () => {
  it.each([
    ['Rebel mortar fire kills civilian in Avdiivka', [1, 'people']],
    ['Ukrainian army’s shelling kills militiaman - LPR command', [1, 'soldiers']],
    ['Landmine kills Ukrainian serviceman near Maryinka', [1, 'soldiers']],
    ['Pensioner dies in Horlivka after night shelling', [1, 'people']],
    ['Militiaman wounded as Ukrainian troops shell Pervomaisk', [1, 'soldiers']],
    ['Separatists say commander is killed in an explosion', [1, 'soldiers']],
    ['A woman in Olenivka in the Volnovakha district of the DPR died after shelling by Ukrainian forces', [1, 'people']],
    ['Protest in Dublin after the death of a mercenary near Bakhmut', [1, 'soldiers']],
  ])('%s', (text, expected) => {
    expect(tolls(text)).toEqual([expected])
  })

  it('leaves plural and counted victims to their figure', () => {
    expect(tolls('Shelling kills civilians in Avdiivka')).toEqual([null])
    expect(tolls('Shelling kills three civilians in Avdiivka')).toEqual([[3, 'people']])
  })

  it('does not count a noun that is no victim of the verb', () => {
    expect(tolls('Shelling killed residents of a village, the soldier said')).toEqual([null])
  })
})

describe('small and rough counts in words', () => {
  it.each([
    ['Half a hundred Ukrainian soldiers were eliminated near Marinka', [50, 'soldiers']],
    ['Russian troops liquidated a dozen saboteurs near Kupyansk', [12, 'soldiers']],
    ['Russian forces destroyed up to 150 nationalists near Siversk', [150, 'soldiers']],
    ['A couple of Ukrainian tanks were destroyed near Vuhledar', [2, 'other']],
  ])('%s', (text, expected) => {
    expect(tolls(text)).toEqual([expected])
  })
})

describe('a trap word inside a compound', () => {
  it('reads "booby-trapped" as no encirclement', () => {
    const { value } = extractClaims({ id: 't', text: 'Booby-trapped car kills Ukrainian officer', lang: 'en', publishedAt: '2022-09-10', outlet: 'Some feed' })
    expect(value.claims.map((c) => c.kind)).toEqual(['casualties'])
  })

  it('still reads troops trapped in a town as encircled', () => {
    const { value } = extractClaims({ id: 't', text: 'Hundreds of Russian troops are trapped in Lyman', lang: 'en', publishedAt: '2022-09-10', outlet: 'Some feed' })
    expect(value.claims.map((c) => c.kind)).toContain('encirclement')
  })
})
