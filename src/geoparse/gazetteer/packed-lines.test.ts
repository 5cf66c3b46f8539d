import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PackedLines, joinLines } from './packed-lines.js'

/** What the loader did before: split on line breaks, minus the empty string after a final one. */
function splitLines(text: string, from: number): string[] {
  const lines = text.slice(from).split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

describe('PackedLines', () => {
  it('reads the same lines as splitting the text (any text, any start)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'б', '\n', '\t', 'x y'), { maxLength: 60 }), fc.nat(), (parts, start) => {
        const text = parts.join('')
        const from = text.length === 0 ? 0 : start % (text.length + 1)
        const lines = PackedLines.of(text, from)
        const expected = splitLines(text, from)
        expect(lines.length).toBe(expected.length)
        expect([...lines]).toEqual(expected)
        for (let i = 0; i < expected.length; i++) expect(lines.at(i)).toBe(expected[i])
        expect(lines.at(expected.length)).toBeUndefined()
        if (expected.length > 0) expect(lines.at(-1)).toBe(expected.at(-1))
      }),
    )
  })

  it('ranges and joined lists read the lines they cover', () => {
    const lines = PackedLines.of('{"h":1}\nzero\none\ntwo\nthree\n', 8)
    expect([...lines]).toEqual(['zero', 'one', 'two', 'three'])
    const mid = lines.range(1, 3)
    expect([...mid]).toEqual(['one', 'two'])
    expect(mid.at(2)).toBeUndefined()
    const joined = joinLines(mid, ['x', 'y'])
    expect(joined.length).toBe(4)
    expect([...joined]).toEqual(['one', 'two', 'x', 'y'])
    expect(joined.at(2)).toBe('x')
    expect(joined.at(-1)).toBe('y')
  })

  it('handles a text over the initial capacity (the offsets table grows)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `line ${i}`)
    const lines = PackedLines.of(many.join('\n'))
    expect(lines.length).toBe(5000)
    expect(lines.at(4999)).toBe('line 4999')
    expect(lines.at(1024)).toBe('line 1024')
  })
})
