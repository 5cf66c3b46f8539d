import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { titleOf } from './read-plain-text.js'

describe('titleOf', () => {
  it('takes a short first line as the title and its " - Outlet" tail as the outlet, when text follows', () => {
    expect(titleOf('\n  Russian forces advance near Siversk - Kyiv Post  \r\n\r\nThe General Staff said.', false)).toEqual({ title: 'Russian forces advance near Siversk', outlet: 'Kyiv Post' })
    expect(titleOf('---\nFront update\n---\nText.', false)).toEqual({ title: 'Front update', outlet: null })
    expect(titleOf('Only one line', false)).toEqual({ title: null, outlet: null })
    expect(titleOf('A sentence, not a headline.\nMore text.', false)).toEqual({ title: null, outlet: null })
  })

  it('reads the same first lines as splitting the whole text at every kind of line break', () => {
    const line = fc.constantFrom('', '   ', '---', ' --- ', 'Headline here', 'Другий рядок', 'Ends with a stop.', 'News - Outlet Name', '27 February 2026')
    const brk = fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\n\r')
    const text = fc.array(fc.tuple(line, brk), { maxLength: 8 }).map((parts) => parts.map(([l, b]) => l + b).join(''))
    fc.assert(fc.property(fc.tuple(text, line), ([body, last]) => {
      const t = body + last
      const lines = t.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && l !== '---')
      const expected = titleOf(`${lines[0] ?? ''}${lines.length > 1 ? `\n${lines[1]}` : ''}`, false)
      expect(titleOf(t, false)).toEqual(expected)
    }), { numRuns: 2000 })
  })
})
