import { describe, expect, it } from 'vitest'
import { numberWordValue, parseFigure } from './parse-number.js'

describe('parseFigure', () => {
  it.each([
    ['3,386', false, 3386],
    ['3 386', true, 3386],
    ['3\u00a0386', false, 3386],
    ['1.3', false, 1.3],
    ['1,3', true, 1.3],
    ['1,300', true, 1.3],
    ['1,300', false, 1300],
    ['12,345,678', false, 12345678],
    ['400', false, 400],
  ])('%s (decimal comma %s) = %d', (text, decimalComma, value) => {
    expect(parseFigure(text, decimalComma)).toBe(value)
  })

  it('rejects non-figures', () => {
    expect(parseFigure('abc', false)).toBeNull()
  })
})

describe('numberWordValue', () => {
  it.each([
    ['eight', 8],
    ['Twenty-five', 25],
    ['a dozen', 12],
    ['two dozen', 24],
    ['Three dozen', 36],
    ['вісім', 8],
    ['восемь', 8],
  ])('%s = %d', (word, value) => {
    expect(numberWordValue(word)).toBe(value)
  })
})
