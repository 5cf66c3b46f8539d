import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16: an area change carried by its figure, told with a verb no lexicon lists ("munched through
// about 600 sq km", "ВСУ отыграли около 200 гектаров", "відкусили ще 35 км²"). The figure is the claim
// where its clause names a side; a park, a farm or a city measured in area names none and gives no
// claim. Our own sentences, in no gold file.

function kindsOf(text: string, lang: Lang): string[] {
  const r = extractClaims({ id: 'doc-r16-area', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('an area figure carried by an unlisted verb with a side', () => {
  it.each<[string, Lang]>([
    ['In September, Russian troops munched through roughly 600 sq km of Ukrainian land.', 'en'],
    ['Ukrainian brigades prised loose some 25 square kilometres near Kupiansk.', 'en'],
    ['Украинские бригады отыграли под Волчанском около 200 гектаров.', 'ru'],
    ['В сентябре российская армия намотала ещё 430 кв. км.', 'ru'],
    ['Російська армія за тиждень надкусила ще 35 км² у Донецькій області.', 'uk'],
  ])('%s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual(['area-change'])
  })
})

describe('an area of something measured is no claim', () => {
  it.each<[string, Lang]>([
    ['The city covers 160 sq km.', 'en'],
    ['The new park stretched over a 40-hectare plot, the mayor said.', 'en'],
    ['The farm’s owner expanded his fields by 300 hectares.', 'en'],
    ['Парк площадью 40 гектаров открыли в субботу.', 'ru'],
    ['Фермер засеял 300 гектаров пшеницей.', 'ru'],
    ['Місто займає 160 км².', 'uk'],
    ['Фермер засіяв 300 гектарів кукурудзою.', 'uk'],
  ])('%s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})
