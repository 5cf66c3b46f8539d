import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// An English attack noun that is the subject of a toll's verb ("Russian shelling kills two", "attacks by
// the separatists killed a soldier") is the toll's cause told by word order: one `casualties` claim of the
// cause's side, no strike or assault of its own (conventions 36, 92). A target of its own (47) or a clause
// with its own verb keeps the strike. Sentences of our own, in no gold file.
function kinds(text: string, outlet = 'Some feed'): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-09-10', outlet })
  return value.claims.map((c) => `${c.kind}:${c.actorSide ?? '-'}`)
}

describe('an attack noun as the subject of a toll verb', () => {
  it.each([
    ['Russian shelling kills three civilians in Kupiansk', 'casualties:RU'],
    ['Russian artillery fire killed a farmer near Kupiansk', 'casualties:RU'],
    ['Shelling by Ukrainian troops kills two pensioners in Horlivka', 'casualties:UA'],
    ['Shelling of Makiivka by Ukrainian forces killed four people', 'casualties:UA'],
    ['Ukrainian army’s attacks kill three LPR servicemen', 'casualties:UA'],
    ['Renewed clashes kill five near Avdiivka as truce falters', 'casualties:-'],
    ['Fighting in the Donbas has killed seven soldiers this week', 'casualties:-'],
    ['Russian air strikes wound 14 in Kramatorsk', 'casualties:RU'],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual([expected])
  })

  it('keeps a strike whose noun names a target of its own', () => {
    expect(kinds('Russian strikes on power plants killed four workers in Zaporizhzhia')).toContain('strike:RU')
  })

  it('keeps a strike told in a clause of its own', () => {
    expect(kinds('Russian troops shelled Kherson overnight, killing two residents')).toEqual(['strike:RU', 'casualties:RU'])
  })

  it('keeps the attack when the noun is no subject of the toll', () => {
    expect(kinds('Russian forces launched an assault near Toretsk; two Ukrainian soldiers were killed')).toContain('assault:RU')
  })
})
