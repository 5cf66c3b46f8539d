import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { claimsWithStubPlaces, placeNames, settlements } from '../testing/stub-places.js'

// Round 17, real text: news sites' regional lines open with the town and a full stop ("Бердянск. На
// аэродроме после удара …"): the item is filed from that town, and a claim with no place of its own is
// there. A claim that names its own place keeps it; a word that is no settlement opens nothing. Our
// own sentences, none from a gold file or the VIINA pool.

describe('a town that opens an item (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string[], string[][]]>([
    ['Мелитополь. Ночью беспилотники атаковали железнодорожную станцию.', 'ru', ['Мелитополь'], [['Мелитополь']]],
    ['Нікополь. Ворог уночі вдарив по підстанції, є руйнування.', 'uk', ['Нікополь'], [['Нікополь']]],
    // the claim's own place wins
    ['Харків. Росіяни вдарили по Чугуєву.', 'uk', ['Харків', 'Чугуєву'], [['Чугуєву']]],
  ])('%s', (text, lang, names, expected) => {
    expect(placeNames(claimsWithStubPlaces(text, settlements(...names), lang, '2023-10-20'))).toEqual(expected)
  })

  it('a town named later in the text opens nothing', () => {
    const text = 'Вночі ворог вдарив по залізничній станції. Про це повідомив мер Мелітополя.'
    expect(placeNames(claimsWithStubPlaces(text, settlements('Мелітополя'), 'uk', '2023-10-20'))).toEqual([[]])
  })
})
