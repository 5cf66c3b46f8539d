import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// A participle before the noun it describes ("hits occupied Luhansk oil depot", "in the liberated
// territories", "shelling of government-controlled town", "assault on rebel-held Slavyansk") tells what
// the place is: no capture or holding of the sentence's own. The same participle after "have" or with
// an object ("have liberated the village of X", "occupied Kherson in March") is the event. Sentences of
// our own, in no gold file.
function kinds(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-10-02', outlet: 'Some wire' })
  return value.claims.map((c) => c.kind)
}

describe('a participle describing a place', () => {
  it.each([
    ['Ukrainian drones hit occupied Donetsk fuel depot overnight', ['strike']],
    ['Mass graves found in the liberated areas of Izium district', []],
    ['Four wounded in shelling of government-controlled village near Avdiivka', ['casualties']],
    ['One killed as army storms rebel-held Kramatorsk airfield', ['casualties']],
  ])('%s', (text, expected) => {
    expect(kinds(text).filter((k) => k === 'capture' || k === 'control')).toEqual([])
    for (const k of expected) expect(kinds(text)).toContain(k)
  })
})

describe('the same participle as the event', () => {
  it.each([
    'Ukrainian forces have liberated the village of Kurylivka',
    'Russian troops occupied Kherson in early March',
    'Our troops liberated Pishchane yesterday',
    'The town is now Russian-held, the governor said',
  ])('%s', (text) => {
    expect(kinds(text).some((k) => k === 'capture' || k === 'control')).toBe(true)
  })
})
