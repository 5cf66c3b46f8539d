import { describe, expect, it } from 'vitest'
import { loadGazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/index.js'
import { metadataDocument } from '../testing/metadata-document.js'

// A direction named after two towns gives both towns when the clause names no settlement (conventions
// 8, 99), also when the second town's name is two words ("the Nikolaev-Kryvyi Rih direction"); a
// settlement named in the clause still places the claim alone. Sentences of our own, in no gold file.
const gazetteer = loadGazetteer()
function places(text: string): string[][] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Unified news feed', publishedAt: '2022-10-02', lang: 'en', text })
  const a = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return a.claims.map((c) => c.places.map((i) => a.places[i]!.name))
}

describe('a direction named after two towns', () => {
  it('gives both towns when the second name is two words', () => {
    expect(places('Russian troops destroyed 90 Ukrainian soldiers in the Nikolaev-Kryvyi Rih direction')).toEqual([['Mykolaiv', 'Kryvyi Rih']])
  })

  it('gives both towns of a one-word pair', () => {
    expect(places('Russian troops destroyed 90 Ukrainian soldiers in the Kupyansk-Svatovsky direction')).toEqual([['Kupiansk', 'Svatove']])
  })

  it('gives the settlement the clause names instead', () => {
    expect(places('In the Nikolaev-Kryvyi Rih direction, Russian troops repelled an attack near Vysokopillia')).toEqual([['Vysokopillia']])
  })
})
