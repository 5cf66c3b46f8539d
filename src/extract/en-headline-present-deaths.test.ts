import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Class: headlines tell a death in the present tense ("Four soldiers die in rebel fire", "Woman dies in
// shelling of Donetsk", "attack injures three") and by its noun ("reports death of militia fighter",
// "confirmed the deaths of two soldiers"). Real agency headlines (eval:silver-ucdp) gave no toll for
// these. Our own sentences.

function kindsOf(text: string): string[] {
  const r = extractClaims({ id: 'doc-present-deaths', text, lang: 'en', publishedAt: '2022-10-04', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('a death told in the present or by its noun is a toll', () => {
  for (const text of [
    'Three Ukrainian marines die in mortar attack near Krynky',
    'Elderly man dies after drone strike on his car in Nikopol',
    'Rocket attack on Kramatorsk injures five civilians',
    'Donetsk authorities report death of a teacher in the shelling of Kirovsky district',
    'The brigade confirmed the deaths of two medics near Kurakhove',
  ]) it(text, () => expect(kindsOf(text)).toContain('casualties'))
})

describe('"die" and "death" that tell no death', () => {
  for (const text of [
    'Defenders vowed to die rather than give up Chasiv Yar',
    'Analysts called it the death of the ceasefire in the Donbas',
    'The die is cast for the autumn campaign near Kupiansk',
  ]) it(text, () => expect(kindsOf(text)).not.toContain('casualties'))
})
