// Round 22: a monitor caption's civilian toll told with its attack and no side ("Civilians wounded after
// shelling in X") takes the side a strike there would, by who held X that day (conventions 113, 72;
// held-ground-strike-side.ts, anchor.heldGroundToll). The dead shown with no attack told, soldiers' tolls and
// tolls outside a monitor's captions are not asked. Sentences written by the team, through the pipeline
// with the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function tollSides(text: string, publishedAt: string, outlet: string | null = 'CIR'): (string | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet, publishedAt, lang: 'en', text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return analysis.claims.filter((c) => c.kind === 'casualties').map((c) => c.actorSide)
}

describe('a caption toll told with its attack takes the strike\'s side there', () => {
  it.each([
    ['Wounded residents after rocket strike in Kharkiv', '2022-06-14', 'RU'],
    ['Three people killed by shelling in Horlivka', '2022-07-01', 'UA'],
    ['Civilian casualties at a bus stop after shelling in Kramatorsk', '2022-08-09', 'RU'],
  ])('%s', (text, date, side) => {
    expect(tollSides(text, date)).toEqual([side])
  })

  it('a toll told right after the caption\'s strike is its result (21)', () => {
    expect(tollSides('Clinic in Kharkiv hit by a strike. Several injured.', '2022-06-14')).toEqual(['RU'])
    expect(tollSides('Damaged dormitory in Kharkiv, four residents wounded', '2022-06-14')).toEqual(['RU'])
  })

  it('with no outlet, when the text reads as a caption', () => {
    expect(tollSides('Wounded residents after rocket strike in Kharkiv', '2022-06-14', null)).toEqual(['RU'])
  })
})

describe('what is not asked', () => {
  it.each([
    ['Two soldiers wounded by shelling in Kharkiv', '2022-06-14'],
    ['Bodies found in a basement in Kharkiv', '2022-06-14'],
  ])('%s', (text, date) => {
    expect(tollSides(text, date)).toEqual([null])
  })

  it('outside a monitor caption the held-ground rule does not decide a toll', () => {
    const document = metadataDocument({ id: 't', origin: 't', outlet: 'Some paper', publishedAt: '2022-06-14', lang: 'en', text: 'Two people were wounded in shelling in Kharkiv on Tuesday.' })
    const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
    const tolls = analysis.claims.filter((c) => c.kind === 'casualties')
    expect(tolls.length).toBe(1)
    expect(tolls[0]!.actorSideBasis?.rule).not.toBe('held-ground')
  })
})
