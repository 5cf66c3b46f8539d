import { describe, expect, it } from 'vitest'
import { loadGazetteer } from './load-gazetteer.js'

// `--region` and every caller of resolveAdmin1: a region is accepted in the forms a user types.
describe('resolveAdmin1', () => {
  const g = loadGazetteer()
  it('takes the admin1 name, a name in any language, and the bare name without "Oblast"', () => {
    expect(g.resolveAdmin1('Donetsk Oblast')).toBe('Donetsk Oblast')
    expect(g.resolveAdmin1('Донецька область')).toBe('Donetsk Oblast')
    expect(g.resolveAdmin1('Donetsk')).toBe('Donetsk Oblast')
    expect(g.resolveAdmin1('kherson')).toBe('Kherson Oblast')
    expect(g.resolveAdmin1('Belgorod')).toBe('Belgorod Oblast')
  })
  it('keeps the city of Kyiv apart from the oblast, and rejects what is no region', () => {
    expect(g.resolveAdmin1('Kyiv')).toBe('Kyiv')
    expect(g.resolveAdmin1('Kyiv Oblast')).toBe('Kyiv Oblast')
    expect(g.resolveAdmin1('Narnia')).toBeUndefined()
  })
})
