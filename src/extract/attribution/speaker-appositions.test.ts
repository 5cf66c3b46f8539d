import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class: the speaker is named, then described in an apposition between commas ("X, a think tank in
// Washington, said"; "Y, the Kremlin-appointed head of the occupied part of Z, told …"). The
// apposition describes who speaks: it is not part of the name, and an event word inside it
// ("occupied") neither tells an event nor stops the frame. Our own sentences.

type Row = { kind: string; speaker: string | null; via: string | null }

function claimsOf(text: string): Row[] {
  return extractClaims({ id: 'doc-apposition', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, via: c.speaker.via }))
}

describe('an apposition after an organisation is no part of its name', () => {
  it.each([
    'The Institute for the Study of War, a think tank based in Washington, said on Monday that Russian troops had likely captured Novoselivka.',
    'The Institute for the Study of War, an American research group, said Russian troops had likely captured Novoselivka.',
  ])('%s', (text) => {
    expect(claimsOf(text)[0]?.speaker).toBe('Institute for the Study of War')
  })
})

describe('a relative clause inside the apposition describes the speaker too', () => {
  it('"X, a group that maps the front from open footage, said …"', () => {
    const rows = claimsOf('DeepState, a volunteer group that maps the front from open-source video, said Russian troops had captured Novoselivka.')
    expect(rows).toEqual([{ kind: 'capture', speaker: 'DeepState', via: null }])
  })

  it('an apposition whose clause tells an event is content, not a description', () => {
    const rows = claimsOf('The 47th Brigade, a unit that captured Robotyne in 2023, said Russian troops had captured Novoselivka.')
    expect(rows.some((r) => r.speaker === '47th Brigade')).toBe(false)
  })
})

describe('an event word inside a person\'s apposition does not end the frame', () => {
  it('"X, the Moscow-appointed head of the occupied part of the region, told a channel that …"', () => {
    const rows = claimsOf('Yevgeny Balitsky, the Moscow-appointed head of the occupied part of Zaporizhzhia region, told Rossiya 24 that Russian troops had captured Stepnohirsk.')
    expect(rows).toEqual([{ kind: 'capture', speaker: 'Yevgeny Balitsky', via: 'Rossiya 24' }])
  })

  it('a relative clause that tells an event still keeps the sentence\'s own voice', () => {
    const rows = claimsOf('The brigade, which captured Stepnohirsk in October, said nothing more.')
    expect(rows[0]?.speaker).not.toBe('The brigade')
  })
})
