import { describe, expect, it } from 'vitest'
import type { Claim, Place } from '../domain/index.js'
import { scriptedControlView, type ScriptedPoint } from '../testing/scripted-control-view.js'
import { ClaimVerifier } from './verify-claim.js'

// Rules of docs/verify.md on hand-made histories: one snapshot a day 2024-07-08 .. 2026-08-22,
// horizon 60 days. Each point below is a "town" whose side changes on the days given.
const START = '2024-07-08'
const END = '2026-08-22'
const towns: Record<string, { lon: number; lat: number; script: ScriptedPoint }> = {
  captured: { lon: 37.1, lat: 48.1, script: { initial: 'free', changes: [['2025-11-20', 'occupied']] } },
  heldLong: { lon: 38.4, lat: 48.9, script: { initial: 'occupied' } },
  neverTaken: { lon: 37.6, lat: 49.7, script: { initial: 'free' } },
  brief: { lon: 37.5, lat: 49.6, script: { initial: 'free', changes: [['2025-10-21', 'occupied'], ['2025-12-13', 'free']] } },
  shortHold: { lon: 37.4, lat: 49.5, script: { initial: 'free', changes: [['2025-06-01', 'occupied'], ['2025-06-21', 'free'], ['2025-07-30', 'occupied'], ['2025-08-20', 'free']] } },
  lateFall: { lon: 37.3, lat: 48.3, script: { initial: 'free', changes: [['2026-08-20', 'occupied']] } },
  retaken: { lon: 36.9, lat: 50.3, script: { initial: 'occupied', changes: [['2024-09-25', 'free']] } },
}
const view = scriptedControlView({ start: START, end: END, points: Object.fromEntries(Object.values(towns).map((t) => [`${t.lon},${t.lat}`, t.script])) })
const verifier = new ClaimVerifier({ control: view })

function place(name: keyof typeof towns): Place {
  const t = towns[name] as (typeof towns)[string]
  return { mention: name, span: [0, name.length], id: `test:${name}`, name, admin1: 'Donetsk Oblast', country: 'UA', lat: t.lat, lon: t.lon, kind: 'settlement', confidence: 1, alternatives: [] }
}

function claim(fields: Partial<Claim> & Pick<Claim, 'kind'>): Claim {
  return {
    id: 'c1',
    documentId: 'd1',
    actorSide: 'RU',
    speaker: { name: 'Russian Defence Ministry', side: 'RU', via: null },
    places: [0],
    time: { start: '2025-12-01', end: '2025-12-01', basis: 'explicit' },
    quantity: null,
    modality: 'asserted',
    span: [0, 10],
    sentence: 'test',
    ...fields,
  }
}

const at = (day: string) => ({ start: day, end: day, basis: 'explicit' as const })

describe('capture, withdrawal and control claims against a place history', () => {
  it('confirms a capture the map showed first, with a negative lag', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture' }), [place('captured')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: -11, horizonDays: 60 })
    expect(v.snapshots).toEqual(['2025-11-19', '2025-11-20'])
    expect(v.reason).toContain('from 2025-11-20')
  })

  it('confirms a capture the map caught up with later, with a positive lag', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: at('2025-11-05') }), [place('captured')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: 15 })
  })

  it('measures the lag from the nearer end of an interval claim ("in November 2025")', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: { start: '2025-11-01', end: '2025-11-30', basis: 'explicit' } }), [place('captured')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: 0 })
  })

  it('treats a Ukrainian withdrawal as the place going to the occupied side', () => {
    const v = verifier.verifyClaim(claim({ kind: 'withdrawal', actorSide: 'UA' }), [place('captured')], null).verdict
    expect(v.status).toBe('confirmed')
  })

  it('contradicts a capture when the place stays free through the horizon', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: { start: '2025-11-01', end: '2025-11-30', basis: 'explicit' } }), [place('neverTaken')], null).verdict
    expect(v.status).toBe('contradicted')
    expect(v.reason).toContain('2026-01-29')
    expect(v.lagDays).toBeNull()
  })

  it('contradicts a capture the map showed only briefly (53 days < horizon) before the place went back', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: { start: '2025-11-01', end: '2025-11-30', basis: 'explicit' } }), [place('brief')], null).verdict
    expect(v.status).toBe('contradicted')
    expect(v.reason).toMatch(/only briefly \(2025-10-21\.\.2025-12-13/)
  })

  it('calls a claim consistent when the map shows the side at the horizon but not for long enough', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: at('2025-06-05') }), [place('shortHold')], null).verdict
    expect(v.status).toBe('consistent')
  })

  it('reports an old capture as stale: contradicted, with a stale note', () => {
    const check = verifier.verifyClaim(claim({ kind: 'capture', time: at('2025-12-11') }), [place('heldLong')], null)
    expect(check.verdict.status).toBe('contradicted')
    expect(check.verdict.reason).toContain('from before the series starts (2024-07-08) through the claim')
    expect(check.notes.map((n) => n.kind)).toEqual(['stale', 'status-contradicted'])
  })

  it('leaves a capture pending while the horizon has not passed and the map does not show it', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: at('2026-08-01') }), [place('neverTaken')], null).verdict
    expect(v.status).toBe('pending')
    expect(v.reason).toContain('runs to 2026-09-30')
  })

  it('confirms a recent capture the map already shows, even before the horizon has passed', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: at('2026-08-21') }), [place('lateFall')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: -1 })
  })

  it('confirms a long-standing control claim with no lag to measure', () => {
    const v = verifier.verifyClaim(claim({ kind: 'control' }), [place('heldLong')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: null })
    expect(v.reason).toContain('standing situation')
  })

  it('confirms a Ukrainian recapture (the place leaving the occupied area)', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', actorSide: 'UA', time: at('2024-09-27') }), [place('retaken')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: -2 })
  })

  it('checks "not yet" claims: premature capture talk confirmed before the fall, contradicted after it', () => {
    const before = verifier.verifyClaim(claim({ kind: 'capture', modality: 'premature', time: at('2025-11-10') }), [place('captured')], null).verdict
    expect(before).toMatchObject({ status: 'confirmed', lagDays: null })
    const after = verifier.verifyClaim(claim({ kind: 'capture', modality: 'premature', time: at('2025-12-10') }), [place('captured')], null).verdict
    expect(after.status).toBe('contradicted')
  })

  it('reads a denial that names no actor as about the other side: "the capture of X remains premature", said by Ukraine', () => {
    const ukraine = { name: 'General Staff of Ukraine', side: 'UA' as const, via: null }
    const before = verifier.verifyClaim(claim({ kind: 'capture', actorSide: null, modality: 'premature', speaker: ukraine, time: at('2025-11-10') }), [place('captured')], null).verdict
    expect(before).toMatchObject({ status: 'confirmed', lagDays: null, detail: { expected: 'free' } })
    expect(before.reason).toContain('Russian forces have not captured')
    expect(before.reason).toContain('the other side, RU')
    const after = verifier.verifyClaim(claim({ kind: 'capture', actorSide: null, modality: 'denied', speaker: ukraine, time: at('2025-12-10') }), [place('captured')], null).verdict
    expect(after.status).toBe('contradicted')
    // A Russian speaker denying a capture with no actor named denies a Ukrainian (re)capture.
    const russia = { name: 'Russian Defence Ministry', side: 'RU' as const, via: null }
    const denial = verifier.verifyClaim(claim({ kind: 'capture', actorSide: null, modality: 'denied', speaker: russia, time: at('2025-12-10') }), [place('captured')], null).verdict
    expect(denial).toMatchObject({ status: 'confirmed', detail: { expected: 'occupied' } })
  })

  it('confirms a denial later borne out by the map going back, with a positive lag', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', modality: 'denied', speaker: { name: 'General Staff', side: 'UA', via: null }, time: at('2025-11-21') }), [place('brief')], null).verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: 22 })
  })

  it('takes the speaker side for a capture with no actor, and says so', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', actorSide: null }), [place('captured')], null).verdict
    expect(v.status).toBe('confirmed')
    expect(v.reason).toContain("speaker's side, RU")
  })

  it('is unverifiable, with the reason, when the data cannot say', () => {
    const cases: [Partial<Claim> & Pick<Claim, 'kind'>, Place[], RegExp][] = [
      [{ kind: 'capture', time: { start: null, end: null, basis: 'explicit' } }, [place('captured')], /no date/],
      [{ kind: 'capture' }, [], /names no place/],
      [{ kind: 'capture', time: at('2024-01-10') }, [place('captured')], /before the map series starts \(2024-07-08\)/],
      [{ kind: 'strike' }, [place('captured')], /not something the control map shows/],
      [{ kind: 'withdrawal', actorSide: null }, [place('captured')], /does not say whose forces withdrew/],
      [{ kind: 'capture', time: { start: '2025-13-45', end: null, basis: 'explicit' } }, [place('captured')], /"2025-13-45" is not a date/],
      [{ kind: 'capture' }, [{ ...place('captured'), lon: 35.27, lat: 51.2, name: 'Sudzha', admin1: 'Kursk Oblast', country: 'RU' }], /Sudzha lies in Kursk Oblast, Russia: outside the area the control map covers/],
    ]
    for (const [fields, places, reason] of cases) {
      const v = verifier.verifyClaim(claim(fields), places, null).verdict
      expect(v.status, JSON.stringify(fields)).toBe('unverifiable')
      expect(v.reason).toMatch(reason)
    }
  })

  it('dates a publication-based claim by the publication date', () => {
    const v = verifier.verifyClaim(claim({ kind: 'capture', time: { start: null, end: null, basis: 'publication' } }), [place('captured')], '2025-11-22').verdict
    expect(v).toMatchObject({ status: 'confirmed', lagDays: -2 })
    expect(v.reason).toContain('the publication date')
  })
})
