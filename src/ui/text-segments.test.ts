import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentText, type MarkedSpan } from './text-segments.js'

describe('segmentText', () => {
  it('cuts at span boundaries and lists the spans covering each piece', () => {
    const text = 'Russian forces captured Pokrovsk, the MoD said.'
    const spans: MarkedSpan[] = [
      { start: 0, end: 32, kind: 'claim', index: 0 },
      { start: 24, end: 32, kind: 'place', index: 0 },
    ]
    const segments = segmentText(text, spans)
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.kind)])).toEqual([
      ['Russian forces captured ', ['claim']],
      ['Pokrovsk', ['claim', 'place']],
      [', the MoD said.', []],
    ])
  })

  it('always covers the text exactly, whatever the spans (bad ones ignored)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 90 }), end: fc.integer({ min: -5, max: 90 }), kind: fc.constantFrom('claim' as const, 'place' as const), index: fc.nat(3) }), { maxLength: 6 }),
        (text, spans) => {
          const segments = segmentText(text, spans)
          expect(segments.map((s) => s.text).join('')).toBe(text)
          for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
        },
      ),
    )
  })
})
