// Round 19: the nouns of flight that are no perfective future ("прилет", "налет") are as often spelt
// with ё ("прилёт", "налёт", "вылет" / "вылёт" is no word); the ё spelling was still read as a future
// ("-ёт") and made a strike told by its noun `expected`. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { isSlavicPerfectiveFuture } from './slavic-future.js'
import { metadataDocument } from '../testing/metadata-document.js'

describe('ё-spelt nouns of flight', () => {
  it.each(['прилёт', 'налёт', 'перелёт'])('%s is no future', (word) => {
    expect(isSlavicPerfectiveFuture(word, 'ru')).toBe(false)
    expect(isSlavicPerfectiveFuture(word, 'uk')).toBe(false)
  })

  it('a strike told by "прилёт" is asserted', () => {
    const document = metadataDocument({ id: 't', origin: 't', outlet: 'RIA Novosti', publishedAt: '2024-05-01', lang: 'ru', text: 'Прилёт по складу горючего под Запорожьем.' })
    expect(extractClaims(document).value.claims.map((c) => c.modality)).toEqual(['asserted'])
  })

  it('negative: the verbs with ё keep their future', () => {
    expect(isSlavicPerfectiveFuture('прилетит', 'ru')).toBe(true)
    expect(isSlavicPerfectiveFuture('принесёт', 'ru')).toBe(true)
  })
})
