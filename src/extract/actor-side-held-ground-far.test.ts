import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, actor side of a holding that answers a capture told paragraphs earlier (convention 19): a
// fact check's "X remains in Ukrainian hands" after the channels' "X has been liberated" is the
// rebuttal of that capture (its kind and actor, the holder's `denied`), not the holder's control; not
// when it names another place, nor when the holder's side has already rejected the claim. Our own
// sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; modality: Claim['modality'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-held-far', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

const CHECK = [
  'A clip posted on Monday by pro-Kremlin Telegram channels shows soldiers waving a Russian flag, with captions saying Huliaipole had been "liberated".',
  'We matched a water tower and a row of sheds in the clip to satellite images of a farm about 9 km south of the town.',
  'The clip was first shared in September.',
]

describe('actor side: a lasting holding answers a capture told earlier', () => {
  it('the same place, three sentences later, en', () => {
    const rows = claimsOf([...CHECK, 'Huliaipole itself still remains in Ukrainian hands, local officials said.'].join(' '), 'en', 'Test Fact Check')
    expect(rows).toContainEqual({ kind: 'capture', actorSide: 'RU', modality: 'denied' })
  })

  it('a holding of another place is its holder\'s control', () => {
    const rows = claimsOf([...CHECK, 'Orikhiv still remains in Ukrainian hands, local officials said.'].join(' '), 'en', 'Test Fact Check')
    expect(rows.filter((r) => r.modality === 'denied')).toEqual([])
  })

  it('after the holder\'s side rejected the claim, the holding stays its control', () => {
    const text = [
      'Russia said on Monday its forces had seized Kurylivka, a claim Kyiv rejected within hours.',
      'The ministry published a video of soldiers walking along a road.',
      'Ukraine\'s General Staff said its troops were still holding the village.',
    ].join(' ')
    expect(claimsOf(text, 'en', 'Test Wire')).toContainEqual(expect.objectContaining({ kind: 'control', actorSide: 'UA' }))
  })
})
