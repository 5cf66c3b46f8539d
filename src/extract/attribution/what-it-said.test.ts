import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class: a verb of saying inside a free relative ("X trumpeted what it called the "capture" of Y",
// "a unit published footage of strikes on what it said were N vehicles destroyed"): the pronoun is
// the sentence's subject, which speaks what follows. Our own sentences.

type Row = { kind: string; speaker: string | null; modality: string }

function claimsOf(text: string): Row[] {
  return extractClaims({ id: 'doc-what-it-said', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, modality: c.modality }))
}

describe('"what it called" belongs to the sentence\'s subject', () => {
  it('"Russia\'s Defence Ministry trumpeted what it called the "liberation" of X"', () => {
    const rows = claimsOf('Russia\'s Defence Ministry trumpeted what it called the "liberation" of Prymorske, a village south of Zaporizhzhia.')
    expect(rows[0]).toMatchObject({ kind: 'capture', speaker: "Russia's Defence Ministry", modality: 'reported' })
  })

  it('"A unit … published footage of strikes on what it said were N vehicles destroyed"', () => {
    const rows = claimsOf('A Ukrainian drone unit working in the area published footage on Monday of strikes on what it said were nine Russian tanks destroyed near Prymorske.')
    expect(rows.some((r) => r.speaker === 'Ukrainian drone unit')).toBe(true)
  })

  it('a subject that acts in the event is not made a speaker', () => {
    const rows = claimsOf('Russian troops captured what they called a stronghold near Prymorske.')
    expect(rows.every((r) => r.speaker !== 'Russian troops')).toBe(true)
  })
})
