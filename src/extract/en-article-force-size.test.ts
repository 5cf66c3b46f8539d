// A force's size told as the subject of its gain ("an estimated 150–200 Russian soldiers pushed into
// the outskirts") is the advance's figure, as the gold writes "around 300 Russian soldiers have
// infiltrated". Soldiers counted after the gain, or in a relative clause on a toll, are not. Our own
// sentences.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function advance(text: string): number | null | undefined {
  const c = extractClaims({ id: 'd', text, lang: 'en', publishedAt: '2026-02-20', outlet: 'Test Wire' }).value.claims.find((x) => x.kind === 'advance')
  return c === undefined ? undefined : (c.quantity?.unit === 'soldiers' ? c.quantity.value : null)
}

describe('the size of the force that gained', () => {
  it.each<[string, number]>([
    ['Some 60 Ukrainian soldiers pushed into the outskirts of Vovchansk.', 60],
    ['An estimated 150–200 Russian troops have infiltrated the southern districts of Myrnohrad.', 150],
    ['About 80 Russian soldiers reportedly slipped into the eastern part of Kupiansk overnight.', 80],
  ])('%s', (text, value) => {
    expect(advance(text)).toBe(value)
  })
})

describe('soldiers that are no size of the gain', () => {
  it('a toll after the gain', () => {
    expect(advance('Russian forces advanced near Lyman, losing 40 soldiers in the process.')).toBeNull()
  })

  it('a relative clause that describes the dead', () => {
    expect(advance('Some 35 Russian infantrymen who slipped into the rail yard have been killed or captured.')).toBeNull()
  })
})
