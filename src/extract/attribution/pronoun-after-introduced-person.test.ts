import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class: a feature introduces a person as a sentence's subject before quoting them ("Major X commands
// a drone company east of the river. Speaking to us in a dugout, he said …"): the pronoun means that
// person, not the outlet. A question or heading that opens on capitals introduces nobody. Our own
// sentences.

function speakersOf(text: string): (string | null)[] {
  return extractClaims({ id: 'doc-introduced', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Weekly' }).value.claims.map((c) => c.speaker.name)
}

describe('"he" after a person introduced as the subject', () => {
  it('means the person introduced', () => {
    const text = 'Captain Ivan Moroz leads a mortar platoon west of Lyman. Speaking in a basement, he said Russian infantry had tried to enter Zarichne four times last week.'
    expect(speakersOf(text)).toEqual(['Ivan Moroz'])
  })

  it('a person who spoke since is meant instead', () => {
    const text = 'Captain Ivan Moroz leads a mortar platoon west of Lyman. His commander, Colonel Petro Lysenko, said the unit held its ground. Speaking later, he said Russian infantry had tried to enter Zarichne four times.'
    expect(speakersOf(text).at(-1)).toBe('Petro Lysenko')
  })

  it('a question opening on capitals introduces nobody', () => {
    const text = 'Are Lyman and Siversk next? He said Russian infantry had tried to enter Zarichne four times.'
    expect(speakersOf(text)).not.toContain('Are Lyman')
  })
})
