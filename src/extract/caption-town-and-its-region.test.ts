// Round 21: a town followed by a comma and its own oblast ("X, Luhansk Oblast", "X, Kharkiv region") or
// by its oblast's namesake city ("X, Donetsk" at the end of the line) names one place, the town
// (convention 116); the region word after the pair does not make the town an item of a list of
// regions. A list of towns or regions stays a list. A hill or a street named after a town is not that
// town ("on Kremenets Mountain in Izium"). Sentences written by the team.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function places(text: string, outlet = 'CIR'): string[][] {
  const document = metadataDocument({ id: 't', origin: 't', outlet, publishedAt: '2022-06-20', lang: 'en', text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return analysis.claims.map((c) => c.places.map((i) => analysis.places[i]!.name))
}

describe('a town and its region name the town', () => {
  it.each([
    ['Ukrainian mortar strike in Rubizhne, Luhansk Oblast', 'Rubizhne'],
    ['Shelling hit houses in Kupiansk, Kharkiv region.', 'Kupiansk'],
    ['Damage to a school in Sviatohirsk, Donetsk Oblast, after the night', 'Sviatohirsk'],
    ['0:40 Russian artillery strike on Orikhiv, Zaporizhzhia Oblast', 'Orikhiv'],
    ['Russian shelling of Novoselivka, Donetsk', 'Novoselivka'],
  ])('%s', (text, town) => {
    expect(places(text)).toEqual([[town]])
  })

  it.each([
    ['Russian shelling of Kramatorsk and Sloviansk, Donetsk Oblast', ['Kramatorsk', 'Sloviansk']],
    ['Bridge between Bohorodychne and Sviatohirsk, Donetsk Oblast, blown up', ['Bohorodychne', 'Sviatohirsk']],
  ])('%s: towns listed before their oblast', (text, towns) => {
    expect(places(text).flat().sort()).toEqual([...towns].sort())
  })

  it('a wire report writes the same pair the same way', () => {
    expect(places('Russian forces shelled Kupiansk, Kharkiv region, on Monday, officials said.', 'Reuters').flat()).toEqual(['Kupiansk'])
  })

  it.each([
    ['Strikes hit the Kharkiv, Luhansk and Donetsk regions', ['Kharkiv Oblast', 'Luhansk Oblast', 'Donetsk Oblast']],
    ['Russian shelling of Kramatorsk, Sloviansk.', ['Kramatorsk', 'Sloviansk']],
  ])('%s: a list stays a list', (text, names) => {
    expect(places(text).flat().sort()).toEqual([...names].sort())
  })

  it('a hill named after a town is not that town', () => {
    expect(places('Shelled homes on Kremenets Mountain in Izium').flat()).toEqual(['Izium'])
  })
})
