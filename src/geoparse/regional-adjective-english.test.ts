// "the Donetsk regional military administration", "Kharkiv regional governor": an English name before
// "regional" is the region's, not the city's (round 16). Sentences the team wrote; the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function placeFor(text: string, mention: string) {
  return geoparseText(text, g).value.find((p) => p.mention === mention)
}

describe('a name before "regional" is the region', () => {
  it.each([
    ['Two people were wounded, the Sumy regional administration said.', 'Sumy', 'Sumy Oblast'],
    ['Kherson regional governor Oleksandr Prokudin wrote on Telegram that a bus was hit.', 'Kherson', 'Kherson Oblast'],
    ['A spokesman for the Zaporizhzhia regional police said the shelling went on all night.', 'Zaporizhzhia', 'Zaporizhzhia Oblast'],
  ])('%s', (text, mention, name) => {
    const p = placeFor(text, mention)
    expect(p?.kind).toBe('region')
    expect(p?.name).toBe(name)
  })

  it.each([
    ['A missile hit Sumy on Monday, regional officials said.', 'Sumy'],
    ['Kherson came under fire again; the regional governor said a bus was hit.', 'Kherson'],
  ])('the city otherwise: %s', (text, mention) => {
    expect(placeFor(text, mention)?.kind).toBe('settlement')
  })
})
