import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../domain/index.js'
import { dateParam, enumListParam, enumParam, intParam, isIsoDate, lngLatParam, numberParam, parseParams, textParam } from './params.js'

const specs = {
  date: dateParam('day', { required: true }),
  zoom: intParam('zoom', { min: 0, max: 22 }, { default: 6 }),
  tolerance: numberParam('tol', { min: 0, max: 1 }),
  step: enumParam('step', ['day', 'week', 'month'] as const, { default: 'day' }),
  verdict: enumListParam('verdicts', ['confirmed', 'contradicted'] as const),
  q: textParam('query', { maxLength: 10 }),
  at: lngLatParam('point'),
}

function errorsOf(fn: () => unknown): readonly string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.errors
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseParams', () => {
  it('parses typed values and fills defaults', () => {
    const { values, warnings } = parseParams(specs, {
      date: ['2024-02-29'],
      tolerance: ['0.01'],
      verdict: ['confirmed,contradicted'],
      q: ['  Покровськ '],
      at: ['37.18,48.28'],
    })
    expect(values).toEqual({
      date: '2024-02-29',
      zoom: 6,
      tolerance: 0.01,
      step: 'day',
      verdict: ['confirmed', 'contradicted'],
      q: 'Покровськ',
      at: [37.18, 48.28],
    })
    expect(warnings).toEqual([])
  })

  it('names every bad parameter at once, with its value and what was expected', () => {
    const errors = errorsOf(() =>
      parseParams(specs, { zoom: ['30'], tolerance: ['abc'], step: ['year'], verdict: ['confirmed,maybe'], at: ['200,10'], q: ['x'.repeat(11)] }),
    )
    expect(errors).toEqual([
      'date: missing; expected a calendar date YYYY-MM-DD',
      "zoom: value '30' is not an integer from 0 to 22",
      "tolerance: value 'abc' is not a number from 0 to 1",
      "step: value 'year' is not one of day, week, month",
      "verdict: value 'confirmed,maybe' is not a comma-separated list of confirmed, contradicted",
      `q: value '${'x'.repeat(11)}' is not text of 1 to 10 characters`,
      "at: value '200,10' is not LON,LAT in degrees (longitude -180..180, latitude -90..90)",
    ])
  })

  it('refuses a parameter given twice', () => {
    expect(errorsOf(() => parseParams(specs, { date: ['2024-01-01', '2024-01-02'] }))).toEqual(['date: given 2 times; expected it once'])
  })

  it('turns unknown parameters into warnings naming the known ones', () => {
    const { warnings } = parseParams({ date: dateParam('d') }, { dat: ['2024-01-01'] })
    expect(warnings).toEqual(["unknown query parameter 'dat' ignored (this endpoint takes: date)"])
  })

  it('accepts exactly the real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('2025-1-01')).toBe(false)
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) =>
        isIsoDate(d.toISOString().slice(0, 10)),
      ),
    )
  })

  it('never throws anything but InputError on any input string', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(specs), 'other'), fc.array(fc.string(), { minLength: 1, maxLength: 2 })), (raw) => {
        try {
          parseParams(specs, raw)
        } catch (error) {
          if (!(error instanceof InputError)) throw error
        }
      }),
    )
  })
})
