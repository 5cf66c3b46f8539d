import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createControlSeries, loadRegionLayer } from '../control/index.js'
import type { Claim, ControlSnapshot, Finding, Place } from '../domain/index.js'
import { sampleSeriesWith, sharedDaysSkipReason } from '../testing/control-slice.js'
import { loadSampleSnapshots } from '../testing/control-sample.js'
import { allTestPlaces, testPlace } from '../testing/verify-places.js'
import { analysis } from '../testing/verify-analyses.js'
import { ClaimVerifier, comparableClaim, greatCircleKm, type PlaceDirectory, type PlaceRef, verifyAnalysis } from '../verify/index.js'
import { loadGazetteer } from '../geoparse/index.js'
import { createClaimVerifier } from './verify-documents.js'
import { placeDirectoryFromGazetteer, regionDirectoryFromLayer } from './verify-ports.js'

// Claims the team wrote, checked against the real DeepState series: the bundled sample (44 real days,
// data/control-sample) and, where a test needs day-exact dates, a few more days of ../shared.
const series = sampleSeriesWith()
const regions = regionDirectoryFromLayer(series.regions)

/** A stand-in gazetteer lookup over the test places: same first letter, scored by shared prefix. */
const directory: PlaceDirectory = {
  similarlyNamed(place: PlaceRef) {
    const key = place.name.toLowerCase()
    return allTestPlaces()
      .filter((p) => p.id !== place.id && p.name[0]?.toLowerCase() === key[0])
      .map((p) => {
        const other = p.name.toLowerCase()
        let n = 0
        while (n < key.length && key[n] === other[n]) n++
        return { ...p, similarity: 0.5 + n / (2 * Math.max(key.length, other.length)) }
      })
      .sort((a, b) => b.similarity - a.similarity)
  },
  resolveAdmin1: (name) => regions?.resolveRegion(name)?.name ?? null,
}
const context = { control: series, regions, places: directory }
const verifier = new ClaimVerifier(context)

const day = (d: string) => ({ start: d, end: d, basis: 'explicit' as const })

describe('verdicts on the real series: what Frontline must show', () => {
  it('confirms the published 3,386 km² for the first 10 months of 2025 (map net change within 2%)', () => {
    const doc = analysis('area', '2025-11-05', [
      {
        kind: 'area-change',
        text: 'Russian forces captured 3,386 square kilometers in the first 10 months of 2025, according to calculations based on DeepState data.',
        time: { start: '2025-01-01', end: '2025-10-31', basis: 'explicit' },
        quantity: { value: 3386, unit: 'km2', text: '3,386 square kilometers' },
        speaker: { name: null, side: 'independent', via: 'Bloomberg' },
      },
    ])
    const claim = verifyAnalysis(doc, verifier).value.claims[0] as Claim
    expect(claim.verdict?.status).toBe('confirmed')
    const detail = claim.verdict?.detail
    if (detail?.kind !== 'area') throw new Error('expected an area check')
    expect(detail.measure).toBe('net')
    expect(Math.abs(detail.computed - 3386) / 3386).toBeLessThan(0.02)
    expect(detail.tolerance).toBeGreaterThan(0)
    expect(claim.verdict?.reason).toMatch(/within the tolerance \(3,386 km² ± 102 km²\)/)
    expect(claim.verdict?.snapshots).toEqual(['2024-12-31', '2025-10-31'])
  })

  it('contradicts "Kupiansk was captured in November 2025"', () => {
    const doc = analysis('kupiansk', '2025-11-20', [
      {
        kind: 'capture',
        text: 'Russia’s General Staff said its troops had captured Kupiansk in November 2025.',
        time: { start: '2025-11-01', end: '2025-11-30', basis: 'explicit' },
        places: [testPlace('kupiansk')],
      },
    ])
    const claim = verifyAnalysis(doc, verifier).value.claims[0] as Claim
    expect(claim.verdict?.status).toBe('contradicted')
    expect(claim.verdict?.reason).toContain('Kupiansk (Kharkiv Oblast) free')
    expect(claim.verdict?.reason).toContain('2026-01-29')
  })

  it('confirms "Pokrovsk was captured" dated 2025-12-01, with the map first: -11 days at the GeoNames point, -6 at the city centre', () => {
    const doc = analysis('pokrovsk', '2025-12-01', [
      { kind: 'capture', text: 'Russian forces have captured Pokrovsk, the ministry said.', time: day('2025-12-01'), places: [testPlace('pokrovsk')] },
      { kind: 'capture', text: 'The city of Pokrovsk fell.', time: day('2025-12-01'), places: [testPlace('pokrovskCentre')] },
    ])
    const [geonames, centre] = verifyAnalysis(doc, verifier).value.claims as [Claim, Claim]
    expect(geonames.verdict).toMatchObject({ status: 'confirmed', lagDays: -11, snapshots: ['2025-11-19', '2025-11-20'] })
    expect(centre.verdict).toMatchObject({ status: 'confirmed', lagDays: -6, snapshots: ['2025-11-24', '2025-11-25'] })
  })
})

describe('every verdict status on real claims', () => {
  const doc = analysis('statuses', '2026-08-01', [
    { kind: 'advance', text: 'Russian units are advancing toward Kostiantynivka.', time: day('2025-09-01'), places: [testPlace('kostiantynivka')] },
    { kind: 'advance', actorSide: 'UA', speaker: { name: 'General Staff', side: 'UA', via: null }, text: 'Ukrainian forces pushed forward near Pokrovsk.', time: day('2025-10-01'), places: [testPlace('pokrovsk')] },
    { kind: 'capture', text: 'Russian forces captured Kostiantynivka.', time: day('2026-08-01'), places: [testPlace('kostiantynivka')] },
    { kind: 'capture', actorSide: 'UA', speaker: { name: 'Syrskyi', side: 'UA', via: null }, text: 'Ukrainian troops recaptured Sudzha.', time: day('2025-03-01'), places: [testPlace('sudzha')] },
    { kind: 'assault', text: 'Russian assault groups attacked near Chasiv Yar.', time: day('2024-10-01'), places: [testPlace('chasivYar')] },
  ])
  const claims = verifyAnalysis(doc, verifier).value.claims

  it('consistent: an advance toward Kostiantynivka while the line came closer (distances before and after)', () => {
    const v = claims[0]?.verdict
    expect(v?.status).toBe('consistent')
    if (v?.detail?.kind !== 'advance') throw new Error('expected an advance check')
    expect(v.detail.distanceAfterKm).toBeLessThan(v.detail.distanceBeforeKm - 0.1)
    expect(v.reason).toMatch(/km from the occupied area on 2025-08-01/)
  })

  it('contradicted: a Ukrainian advance near Pokrovsk while the line moved the other way', () => {
    expect(claims[1]?.verdict?.status).toBe('contradicted')
  })

  it('pending: a capture of Kostiantynivka claimed three weeks before the series ends', () => {
    expect(claims[2]?.verdict?.status).toBe('pending')
    expect(claims[2]?.verdict?.reason).toContain('horizon runs to 2026-09-30')
  })

  it('unverifiable: a place in Russia’s Kursk oblast, outside the map', () => {
    expect(claims[3]?.verdict?.status).toBe('unverifiable')
    expect(claims[3]?.verdict?.reason).toContain('Sudzha lies in Kursk Oblast, Russia')
  })

  it('consistent: an assault at a town on the front line', () => {
    expect(claims[4]?.verdict?.status).toBe('consistent')
  })
})

describe('findings on real claims', () => {
  it('Sievierodonetsk "in the Donetsk region" in December 2025: stale, region mismatch, and the confusion with Siversk', () => {
    const sievierodonetsk = { ...testPlace('sievierodonetsk'), statedAdmin1: { name: 'Donetsk Oblast', span: [0, 0] as const } }
    const doc = analysis('sieverodonetsk', '2025-12-11', [
      { kind: 'withdrawal', actorSide: 'UA', text: 'Ukrainian troops withdrew from Sievierodonetsk in the Donetsk region, the Russian Defence Ministry said.', time: day('2025-12-11'), places: [sievierodonetsk] },
    ])
    const result = verifyAnalysis(doc, verifier).value
    expect(result.claims[0]?.verdict?.status).toBe('contradicted')
    const codes = result.findings.map((f) => f.code).sort()
    expect(codes).toEqual(['place-confusion', 'place-region-mismatch', 'stale-event'])
    const confusion = result.findings.find((f) => f.code === 'place-confusion') as Finding
    expect(confusion.suggestion).toBe('Siversk (Donetsk Oblast)')
    expect(result.document.text.slice(...(confusion.span as [number, number]))).toBe('Sievierodonetsk')
    const region = result.findings.find((f) => f.code === 'place-region-mismatch') as Finding
    expect(region.suggestion).toBe('Luhansk Oblast')
    expect(result.document.text.slice(...(region.span as [number, number]))).toBe('Donetsk')
  })

  it.skipIf(sharedDaysSkipReason(['2025-12-08', '2025-12-09']) !== null)('with the full days around it, Siversk fell 2 days before that claim', () => {
    const full = sampleSeriesWith(['2025-12-08', '2025-12-09'])
    const v = new ClaimVerifier({ ...context, control: full })
    const check = v.verifyClaim({ ...(analysis('x', null, [{ kind: 'withdrawal', actorSide: 'UA', text: 'x', time: day('2025-12-11') }]).claims[0] as Claim) }, [testPlace('siversk')], null)
    expect(check.verdict).toMatchObject({ status: 'confirmed', lagDays: -2, snapshots: ['2025-12-08', '2025-12-09'] })
  })

  it('Pokrovske for Pokrovsk: the claim about Pokrovske is contradicted, Pokrovsk is suggested', () => {
    const doc = analysis('pokrovske', '2025-11-25', [
      { kind: 'capture', text: 'Russian forces captured Pokrovske, the ministry reported.', time: day('2025-11-25'), places: [testPlace('pokrovskeDnipro')] },
    ])
    const result = verifyAnalysis(doc, verifier).value
    expect(result.claims[0]?.verdict?.status).toBe('contradicted')
    const confusion = result.findings.find((f) => f.code === 'place-confusion')
    expect(confusion?.suggestion).toBe('Pokrovsk (Donetsk Oblast)')
    expect(confusion?.message).toContain('5 days before the claim')
  })

  it('numeric-mismatch: a wrong area for a period, and a wrong distance between two towns', () => {
    const trueKm = greatCircleKm(testPlace('pokrovsk'), testPlace('myrnohrad'))
    const doc = analysis('numbers', '2025-11-05', [
      { kind: 'area-change', text: 'Russia seized 5,200 sq km in the first ten months of 2025.', time: { start: '2025-01-01', end: '2025-10-31', basis: 'explicit' }, quantity: { value: 5200, unit: 'km2', text: '5,200 sq km' } },
      { kind: 'other', text: 'Myrnohrad lies 25 km from Pokrovsk.', time: day('2025-11-05'), quantity: { value: 25, unit: 'km', text: '25 km' }, places: [testPlace('myrnohrad'), testPlace('pokrovsk')] },
      { kind: 'other', text: `Myrnohrad, ${Math.round(trueKm)} km east of Pokrovsk, is next.`, time: day('2025-11-05'), quantity: { value: Math.round(trueKm), unit: 'km', text: `${Math.round(trueKm)} km` }, places: [testPlace('myrnohrad'), testPlace('pokrovsk')] },
      { kind: 'area-change', text: 'in the same period of 2024 it took 2,194 km²', time: { start: '2024-01-01', end: '2024-10-31', basis: 'explicit' }, quantity: { value: 2194, unit: 'km2', text: '2,194 km²' } },
    ])
    const result = verifyAnalysis(doc, verifier).value
    expect(result.claims.map((c) => c.verdict?.status)).toEqual(['contradicted', 'contradicted', 'confirmed', 'unverifiable'])
    expect(result.claims[3]?.verdict?.reason).toContain('starts before the map series (2024-07-08)')
    const numeric = result.findings.filter((f) => f.code === 'numeric-mismatch')
    expect(numeric).toHaveLength(2)
    expect(numeric[0]?.suggestion).toMatch(/^3,376 km² \(net change/)
    expect(numeric[1]?.message).toMatch(/25 km between Myrnohrad and Pokrovsk recomputes to \d\.\d km/)
  })

  it('dateline-mismatch: a story dated January 2024 reporting the fall of Pokrovsk', () => {
    const doc = analysis('dateline', '2024-01-15', [{ kind: 'capture', text: 'Russian troops have taken Pokrovsk after months of fighting.', time: { start: null, end: null, basis: 'publication' }, places: [testPlace('pokrovsk')] }])
    const result = verifyAnalysis(doc, verifier).value
    expect(result.claims[0]?.verdict?.status).toBe('unverifiable')
    const dateline = result.findings.find((f) => f.code === 'dateline-mismatch')
    expect(dateline?.suggestion).toBe('on or after 2025-11-20')
    expect(dateline?.message).toContain('dated 2024-01-15')
  })

  it('dateline-mismatch also for a relative date counted back from the dateline ("said on Monday")', () => {
    const doc = analysis('dateline-relative', '2024-01-15', [{ kind: 'capture', text: 'Russian troops have taken Pokrovsk, the ministry said on Monday.', time: { start: '2024-01-15', end: '2024-01-15', basis: 'relative' }, places: [testPlace('pokrovsk')] }])
    const result = verifyAnalysis(doc, verifier).value
    expect(result.claims[0]?.verdict?.reason).toContain('before the map series starts (2024-07-08)')
    expect(result.findings.find((f) => f.code === 'dateline-mismatch')?.suggestion).toBe('on or after 2025-11-20')
    // The same claim with a date stated in the text says nothing about the dateline.
    const explicit = analysis('dateline-explicit', '2024-01-15', [{ kind: 'capture', text: 'Russian troops took Pokrovsk on 15 January 2024.', time: day('2024-01-15'), places: [testPlace('pokrovsk')] }])
    expect(verifyAnalysis(explicit, verifier).value.findings.map((f) => f.code)).toEqual([])
  })

  it('keeps the dateline-mismatch extraction found (and adds no second one); verifying twice gives the same findings', () => {
    const extracted: Finding = { code: 'dateline-mismatch', severity: 'warning', message: 'Dateline 2024-01-15, content of 2025-11', span: [0, 5], suggestion: '2025-12-01', stage: 'ingest' }
    const doc = analysis('kept', '2024-01-15', [{ kind: 'capture', text: 'Russian troops have taken Pokrovsk.', time: { start: null, end: null, basis: 'publication' }, places: [testPlace('pokrovsk')] }], [extracted])
    const once = verifyAnalysis(doc, verifier).value
    expect(once.findings.filter((f) => f.code === 'dateline-mismatch')).toEqual([extracted])
    const twice = verifyAnalysis(once, verifier).value
    expect(twice.findings).toEqual(once.findings)
    expect(twice.claims).toEqual(once.claims)
  })
})

describe('contradictions across sources', () => {
  it('links a capture claim and a control claim about Kupiansk by different speakers; the map sides with one', () => {
    const ru = analysis('ru', '2025-11-20', [{ kind: 'capture', text: 'Gerasimov reported the capture of Kupiansk.', speaker: { name: 'Valery Gerasimov', side: 'RU', via: 'TASS' }, time: day('2025-11-20'), places: [testPlace('kupiansk')] }])
    const ua = analysis('ua', '2025-11-21', [{ kind: 'control', actorSide: 'UA', speaker: { name: 'General Staff of Ukraine', side: 'UA', via: null }, text: 'Kupiansk remains under Ukrainian control, the General Staff said.', time: day('2025-11-21'), places: [testPlace('kupiansk')] }])
    const first = verifyAnalysis(ru, verifier).value
    const related = first.claims.map((c) => ({ claim: c, places: c.places.map((i) => first.places[i] as Place) }))
    const second = verifyAnalysis(ua, verifier, { related: related.map((r) => comparableClaim(r.claim, r.places, { id: 'ru', publishedAt: '2025-11-20' })).filter((c) => c !== null) }).value
    expect(second.contradictions).toHaveLength(1)
    const link = second.contradictions[0]
    expect(link?.claimIds).toEqual(['ru-c0', 'ua-c0'])
    expect(link?.placeName).toBe('Kupiansk')
    expect(link?.reason).toContain('Valery Gerasimov: Russian forces captured Kupiansk')
    expect(second.findings.find((f) => f.code === 'contradiction')?.relatedClaimIds).toEqual(['ru-c0'])
    expect(first.claims[0]?.verdict?.status).toBe('contradicted')
    expect(second.claims[0]?.verdict?.status).toBe('confirmed')
  })

  it('links "advances on all fronts" with "little meaningful progress" (no place: the front as a whole)', () => {
    const doc = analysis('fronts', '2025-06-10', [
      { kind: 'advance', text: 'Russian troops are advancing on all fronts, Putin said.', speaker: { name: 'Vladimir Putin', side: 'RU', via: null }, time: day('2025-06-10') },
      { kind: 'advance', modality: 'denied', text: 'Analysts at ISW saw little meaningful Russian progress.', speaker: { name: 'ISW', side: 'independent', via: null }, time: day('2025-06-09') },
    ])
    const result = verifyAnalysis(doc, verifier).value
    expect(result.contradictions).toHaveLength(1)
    expect(result.contradictions[0]?.placeId).toBeNull()
    expect(result.findings.filter((f) => f.code === 'contradiction')).toHaveLength(2)
  })
})

describe('invariants', () => {
  it('a verdict stays the same when polygon rings are rotated or reversed', () => {
    const days = new Set(['2025-10-01', '2025-11-01', '2025-11-19', '2025-11-20', '2025-12-01', '2026-01-01', '2026-02-01'])
    const slice = loadSampleSnapshots().filter((s) => days.has(s.date))
    const claims: [Claim, Place[]][] = [
      [{ ...(analysis('p', null, [{ kind: 'capture', text: 'x', time: day('2025-12-01') }]).claims[0] as Claim) }, [testPlace('pokrovsk')]],
      [{ ...(analysis('k', null, [{ kind: 'capture', text: 'x', time: { start: '2025-11-01', end: '2025-11-30', basis: 'explicit' } }]).claims[0] as Claim) }, [testPlace('kupiansk')]],
      [{ ...(analysis('m', null, [{ kind: 'advance', text: 'x', time: day('2025-11-01') }]).claims[0] as Claim) }, [testPlace('myrnohrad')]],
    ]
    const verdicts = (snapshots: ControlSnapshot[]) => {
      const v = new ClaimVerifier({ control: createControlSeries(snapshots, { regions: loadRegionLayer() }) })
      return claims.map(([c, p]) => v.verifyClaim(c, p, null).verdict)
    }
    const expected = verdicts(slice)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (shift, reverse) => {
        const changed = slice.map((s) => ({
          ...s,
          geometry: { type: 'MultiPolygon' as const, coordinates: s.geometry.coordinates.map((polygon) => polygon.map((ring) => transformRing(ring, shift, reverse))) },
        }))
        const got = verdicts(changed)
        expect(got.map((v) => [v.status, v.lagDays, v.snapshots])).toEqual(expected.map((v) => [v.status, v.lagDays, v.snapshots]))
      }),
      { numRuns: 4 },
    )
  })
})

/** Rotates a closed ring's start by `shift` vertices and optionally reverses it, keeping it closed. */
function transformRing(ring: number[][], shift: number, reverse: boolean): number[][] {
  const open = ring.slice(0, -1)
  const k = shift % open.length
  let rotated = [...open.slice(k), ...open.slice(0, k)]
  if (reverse) rotated = rotated.reverse()
  return [...rotated, rotated[0] as number[]]
}



describe('with the shipped gazetteer as the place directory', () => {
  const gazetteerVerifier = createClaimVerifier(series, { gazetteer: loadGazetteer() })

  it('finds Siversk for Sievierodonetsk and Pokrovsk for Pokrovske among all look-alike names', () => {
    const doc = analysis('gazetteer', '2025-12-11', [
      { kind: 'withdrawal', actorSide: 'UA', text: 'Ukrainian troops withdrew from Sievierodonetsk.', time: day('2025-12-11'), places: [testPlace('sievierodonetsk')] },
      { kind: 'capture', text: 'Russian forces captured Pokrovske.', time: day('2025-11-25'), places: [testPlace('pokrovskeDnipro')] },
    ])
    const confusion = verifyAnalysis(doc, gazetteerVerifier).value.findings.filter((f) => f.code === 'place-confusion')
    expect(confusion.map((f) => f.suggestion)).toEqual(['Siversk (Donetsk Oblast)', 'Pokrovsk (Donetsk Oblast)'])
  })

  it('resolves region names in any language for region mismatches', () => {
    const places = placeDirectoryFromGazetteer(loadGazetteer())
    expect(places.resolveAdmin1('Донецька область')).toBe('Donetsk Oblast')
    expect(places.resolveAdmin1('Луганская область')).toBe('Luhansk Oblast')
  })
})
