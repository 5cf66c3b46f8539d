import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A toll whose cause, told by a preposition or as the subject of its verb, names only a town ("killed in a
// missile attack on X", "died in a drone strike in Y", "Shelling in east Ukraine's Z kills …") is one
// `casualties` claim at that town (convention 92); a target of its own ("on a bus stop") adds the strike (47).
// Sentences of our own, in no gold file.
function kinds(text: string, outlet = 'Ukrinform'): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet })
  return value.claims.map((c) => c.kind)
}

describe('a toll caused by an attack on a town', () => {
  it.each([
    'A pensioner died in a drone attack in Bilozerka',
    'Three men were killed in a Russian missile strike on Kryvyi Rih',
    'Two teenagers were wounded in a rocket attack on Orikhiv',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['casualties'])
  })

  it('reads a cause subject placed in a region with a compass word', () => {
    expect(kinds('Shelling in southern Ukraine kills two farmers', 'Reuters')).toEqual(['casualties'])
    expect(kinds('Mortar fire in east Ukraine’s Horlivka kills a miner', 'Reuters')).toEqual(['casualties'])
  })

  it('keeps the strike told in a clause of its own', () => {
    expect(kinds('Two people were killed when a Russian missile hit a bus stop in Kherson')).toContain('strike')
  })

  it('keeps the strike told as the toll’s subject with its town, as older gold writes it', () => {
    expect(kinds('A Russian missile strike on Sumy killed four people overnight')).toContain('strike')
  })
})
