import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 13, wave 2, English classes: a strike told by what it did to a building or the ground, a
// death told as not surviving, a place declared taken (past a bracketed aside), ground gained with a
// quantifier before "ground", and a withdrawal's purpose ("so they would not be cut off") that is no
// encirclement. Our own sentences, in no gold file.

type Row = { kind: Claim['kind']; modality?: Claim['modality'] }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-r13w2', text, lang: 'en', publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, modality: c.modality }))
}

describe('English wave-2 classes are read', () => {
  it.each<[string, Claim['kind'], Claim['modality'] | null]>([
    ['A glide bomb brought down the clinic on Shevchenko Street in Kupiansk.', 'strike', 'asserted'],
    ['Two of them brought down the school on Myru Street in Kostiantynivka on Tuesday.', 'strike', 'asserted'],
    ['A drone left a crater outside the school in Nikopol.', 'strike', 'asserted'],
    ['A glide bomb hit the bank in Druzhkivka on Friday. Rescuers got one man out; an elderly woman did not survive.', 'casualties', 'asserted'],
    ['A missile struck a shop in Balakliia; the cashier failed to survive.', 'casualties', 'asserted'],
    ['The Russian MoD declared Krasnopillia (south of Izium) taken on November 3.', 'capture', null],
    ['Moscow pronounced the village of Pryvillia liberated on Sunday.', 'capture', null],
    ['Russian troops gained some ground recently toward Siversk.', 'advance', 'asserted'],
    ['Ukrainian forces gained more ground near Kupiansk this week.', 'advance', 'asserted'],
    ['Twelve villages in the district came under fire over the past day, the governor said.', 'strike', 'asserted'],
    ['He expected Moscow to commit fresh reserves to the Siversk push by late December.', 'assault', 'expected'],
    ['Kyiv threw two more brigades into the offensive near Robotyne.', 'assault', 'asserted'],
    ['The Russians took the railway station on the northern edge on Monday, the commander said.', 'advance', 'asserted'],
  ])('%s', (text, kind, modality) => {
    const rows = claimsOf(text).filter((c) => c.kind === kind)
    expect(rows.length).toBeGreaterThan(0)
    if (modality) expect(rows[0]!.modality).toBe(modality)
  })

  it.each<[string, Claim['kind']]>([
    ['Interest rates brought down the government.', 'strike'],
    ['The bill did not survive the vote.', 'casualties'],
    ['The minister came under fire for the budget.', 'strike'],
    ['She took the train to the station in Lviv.', 'advance'],
    ['Four more residents were taken to hospital in Sloviansk.', 'advance'],
    ['The company did not survive the winter.', 'casualties'],
    ['We pulled two squads back from the quarry so they would not be cut off.', 'encirclement'],
    ['The company withdrew from the mine to avoid being cut off.', 'encirclement'],
  ])('no %s claim: %s', (text, kind) => {
    expect(claimsOf(text).filter((c) => c.kind === kind)).toEqual([])
  })

  it('a place really cut off stays an encirclement', () => {
    expect(claimsOf('Ukrainian units in Siversk were cut off, the Russian MoD said.').map((c) => c.kind)).toContain('encirclement')
  })
})
