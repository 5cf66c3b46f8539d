import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// The sides of tolls in the Donbas war's wire headlines (2014-2022): "rebels", "separatists", "rebel
// attack" and the DPR's and LPR's forces are Russia's side; a toll's victims are no agent of the cause
// told after them ("Six separatists killed in clashes"); a bare "Ukraine" before "fighting", "conflict" or
// "war" names the war, not a side. Sentences of our own, in no gold file.
function sides(text: string, outlet = 'Some wire'): (string | null)[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2016-05-10', outlet })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => c.actorSide)
}

describe('the separatist forces as a side', () => {
  it.each([
    ['Two civilians killed in rebel shelling of Avdiivka', 'RU'],
    ['Separatist mortar fire kills woman in Krasnohorivka', 'RU'],
    ['Ukrainian soldier wounded as pro-Russian rebels attack checkpoint near Mariupol', 'RU'],
    ['Three separatists killed in clashes near Horlivka', 'UA'],
    ['Four LPR fighters killed in fighting near Popasna', 'UA'],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual([expected])
  })

  it('reads a place held by them as no agent', () => {
    expect(sides('One killed in army assault on rebel-held Kramatorsk')).not.toContain('RU')
  })
})

describe('a country named as the war', () => {
  it.each([
    'Ukraine fighting kills seven as talks stall',
    'Eleven killed in Ukraine fighting over the weekend',
    'Clashes in Ukraine kill five despite the truce',
  ])('%s', (text) => {
    expect(sides(text)).toEqual([null])
  })

  it('keeps a country that is the agent', () => {
    expect(sides('Russian shelling kills two in Kharkiv')).toEqual(['RU'])
  })
})
