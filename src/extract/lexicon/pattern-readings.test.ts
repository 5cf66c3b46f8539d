import { describe, expect, it } from 'vitest'
import { entityMatcher, lexiconFor } from './index.js'
import { parsePatternReadings, patternReadings, usePatternReadings } from './pattern-readings.js'
import { deriveFirstWords } from './phrase-matcher.js'
import { readPattern } from '../../text/index.js'

function firstWordsOrNull(pattern: string): ReturnType<typeof deriveFirstWords> | null {
  try {
    return deriveFirstWords(pattern)
  } catch {
    return null
  }
}

describe('pattern readings kept between processes', () => {
  it('every lexicon pattern reads back from JSON as the reader reads it', () => {
    for (const lang of ['en', 'uk', 'ru'] as const) lexiconFor(lang)
    entityMatcher()
    const { data } = patternReadings()
    const parsed = parsePatternReadings(JSON.parse(JSON.stringify(data)))
    expect(parsed).not.toBeNull()
    expect(parsed!.size).toBeGreaterThan(500)
    for (const [pattern, reading] of parsed!) {
      const { paths, inWord } = readPattern(pattern)
      expect({ pattern, ...reading }).toStrictEqual({ pattern, paths, inWord, firsts: firstWordsOrNull(pattern) })
    }
  })

  it('ignores data of another shape whole', () => {
    expect(usePatternReadings(null)).toBe(0)
    expect(usePatternReadings([])).toBe(0)
    expect(usePatternReadings({ 'took control of': [[[['took'], [], false]], false, null] })).toBe(0)
    expect(usePatternReadings({ 'took control of': [null, 'no', null] })).toBe(0)
    expect(parsePatternReadings({ 'a pattern of our own': [[[[['a'], [], false, false]]], true, [['a', true]]] })?.get('a pattern of our own')).toStrictEqual({
      paths: [[{ wholes: new Set(['a']), stems: new Set(), any: false }]],
      inWord: true,
      firsts: [{ prefix: 'a', whole: true }],
    })
  })
})
