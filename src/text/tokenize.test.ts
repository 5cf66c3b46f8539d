import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'

/** The definition: runs of letters and digits, joined across an apostrophe followed by letters. */
function byRegex(text: string): { start: number; end: number; lower: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ]\p{L}+)*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }))
}

describe('tokenize', () => {
  it('splits words at everything but letters and digits, keeping apostrophes inside words', () => {
    const text = "Куп'янськ, Kyiv’s 3rd brigade; pro-Russian—ЗСУ 12,5 km²"
    expect(tokenize(text).map((t) => t.lower)).toEqual(["куп'янськ", 'kyiv’s', '3rd', 'brigade', 'pro', 'russian', 'зсу', '12', '5', 'km²'])
  })

  it('finds exactly the words the regex finds, in any script and with broken surrogates', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom("Куп'янськ", 'İstanbul', 'Kyiv’s', "don't", "o'", '𝐀𝐁', '\ud835', 'ǅ', '١٢'))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ')
        expect(tokenize(text).map(({ start, end, lower }) => ({ start, end, lower }))).toEqual(byRegex(text))
      }),
      { numRuns: 300 },
    )
  })

  it('numbers each distinct lower-case word once, across texts', () => {
    const a = tokenize('Russian forces took Siversk; RUSSIAN forces')
    const b = tokenize('russian troops')
    expect(a[0]!.id).toBeGreaterThanOrEqual(0)
    expect(a[4]!.id).toBe(a[0]!.id)
    expect(b[0]!.id).toBe(a[0]!.id)
    expect(b[0]!.lower).toBe('russian')
    expect(new Set([a[0]!.id, a[1]!.id, a[2]!.id, a[3]!.id, b[1]!.id]).size).toBe(5)
  })

  it('keeps every id while the vocabulary grows past its table (thousands of new words)', () => {
    const first = tokenize('Kostiantynivka İstanbul withdrew')
    // Words made up for the test, so the vocabulary's table fills and is rebuilt several times.
    const made = Array.from({ length: 20_000 }, (_, i) => `zq${i.toString(36)}x`)
    const ids = tokenize(made.join(' ')).map((t) => t.id)
    expect(new Set(ids).size).toBe(made.length)
    const again = tokenize(`${made.slice(0, 50).join(', ')} KOSTIANTYNIVKA İSTANBUL Withdrew`)
    expect(again.slice(0, 50).map((t) => t.id)).toEqual(ids.slice(0, 50))
    expect(again.slice(50).map((t) => t.id)).toEqual(first.map((t) => t.id))
    expect(again.slice(50).map((t) => t.lower)).toEqual(first.map((t) => t.lower))
  })
})
