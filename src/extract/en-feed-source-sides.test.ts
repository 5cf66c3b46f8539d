import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// The sources the Russian agencies' English feeds name after a headline by a bare word ("- MO", "-
// Headquarters", "- militia", "the republic reported"), by an office of a body ("- the head of the
// district CAA", "- the headquarters of the defense") or as the mayor of a city Russia has held since
// 2014 speak for the feed's side (conventions 52, 96). Sentences of our own, in no gold file.
function speakers(text: string, outlet: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-09-10', outlet })
  return value.claims.map((c) => `${c.speaker.name}:${c.speaker.side}`)
}

const FEED = 'Unified news feed'

describe('a bare source word after a feed headline', () => {
  it.each([
    ['Russian troops destroyed 80 Ukrainian soldiers near Kupyansk - MO', 'MO:RU'],
    ['A pensioner died in Gorlovka due to the shelling of the Armed Forces of Ukraine - Headquarters', 'Headquarters:RU'],
    ['Two LPR servicemen wounded in attack of Ukrainian troops - militia', 'militia:RU'],
    ['Losses of the AFU in battles per day amounted to 25 people, the republic reported', 'republic:RU'],
  ])('%s', (text, expected) => {
    expect(speakers(text, FEED)).toEqual([expected])
  })
})

describe('an office of a body as the tail', () => {
  it('takes "the head of the district CAA" as the source, on the feed side', () => {
    expect(speakers('Three people died as a result of the shelling of Kakhovka - the head of the district CAA', FEED)).toEqual(['head of the district CAA:RU'])
  })

  it('takes "the headquarters of the defense" as the source', () => {
    expect(speakers('In the DPR, two people were killed in a day due to shelling by the Armed Forces of Ukraine - the headquarters of the defense', FEED)).toEqual(['headquarters of the defense:RU'])
  })

  it('does not take a place after a dash for a source', () => {
    expect(speakers('Ukrainian forces shelled the outskirts - Donetsk and Makiivka', FEED)[0]).not.toMatch(/^Donetsk/)
  })
})

describe('the mayor of a city held since 2014', () => {
  it('is the occupation side in Donetsk and Gorlovka', () => {
    expect(speakers('Three civilians were wounded in Donetsk due to shelling - mayor', FEED)).toEqual(['mayor:RU'])
    expect(speakers('A man was wounded in Gorlovka during shelling - mayor', FEED)).toEqual(['mayor:RU'])
  })

  it('stays Ukrainian for a city Ukraine holds, in a Ukrainian outlet', () => {
    expect(speakers('Two people were wounded in Kramatorsk after Russian shelling - mayor', 'Ukrinform')).toEqual(['mayor:UA'])
  })

  it('leaves the Donetsk region’s officials to the region', () => {
    expect(speakers('Russian shelling killed two civilians in the Donetsk region - regional officials', 'Reuters')).toEqual(['regional officials:UA'])
  })
})
