// Place linking, two small mechanisms. (1) A capital named for its state keeps being no place when the
// geoparser's mention takes the possessive in ("Kyiv's" as one mention): "Kyiv's counteroffensives",
// "Kyiv's share", and a capital that holds or retakes ground ("the last big town Kyiv still holds").
// (2) "Its eastern half", "its northern quarters", "її східну половину" point back at the town last
// named, as "its outskirts" does. Sentences written by the team for this test.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function placeNames(text: string, lang: 'en' | 'uk' | 'ru'): string[][] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Test Wire', publishedAt: '2026-11-10', lang, text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return analysis.claims.map((c) => c.places.map((i) => analysis.places[i]!.name))
}

describe('a capital with a possessive is its state, not the city', () => {
  it.each([
    "Kyiv's counteroffensives won back about 20 square kilometres in October, most of it north of Lyman.",
    "Kyiv's counter-offensive regained roughly 15 sq km near Kupiansk last month.",
    "In Zaporizhzhia province, Kyiv's share of the land has shrunk to about a quarter.",
    "Moscow's counterattacks near Kupiansk were beaten back, the brigade said.",
  ])('%s', (text) => {
    const claims = placeNames(text, 'en')
    expect(claims.length).toBeGreaterThan(0)
    for (const places of claims) expect(places).not.toContain(text.includes('Kyiv') ? 'Kyiv' : 'Moscow')
  })

  it('a capital that still holds a town', () => {
    const claims = placeNames('Russian troops pushed into the eastern districts of Kostiantynivka, one of the last big towns Kyiv still holds in the Donetsk region.', 'en')
    for (const places of claims) expect(places).not.toContain('Kyiv')
  })

  it('a capital that was hit stays a place', () => {
    expect(placeNames('Kyiv was hit by ballistic missiles overnight, the mayor said.', 'en')[0]).toEqual(['Kyiv'])
  })
})

describe('"its eastern half" points back at the town', () => {
  it.each([
    ['en', 'The small town of Huliaipole has been fought over since the summer. Russian forces now control its eastern half, analysts said.', 'Huliaipole'],
    ['en', 'Myrnohrad has not fallen. Fighting has gone on in its eastern quarters since October.', 'Myrnohrad'],
    ['uk', 'Бої за Оріхів тривають третій тиждень. Росіяни вже контролюють його східну половину.', 'Orikhiv'],
  ] as const)('%s: %s', (lang, text, town) => {
    const claims = placeNames(text, lang)
    expect(claims.at(-1)).toEqual([town])
  })
})
