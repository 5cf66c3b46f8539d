import { describe, expect, it } from 'vitest'
import type { ClaimView } from './api.js'
import { actorLine } from './actor-line.js'

// The claim card says whose forces a claim is about, and when the side was inferred from where a strike
// landed (convention 72), what the inference read: the control map's snapshot or the hand-written lists.
const base = { actorSide: 'RU', actorSideBasis: undefined } as unknown as ClaimView
const inferred = (places: { basis: 'control' | 'lists'; snapshotDate: string | null }[]): ClaimView =>
  ({ ...base, actorSideBasis: { rule: 'held-ground', on: '2025-06-03', places: places.map((p, i) => ({ place: i, holder: 'UA', ...p })) } }) as unknown as ClaimView

describe('actorLine', () => {
  it('names the side, or says none was stated', () => {
    expect(actorLine(base)).toBe('by RU')
    expect(actorLine({ ...base, actorSide: null } as ClaimView)).toBe('side not stated')
  })

  it('says what an inferred side was read from: the latest snapshot, the lists, or both', () => {
    expect(actorLine(inferred([{ basis: 'control', snapshotDate: '2025-06-01' }, { basis: 'control', snapshotDate: '2025-05-31' }]))).toBe('by RU (side from held ground: map of 2025-06-01)')
    expect(actorLine(inferred([{ basis: 'lists', snapshotDate: null }]))).toBe('by RU (side from held ground: lists of who held which town)')
    expect(actorLine(inferred([{ basis: 'control', snapshotDate: '2025-06-01' }, { basis: 'lists', snapshotDate: null }]))).toBe('by RU (side from held ground: map of 2025-06-01, lists of who held which town)')
  })
})
