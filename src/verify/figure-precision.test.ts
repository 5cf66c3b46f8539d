import { describe, expect, it } from 'vitest'
import { figurePrecision } from './figure-precision.js'

describe('figurePrecision: the bound and rounding a stated figure carries', () => {
  const table: [string, 'about' | 'at-least' | 'at-most', number][] = [
    ['3,386 square kilometers', 'about', 0.5 / 3386],
    ['3 386 км²', 'about', 0.5 / 3386],
    ['about 3,400 km²', 'about', 50 / 3400],
    ['500 km²', 'about', 50 / 500],
    ['20 km²', 'about', 0.5 / 20],
    ['about 20 km²', 'about', 5 / 20],
    ['1.3 thousand square kilometers', 'about', 0.05 / 1.3],
    ['0.6%', 'about', 0.05 / 0.6],
    ['0,6%', 'about', 0.05 / 0.6],
    ['3%', 'about', 0.5 / 3],
    ['over 3,000 km²', 'at-least', 500 / 3000],
    ['more than 190 square miles', 'at-least', 5 / 190],
    ['понад 400 кв. км', 'at-least', 50 / 400],
    ['up to 12 km', 'at-most', 0.5 / 12],
    ['не более 5 км', 'at-most', 0.5 / 5],
    ['no figure here', 'about', 0],
  ]
  it.each(table)('%s', (text, bound, share) => {
    const p = figurePrecision(text)
    expect(p.bound).toBe(bound)
    expect(p.halfStepShare).toBeCloseTo(share, 10)
  })
})
