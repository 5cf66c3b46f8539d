import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class: a withdrawal told by a verb that also means ceasing ("abandon", "give up", "leave";
// "оставить", "покинуть"), negated. "Never abandoned their attacks" is an attack going on; "have not
// abandoned Bakhmut" is a withdrawal denied, no asserted withdrawal. In the speaker's own voice with
// nothing to answer it is no claim (convention 12); after a claim of the town's capture it rebuts it.
// Our own sentences.

function claimsOf(text: string): { kind: string; modality: string }[] {
  const r = extractClaims({ id: 'doc-neg-withdrawal', text, lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, modality: c.modality }))
}

describe('a negated giving-up verb with a place is no asserted withdrawal', () => {
  for (const text of [
    'Ukrainian troops have not abandoned Soledar, a battalion commander said',
    'The garrison has not given up Lyman despite the encirclement threat',
    'Our units did not abandon Krasnohorivka, the brigade insisted',
  ]) {
    it(text, () => {
      expect(claimsOf(text).filter((c) => c.kind === 'withdrawal' && c.modality === 'asserted')).toEqual([])
    })
  }

  it('after a claim that the town was taken, it answers that claim', () => {
    const claims = claimsOf("Russia's Defense Ministry said its forces had taken Soledar. A Ukrainian commander said his troops have not abandoned Soledar.")
    expect(claims.some((c) => c.kind === 'withdrawal' && c.modality === 'asserted')).toBe(false)
  })

  it('a withdrawal told without a negation stays asserted', () => {
    expect(claimsOf('Ukrainian troops abandoned Soledar on Monday, a commander said')).toContainEqual({ kind: 'withdrawal', modality: 'asserted' })
  })
})
