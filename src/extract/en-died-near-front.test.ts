import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A named person who "died near" a front-line town, with no attacker named, is a `casualties` claim of 1
// (a soldier) at that town, the side that killed him the enemy of the side mourning him (convention 105);
// victims who "died" are the side that lost them, not the attacker. Sentences of our own, in no gold file.
function tolls(text: string, outlet = 'Ukrinform'): { side: string | null; q: readonly [number, string] | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet })
  return value.claims.filter((c) => c.kind === 'casualties').map((c) => ({ side: c.actorSide, q: c.quantity ? ([c.quantity.value, c.quantity.unit] as const) : null }))
}

describe('a named person who died at the front', () => {
  it('counts one soldier, killed by the enemy of the outlet that mourns him', () => {
    expect(tolls('Taras Melnyk, a former boxing champion of Ukraine, died near Bakhmut')).toEqual([{ side: 'RU', q: [1, 'soldiers'] }])
    expect(tolls('Andriy Koval died near Vuhledar defending the city')).toEqual([{ side: 'RU', q: [1, 'soldiers'] }])
    expect(tolls('Sergei Kuznetsov, a paratrooper from Pskov, died near Avdiivka', 'Unified news feed')).toEqual([{ side: 'UA', q: [1, 'soldiers'] }])
  })

  it('reads other forms of "near" and the war’s country', () => {
    expect(tolls('Mykola Hrytsenko died outside Kreminna').length).toBe(1)
    expect(tolls('Oleh Savchuk died in the direction of Lyman').length).toBe(1)
  })

  it('does not place the event at the town a person comes from', () => {
    const { value } = extractClaims({ id: 't', text: 'Ivan Sydorenko, a medic from Poltava, died near Soledar', lang: 'en', publishedAt: '2023-05-02', outlet: 'Ukrinform' })
    expect(value.claims).toHaveLength(1)
  })

  it('gives no claim for a death of old age or illness, or with no place at the front', () => {
    expect(tolls('His grandmother died near Lviv at the age of 92')).toEqual([])
    expect(tolls('The writer Petro Lysenko died near Uzhhorod after a long illness')).toEqual([])
    expect(tolls('Former football coach Petro Lysenko died in Kyiv')).toEqual([])
  })
})

describe('victims who died are the side that lost them', () => {
  it.each([
    ['Four DPR servicemen died in battles with the Ukrainian army over the day', 'UA'],
    ['Two Ukrainian soldiers died in fighting near Marinka', 'RU'],
    ['Nine Russian marines died when their landing craft was hit', 'UA'],
  ])('%s', (text, side) => {
    expect(tolls(text, 'Some feed').map((t) => t.side)).toEqual([side])
  })

  it('keeps the side of the attack told before the death', () => {
    expect(tolls('The occupiers shelled a market in Kherson, three people died').map((t) => t.side)).toEqual(['RU'])
  })
})
