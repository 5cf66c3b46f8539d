import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class: the subject of a verb that states by declaring, crediting or marking ("The Russian MoD
// declared X taken", "the ministry credited the 20th Army with the capture of X", "DeepState marked X
// as a grey zone") is the speaker of the claim the verb tells. Where the verb is part of the capture
// trigger ("declared … taken"), the frame is the subject alone, so the claim keeps its words. Our own
// sentences.

type Row = { kind: string; speaker: string | null; text: string }

function claimsOf(text: string): Row[] {
  return extractClaims({ id: 'doc-statement-verb', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims.map((c) => ({
    kind: c.kind,
    speaker: c.speaker.name,
    text: text.slice(c.span[0], c.span[1]),
  }))
}

describe('the subject of "declared X taken" speaks the capture', () => {
  it.each<[string, string]>([
    ['The Russian Defence Ministry declared Hryhorivka, a village west of Siversk, taken on Tuesday.', 'Russian Defence Ministry'],
    ['The Russian MoD also declared Hryhorivka (west of Siversk) liberated.', 'Russian MoD'],
    ["Russia's Defence Ministry pronounced the village of Hryhorivka liberated on Sunday, a claim Kyiv rejected.", "Russia's Defence Ministry"],
    ['Moscow proclaims Hryhorivka captured after a week of fighting.', 'Moscow'],
  ])('%s', (text, speaker) => {
    const [first] = claimsOf(text)
    expect(first).toMatchObject({ kind: 'capture', speaker })
    expect(first!.text).toMatch(/^(?:also )?(?:declared|pronounced|proclaims)/u)
  })

  it('a rebuttal after the claim still answers it', () => {
    const rows = claimsOf('The Russian ministry also declared Hryhorivka, a village near Siversk, taken, an announcement Ukraine\'s army dismissed hours later as invented.')
    expect(rows[0]).toMatchObject({ kind: 'capture', speaker: 'Russian ministry' })
  })

  it('a passive, or a clause inside the sentence, names no speaker this way', () => {
    expect(claimsOf('Hryhorivka was declared liberated by Moscow on Tuesday.')[0]).toMatchObject({ kind: 'capture', speaker: 'Test Wire' })
    expect(claimsOf('Russian troops captured Hryhorivka, which Moscow declared liberated a week earlier.')[0]).toMatchObject({ kind: 'capture', speaker: 'Test Wire' })
  })
})

describe('"credited … with the capture", "marked … as a grey zone"', () => {
  it('the crediting ministry speaks the capture', () => {
    expect(claimsOf('The Russian Defence Ministry credited paratroopers with the capture of Hryhorivka.')[0]).toMatchObject({ kind: 'capture', speaker: 'Russian Defence Ministry' })
  })

  it('the marking mapper speaks the state of the ground, also after an apposition', () => {
    expect(claimsOf('DeepState, a group of volunteer mappers, marked Hryhorivka as a grey zone on Sunday.')[0]).toMatchObject({ kind: 'control', speaker: 'DeepState' })
    expect(claimsOf('DeepState marks the northern half of Hryhorivka as under Russian control.')[0]).toMatchObject({ kind: 'control', speaker: 'DeepState' })
  })

  it('an event that "marked" something is no speaker', () => {
    expect(claimsOf('The capture of Hryhorivka marked a turning point for Russian troops near Siversk.')[0]).toMatchObject({ kind: 'capture', speaker: 'Test Wire' })
  })
})
