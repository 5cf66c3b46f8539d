import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// The Russian MoD's formulas as the agencies translate them (convention 84): a "defeat" or "fire
// damage" inflicted on units and "defeated two brigades" are strikes with no figure; "destroyed forces
// of the AFU" is losses; "took more advantageous lines" is ground gained; "The RF Armed Forces" names
// Russia. Sentences of our own, in no gold file.
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-03-10', outlet: 'Some feed' })
  return value.claims.map((c) => `${c.kind}:${c.actorSide}:${c.quantity ? c.quantity.value : '-'}`)
}

describe('Russian MoD formulas in agency English', () => {
  it.each([
    ['Russian troops inflicted a heavy fire defeat on units of the Armed Forces of Ukraine near Kreminna', 'strike:RU:-'],
    ['The RF Armed Forces inflicted fire damage on the Ukrainian troops in the area of Avdiivka', 'strike:RU:-'],
    ['Russian Armed Forces defeated three mechanized brigades near Kupiansk', 'strike:RU:-'],
    ['Russian troops destroyed forces of the Armed Forces of Ukraine near Siversk', 'casualties:RU:-'],
    ['The RF Armed Forces took more advantageous lines and positions near Marinka', 'advance:RU:-'],
  ])('%s', (text, want) => {
    expect(claims(text)).toEqual([want])
  })

  it('does not read damage inflicted on something that is no force', () => {
    expect(claims('The sanctions inflicted damage on the Russian budget')).toEqual([])
    expect(claims('The war inflicted damage on the economy of the region')).toEqual([])
  })

  it('does not read defeated teams or a defensive line as events', () => {
    expect(claims('Ukraine defeated two teams in the football final')).toEqual([])
    expect(claims('Ukrainian troops took up defensive positions near Marinka')).toEqual([])
  })
})
