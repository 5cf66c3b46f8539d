import { describe, expect, it } from 'vitest'
import type { Analysis, Claim } from '../domain/index.js'
import { scoreExtraction, speakerMatches, viaMatches, type GoldReport } from './score-extraction.js'

describe('viaMatches', () => {
  it('takes the same words apart from case, articles, quotes and punctuation', () => {
    expect(viaMatches('BBC', 'the BBC')).toBe(true)
    expect(viaMatches('телемарафон', '«Телемарафон»')).toBe(true)
    expect(viaMatches('Telegram', 'Telegram')).toBe(true)
  })

  it('takes two spellings that are each wholly one outlet of the lexicon', () => {
    expect(viaMatches('TASS', 'ТАСС')).toBe(true)
    expect(viaMatches('Telegram', 'телеграм-каналі')).toBe(true)
  })

  it('does not take an outlet found inside a longer string, or a different outlet', () => {
    expect(viaMatches('Reuters', 'a Reuters photographer on Telegram')).toBe(false)
    expect(viaMatches('Telegram', 'TASS')).toBe(false)
    expect(viaMatches('TASS', 'ТАСС и РИА Новости')).toBe(false)
    expect(viaMatches('', '')).toBe(false)
  })
})

describe('speakerMatches', () => {
  it('takes British and American spellings of an organisation as one name', () => {
    expect(speakerMatches({ name: 'Russian Defence Ministry', side: 'RU' }, 'Russian Defense Ministry')).toBe(true)
    expect(speakerMatches({ name: 'Ministry of Defense of Ukraine', side: 'UA' }, 'Ministry of Defence of Ukraine')).toBe(true)
  })

  it('does not take a different organisation', () => {
    expect(speakerMatches({ name: 'Russian Defence Ministry', side: 'RU' }, 'Ukrainian Defense Ministry')).toBe(false)
    expect(speakerMatches({ name: 'Russian Defence Ministry', side: 'RU' }, null)).toBe(false)
  })
})

describe('via precision and recall', () => {
  const text = 'Russian forces captured Yampil, the ministry said on Telegram. Ukrainian troops repelled an attack near Siversk.'
  const gold: GoldReport = {
    id: 'r',
    lang: 'en',
    publishedAt: '2026-01-02',
    outlet: null,
    text,
    claims: [
      { anchor: 'captured Yampil', kind: 'capture', actorSide: 'RU', speaker: { name: 'ministry', side: 'RU', via: 'Telegram' }, places: [], time: ['2026-01-02', '2026-01-02'], modality: 'asserted' },
      { anchor: 'repelled an attack', kind: 'repelled', actorSide: 'UA', speaker: { name: 'ministry', side: 'RU' }, places: [], time: ['2026-01-02', '2026-01-02'], modality: 'asserted' },
    ],
  }
  const claim = (phrase: string, kind: Claim['kind'], via: string | null): Claim => {
    const at = text.indexOf(phrase)
    return { id: phrase, documentId: 'r', kind, actorSide: null, speaker: { name: 'ministry', side: 'RU', via }, places: [], time: { start: '2026-01-02', end: '2026-01-02', basis: 'publication' }, quantity: null, modality: 'asserted', span: [at, at + phrase.length], sentence: phrase }
  }
  const score = (vias: [string | null, string | null]) =>
    scoreExtraction([gold], [{ claims: [claim('captured Yampil', 'capture', vias[0]), claim('repelled an attack', 'repelled', vias[1])], places: [] } as unknown as Analysis]).fields.via

  it('counts a via on a claim whose gold names none against precision', () => {
    expect(score(['Telegram', 'Telegram'])).toMatchObject({ tp: 1, predicted: 2, gold: 1 })
    expect(score(['Telegram', null])).toMatchObject({ tp: 1, predicted: 1, gold: 1, precision: 1, recall: 1 })
    expect(score([null, null])).toMatchObject({ tp: 0, predicted: 0, gold: 1, recall: 0 })
  })
})
