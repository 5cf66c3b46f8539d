import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class: tallies in the agencies' English headlines (conventions 83, 11). A window closing its clause
// ("… took place during the day", "… per day in the Zaporizhzhia direction", "… times a day", "in two
// days", "in one week") counts back from the report; attacks counted by the times or the regions they
// reached are the oblast administrations' shelling tallies, a `strike`. Sentences of our own, in no
// gold file or dev-pool row; with negative cases (a forecast delay, a rate, a month after "per day",
// "during the day and night", a ground attack with no count).
function claims(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-03-10', outlet: 'Some feed' })
  return value.claims.map((c) => `${c.kind}:${c.time.start}..${c.time.end}`)
}

describe('agency tally windows', () => {
  it('reads a clause-final "during the day" as the past day', () => {
    expect(claims('Near Vuhledar, 21 clashes took place during the day')).toEqual(['assault:2023-03-09..2023-03-10'])
    expect(claims('Four residents were wounded in shelling by the occupiers during the day - the regional administration')).toContain('casualties:2023-03-09..2023-03-10')
  })

  it('keeps the window of "per day" before a place', () => {
    expect(claims('Enemy losses per day on the Zaporizhzhia axis reached 90 soldiers')).toEqual(['casualties:2023-03-09..2023-03-10'])
  })

  it('counts "in two days" and "in one week" back from the report after a tally', () => {
    expect(claims('Three people were killed in attacks on Oleshky in two days')).toContain('casualties:2023-03-08..2023-03-10')
    expect(claims('In one week, border guards eliminated more than 40 invaders near Vovchansk')).toEqual(['casualties:2023-03-03..2023-03-10'])
    expect(claims('Ukrainian forces shelled Horlivka 80 times in one week')).toEqual(['strike:2023-03-03..2023-03-10'])
  })

  it('reads attacks counted by times or by regions as strikes of the past day', () => {
    expect(claims('The occupiers attacked Zaporizhzhia Oblast 62 times a day')).toEqual(['strike:2023-03-09..2023-03-10'])
    expect(claims('The Russians attacked seven regions of Ukraine in a day')).toEqual(['strike:2023-03-09..2023-03-10'])
  })

  it('leaves forecasts, rates, months and ground attacks alone', () => {
    expect(claims('Residents of Beryslav will be evacuated in two days')).toEqual(['evacuation:2023-03-10..2023-03-10'])
    expect(claims('Russian troops usually shell Nikopol 20 times a day').every((t) => !t.endsWith('2023-03-09..2023-03-10'))).toBe(true)
    expect(claims('The invaders lost about 500 soldiers per day in February').every((t) => !t.endsWith('2023-03-09..2023-03-10'))).toBe(true)
    expect(claims('Russian troops attacked Ukrainian positions near Marinka')).toEqual(['assault:2023-03-10..2023-03-10'])
  })
})
