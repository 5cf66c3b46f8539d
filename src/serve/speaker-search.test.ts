import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { speakerMatches } from './analysis-index.js'

// The API's speaker search, shared by the in-memory index and the store-backed reports: one organisation
// written in the text's own words ("Kyiv's General Staff") is also found by its canonical name.

const claim = (speaker: Claim['speaker']): Claim => ({
  id: 'c', documentId: 'd', kind: 'capture', actorSide: 'RU', speaker, places: [], time: { start: '2026-11-20', end: '2026-11-20', basis: 'explicit' },
  quantity: null, modality: 'asserted', span: [0, 1], sentence: 's',
})

describe('speakerMatches', () => {
  const written = claim({ name: "Kyiv's General Staff", side: 'UA', via: 'Telegram', entity: 'General Staff of the Armed Forces of Ukraine' })

  it('finds part of the name, the canonical name, the via or the document outlet (search in lower case)', () => {
    expect(speakerMatches(written, 'Reuters', "kyiv's general")).toBe(true)
    expect(speakerMatches(written, 'Reuters', 'armed forces of ukraine')).toBe(true)
    expect(speakerMatches(written, 'Reuters', 'telegram')).toBe(true)
    expect(speakerMatches(written, 'Reuters', 'reuters')).toBe(true)
  })

  it('finds nothing else, and no canonical name where the claim has none', () => {
    expect(speakerMatches(written, null, 'defence ministry')).toBe(false)
    expect(speakerMatches(claim({ name: 'General Staff', side: 'UA', via: null }), null, 'armed forces')).toBe(false)
  })
})
