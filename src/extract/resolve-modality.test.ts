import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Span } from '../domain/index.js'
import { inScareQuotes, isNegatedAfter, MODALITY_REFERENCE } from './resolve-modality.js'

// The shortcuts in resolve-modality.ts (a scan for a negation word before NEGATED_AFTER, a character
// test without a regex for ASCII in the scare-quote walk) must answer what the plain forms answered.
// SCALE=100 runs each property a hundred times as often (as CI's seeds vary, every seed must hold).
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1)

const WORDS = ['were', 'was', 'have been', 'has been', 'not', 'NOT', 'Not', 'recorded', 'observed', 'seen', 'не', 'НЕ', 'Не', 'зафіксовано', 'отмечено', 'велось', 'offensive', 'actions', "it's", 'дій', 'x', '-', '’', 'nOt', 'ne', 'нe']
const SEPARATORS = [' ', ' ', '  ', '\n', '\t', '', ', ', '.']
const wordy = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 9 }).map((parts) => parts.map(([w, s]) => s + w).join(''))

/** inScareQuotes as it was written before the ASCII shortcut: the reference it must agree with. */
function inScareQuotesReference(text: string, trigger: Span): boolean {
  const OPENING = new Set(['"', '“', '«', '„', '‘', "'"])
  const CLOSING = new Set(['"', '”', '»', '“', '’', "'"])
  let open = trigger[0] - 1
  for (let words = 0; open >= 0 && !OPENING.has(text[open]!); open--) {
    const c = text[open]!
    if (c === ' ') {
      if (++words > 2) return false
    } else if (!/[\p{L}\p{N}'’ʼ-]/u.test(c)) return false
  }
  if (open < 0) return false
  if (open < 2 || !/\s/u.test(text[open - 1]!) || !/[\p{L}\p{N}]/u.test(text[open - 2]!)) return false
  let close = trigger[1]
  for (let words = 0; close < text.length && !CLOSING.has(text[close]!); close++) {
    const c = text[close]!
    if (c === ' ') {
      if (++words > 2) return false
    } else if (!/[\p{L}\p{N}.,!?'’ʼ-]/u.test(c)) return false
  }
  if (close >= text.length) return false
  if (/\p{L}/u.test(text[close + 1] ?? '')) return false
  return text.slice(open + 1, close).trim().split(/\s+/).length <= 2
}

const QUOTED = ['had', 'been', 'liberated', 'звільнили', 'освобождение', 'полностью', '"', '“', '”', '«', '»', '„', '‘', '’', "'", 'ʼ', ' ', ' ', '  ', '.', ',', '!', '?', ':', 'Kyiv’s', '2', '٣', 'é', '😀', '\u00a0', '-', '_', '\t']
const quotedText = fc.array(fc.constantFrom(...QUOTED), { maxLength: 24 }).map((parts) => parts.join(''))

describe('resolve-modality shortcuts', () => {
  it('isNegatedAfter answers as NEGATED_AFTER.test', () => {
    fc.assert(
      fc.property(fc.oneof(wordy, fc.string({ unit: 'grapheme', maxLength: 40 })), (after) => {
        expect(isNegatedAfter(after)).toBe(MODALITY_REFERENCE.NEGATED_AFTER.test(after))
      }),
      { numRuns: 3000 * SCALE },
    )
    expect(isNegatedAfter(' offensive actions were not recorded')).toBe(true)
    expect(isNegatedAfter(' наступальних дій НЕ зафіксовано')).toBe(true)
    expect(isNegatedAfter(' were recorded, not denied')).toBe(false)
  })

  it('inScareQuotes answers as the regex-per-character walk did', () => {
    fc.assert(
      fc.property(quotedText, fc.nat(30), fc.nat(12), (text, at, length) => {
        const start = Math.min(at, text.length)
        const trigger: Span = [start, Math.min(text.length, start + length)]
        expect(inScareQuotes(text, trigger)).toBe(inScareQuotesReference(text, trigger))
      }),
      { numRuns: 5000 * SCALE },
    )
    const text = 'Moscow said Kupiansk had been "liberated." Kyiv denied it.'
    expect(inScareQuotes(text, [text.indexOf('liberated'), text.indexOf('liberated') + 9])).toBe(true)
  })

  it('the word-character test agrees with its regex on every UTF-16 unit, before and after the word', () => {
    const differing: string[] = []
    for (let k = 0; k < 0x10000; k++) {
      const c = String.fromCharCode(k)
      // The walk back reaches the unit before "x", the walk forward the one after it.
      const before = `a "${c}x" b`
      const after = `a "x${c}" b`
      if (inScareQuotes(before, [4, 5]) !== inScareQuotesReference(before, [4, 5]) || inScareQuotes(after, [3, 4]) !== inScareQuotesReference(after, [3, 4])) differing.push(`U+${k.toString(16)}`)
    }
    expect(differing).toEqual([])
    expect(inScareQuotes('a "ʼx" b', [4, 5])).toBe(true)
  })
})
