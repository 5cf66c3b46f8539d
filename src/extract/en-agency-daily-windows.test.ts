import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// The Russian agencies' English for "за сутки" and "за неделю" (convention 83): "per day" is the past
// day [D-1, D], "for a week" after a toll the past week; a rate ("averaged … per day") and a planned
// duration ("for a week" of an evacuation) are not windows. Sentences of our own, in no gold file.
function times(text: string): string[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2023-03-10', outlet: 'Some feed' })
  return value.claims.map((c) => `${c.kind}:${c.time.start}..${c.time.end}`)
}

describe('daily and weekly windows in agency English', () => {
  it('reads "per day" after a loss figure as the past day', () => {
    expect(times('Losses of the Ukrainian troops near Kreminna amounted to 60 servicemen per day')).toEqual(['casualties:2023-03-09..2023-03-10'])
    expect(times('Russian artillery destroyed up to 25 Ukrainian military on the Lyman axis per day')).toEqual(['casualties:2023-03-09..2023-03-10'])
  })

  it('reads "for a week" after a toll as the past week', () => {
    expect(times('Two people were killed and nine injured in shelling by Ukrainian troops for a week in Horlivka')).toEqual(['casualties:2023-03-03..2023-03-10'])
  })

  it('leaves a rate and a planned duration alone', () => {
    expect(times('Russian losses in May averaged about 700 per day').every((t) => !t.endsWith('2023-03-09..2023-03-10'))).toBe(true)
    expect(times('Residents of Kupiansk will be evacuated for a week')).toEqual(['evacuation:2023-03-10..2023-03-10'])
  })
})
