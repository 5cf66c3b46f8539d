import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Class: an English toll counts its dead by the noun the wire uses for them, singular after "one" as
// plural after a figure: border guards, militiamen, marines, sailors, pilots, rebels, separatists, a
// serviceman, the translated Russian "military" ("10 Kiev military", "up to 40 AFU military"), and
// the civilians' trades (policemen, journalists, miners, rescuers, pensioners). Ukraine's own daily
// reports count in KIA and WIA ("One KIA, two WIA"), which are a toll of their own. Real agency
// headlines (eval:silver-ucdp) gave no figure for these before. Our own sentences.

type Row = { kind: Claim['kind']; value: number | null; unit: string | null }

function tollsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-toll-nouns', text, lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.filter((c) => c.kind === 'casualties').map((c) => ({ kind: c.kind, value: c.quantity?.value ?? null, unit: c.quantity?.unit ?? null }))
}

describe('the noun a toll counts', () => {
  const cases: [string, number, string][] = [
    ['Three border guards died when a drone hit their post near Sumy', 3, 'soldiers'],
    ['Shelling near Dokuchaievsk killed two militiamen overnight', 2, 'soldiers'],
    ['One Ukrainian serviceman was killed near Krasnohorivka on Tuesday', 1, 'soldiers'],
    ['Five marines lost their lives in the landing near Krynky', 5, 'soldiers'],
    ['Artillery fire killed up to 40 Kiev military near Pisky', 40, 'soldiers'],
    ['Eight rebels were killed in the clash at the airport', 8, 'soldiers'],
    ['Two policemen died after the strike on the station in Kupiansk', 2, 'people'],
    ['Four rescuers were killed by a second missile at the same site', 4, 'people'],
    ['Two journalists were wounded by a drone near Kostiantynivka', 2, 'people'],
    ['Two KIA, five WIA amid 31 enemy attacks over the past day', 2, 'soldiers'],
    ['The brigade reported one KIA and three WIA after the night assault', 1, 'soldiers'],
  ]
  for (const [text, value, unit] of cases) {
    it(text, () => {
      const tolls = tollsOf(text)
      expect(tolls.length, text).toBeGreaterThan(0)
      expect(tolls[0]).toMatchObject({ value, unit })
    })
  }
})

describe('what the nouns do not count', () => {
  it('"military" before the thing it qualifies is no count of soldiers', () => {
    const r = extractClaims({ id: 'doc-toll-nouns-neg', text: 'Ukrainian forces destroyed two military vehicles near Avdiivka', lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
    for (const c of r.value.claims) expect(c.quantity?.unit ?? null).not.toBe('soldiers')
  })
  it('a kia in a word or a name is no toll', () => {
    expect(tollsOf('Kiakhta residents gathered for a concert on Sunday')).toEqual([])
  })
})
