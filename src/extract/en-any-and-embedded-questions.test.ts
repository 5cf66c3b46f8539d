import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// An event noun after "any" picks out no event ("ahead of any assault on the town"), and an event told
// inside an embedded question ("data show about who is gaining ground") asks, as a reported question
// does; neither is a claim. Sentences of our own.

function kinds(text: string): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-any', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('"any" and embedded questions', () => {
  it('an event noun after "any" is no event', () => {
    expect(kinds('Artillery fire on Orikhiv will likely grow to wear down its defences ahead of any encirclement attempt.')).not.toContain('encirclement')
  })

  it('an event inside "about who …" or "whether …" after a verb of showing or knowing is asked, not told', () => {
    expect(kinds('The new maps show little about who is gaining ground near Lyman.')).toEqual([])
    expect(kinds('Officials do not know whether Russian troops entered Bilytske.')).toEqual([])
  })

  it('the event told beside them stays', () => {
    expect(kinds('Russian troops captured Bilytske on Monday, though it is unclear whether they hold the centre.')).toEqual(['capture'])
  })
})
