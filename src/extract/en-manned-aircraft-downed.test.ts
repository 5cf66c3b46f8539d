import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A manned aircraft brought down is equipment lost: `casualties` of the side that shot it down
// (convention 101); drones and missiles brought down stay the launching side's `strike`.
// Sentences of our own, in no gold file.
function claims(text: string, outlet = 'Ukrinform'): { kind: string; side: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-05-02', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide }))
}

describe('a manned aircraft brought down', () => {
  it.each([
    ['Paratroopers shot down a Russian Su-34 over the Kherson region', 'UA'],
    ['Gunners of the 93rd brigade downed an enemy helicopter near Siversk', 'UA'],
    ['Anti-aircraft crews brought down a Russian warplane east of Kupiansk', 'UA'],
    ['Border guards shot down an enemy plane near Vuhledar', 'UA'],
    ['The militia shot down a Ukrainian Mi-24 gunship near Horlivka', 'RU'],
    ['Air defence units downed two Ukrainian MiG-29 jets', 'RU'],
  ])('%s', (text, side) => {
    expect(claims(text)).toEqual([{ kind: 'casualties', side }])
  })

  it('reads the passive, with the owner before the aircraft or after "of"', () => {
    expect(claims('A Russian Ka-52 helicopter was shot down near Robotyne')).toEqual([{ kind: 'casualties', side: 'UA' }])
    expect(claims('Near Avdiivka, a combat plane of the occupiers was shot down')).toEqual([{ kind: 'casualties', side: 'UA' }])
    expect(claims('An enemy Su-25 was downed over Marinka')).toEqual([{ kind: 'casualties', side: 'UA' }])
  })

  it('does not take "combat" before an aircraft for fighting', () => {
    expect(claims('Near Bakhmut, a combat helicopter of the invaders was shot down').map((c) => c.kind)).toEqual(['casualties'])
  })

  it('keeps drones and missiles brought down as the launcher’s strike', () => {
    expect(claims('Air defence shot down 14 Russian drones over Odesa')).toEqual([{ kind: 'strike', side: 'RU' }])
    expect(claims('Ukrainian air defence downed a Kh-101 missile near Kyiv')).toEqual([{ kind: 'strike', side: 'RU' }])
    expect(claims('Gunners shot down an unmanned aircraft over Kharkiv')).toEqual([{ kind: 'strike', side: 'RU' }])
  })

  it('gives no claim for a flight that was not brought down', () => {
    expect(claims('A Russian Su-34 flew over the Belgorod region')).toEqual([])
    expect(claims('The plane touched down in Rzeszow after a long flight')).toEqual([])
  })
})
