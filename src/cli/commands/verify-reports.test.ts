// Issue 5 through the command line, as a user meets it: `frontline analyze --json` over short reports
// the team wrote (fixtures/verify, SOURCE.md there) against the bundled control sample (44 real
// DeepState days). Every report goes through ingest, extraction, geoparsing and verification; the
// checks below are the must-shows, one per verdict status and per finding code.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Analysis, Claim, Contradiction, Finding, VerdictStatus } from '../../domain/index.js'
import { repoPath } from '../../testing/shared-data.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'

type Report = Analysis & { contradictions?: Contradiction[] }

const fixtures = repoPath('src', 'cli', 'commands', 'fixtures', 'verify')
const files = readdirSync(fixtures).filter((f) => f.endsWith('.txt'))
let reports: Map<string, Report>
let exitCode: number
let stderr: string

beforeAll(async () => {
  const io = memoryIo({ cwd: fixtures })
  exitCode = await main(['analyze', ...files, '--json', '--control', repoPath('data', 'control-sample')], io.io)
  stderr = io.stderr()
  const out = JSON.parse(io.stdout()) as Report[]
  reports = new Map(out.map((r, i) => [files[i] as string, r]))
}, 180_000)

function report(file: string): Report {
  const r = reports.get(file)
  if (!r) throw new Error(`no analysis for ${file}`)
  return r
}

/** The claims of a report that name a settlement of this name (the headline's claims often name none). */
function claimsAbout(r: Report, name: string): Claim[] {
  return r.claims.filter((c) => c.places.some((i) => r.places[i]?.name === name))
}

function finding(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code)
  if (!f) throw new Error(`no ${code} finding; found ${r.findings.map((x) => x.code).join(', ') || 'none'}`)
  return f
}

describe('analyze --json on team-written reports against the real control sample', () => {
  it('analyses every report without an error, and gives every claim a verdict with a reason', () => {
    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    expect(reports.size).toBe(files.length)
    const statuses = new Set<VerdictStatus>()
    for (const r of reports.values()) {
      for (const c of r.claims) {
        expect(c.verdict?.reason.length, c.sentence).toBeGreaterThan(20)
        expect(Array.isArray(c.verdict?.snapshots)).toBe(true)
        statuses.add(c.verdict?.status as VerdictStatus)
      }
    }
    expect([...statuses].sort()).toEqual(['confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable'])
  })

  it('confirms the 3,386 km² of the first ten months of 2025 within the stated tolerance', () => {
    const r = report('area-first-ten-months.txt')
    const [claim] = r.claims.filter((c) => c.quantity?.unit === 'km2')
    expect(claim?.time).toMatchObject({ start: '2025-01-01', end: '2025-10-31' })
    expect(claim?.verdict).toMatchObject({ status: 'confirmed', snapshots: ['2024-12-31', '2025-10-31'] })
    const detail = claim?.verdict?.detail
    if (detail?.kind !== 'area') throw new Error('expected an area check')
    expect(Math.abs(detail.computed - 3386)).toBeLessThanOrEqual(detail.tolerance)
    expect(claim?.verdict?.reason).toMatch(/within the tolerance \(3,386 km² ± 102 km²\)/)
  })

  it('contradicts "Kupiansk captured in November 2025", stating the horizon', () => {
    const [claim] = claimsAbout(report('kupiansk-gerasimov.txt'), 'Kupiansk')
    // "in November 2025" said on 20 November: the month up to the report (a past event never ends after it).
    expect(claim?.time).toMatchObject({ start: '2025-11-01', end: '2025-11-20' })
    expect(claim?.verdict).toMatchObject({ status: 'contradicted', horizonDays: 60 })
    expect(claim?.verdict?.reason).toContain('free since before the series starts (2024-07-08) and still on 2026-01-19, 60 days after the claim')
  })

  it('checks the "not yet" claim: "the capture of Kupiansk remains premature" is confirmed, and linked to Gerasimov\'s claim', () => {
    const r = report('kupiansk-general-staff.txt')
    const premature = r.claims.find((c) => c.modality === 'premature')
    expect(premature?.verdict).toMatchObject({ status: 'confirmed', detail: { kind: 'status', expected: 'free', claimType: 'state' } })
    // The two reports are analysed together: each of the General Staff's claims (premature, still
    // held) is linked to Gerasimov's, and the links are in both outputs with the same ids.
    const other = report('kupiansk-gerasimov.txt')
    const links = r.contradictions ?? []
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      expect(link.placeName).toBe('Kupiansk')
      expect(link.speakers).toEqual(expect.arrayContaining(['Valery Gerasimov']))
    }
    expect(other.contradictions?.map((c) => c.id).sort()).toEqual(links.map((c) => c.id).sort())
    const gerasimovClaim = claimsAbout(other, 'Kupiansk')[0] as Claim
    const related = r.findings.filter((f) => f.code === 'contradiction' && f.claimId === premature?.id)
    expect(related.map((f) => f.relatedClaimIds)).toEqual([[gerasimovClaim.id]])
  })

  it('confirms the capture of Pokrovsk reported on 2025-12-01, with the map first (lag -11 days)', () => {
    const claims = claimsAbout(report('pokrovsk-ministry.txt'), 'Pokrovsk')
    expect(claims.length).toBeGreaterThan(0)
    for (const c of claims) expect(c.verdict).toMatchObject({ status: 'confirmed', lagDays: -11, snapshots: ['2025-11-19', '2025-11-20'] })
  })

  it('advance claims: consistent toward Huliaipole, contradicted near Pokrovsk, with the distances before and after', () => {
    const [toward] = claimsAbout(report('huliaipole-advance.txt'), 'Huliaipole')
    expect(toward?.verdict?.status).toBe('consistent')
    const d = toward?.verdict?.detail
    if (d?.kind !== 'advance') throw new Error('expected an advance check')
    expect(d.distanceAfterKm).toBeLessThan(d.distanceBeforeKm - d.toleranceKm)
    const [back] = claimsAbout(report('pokrovsk-counterattack.txt'), 'Pokrovsk')
    expect(back?.verdict?.status).toBe('contradicted')
    expect(back?.verdict?.reason).toMatch(/moving away instead \(5\.1 km inside Ukrainian-held ground on 2025-09-01/)
  })

  it('pending: a capture claimed twelve days before the last snapshot, horizon not passed', () => {
    const [claim] = claimsAbout(report('kostiantynivka-recent.txt'), 'Kostiantynivka')
    expect(claim?.verdict?.status).toBe('pending')
    expect(claim?.verdict?.reason).toContain('the 60-day horizon runs to 2026-10-09')
  })

  it('unverifiable, with the reason: outside the map (Sudzha), no date at all', () => {
    const [sudzha] = claimsAbout(report('sudzha-recaptured.txt'), 'Sudzha')
    expect(sudzha?.verdict?.status).toBe('unverifiable')
    expect(sudzha?.verdict?.reason).toContain('Sudzha lies in Kursk Oblast, Russia: outside the area the control map covers')
    const undated = report('undated-blogger.txt')
    expect(undated.document.publishedAt).toBeNull()
    expect(undated.claims.length).toBeGreaterThan(0)
    for (const c of undated.claims) {
      expect(c.verdict?.status).toBe('unverifiable')
      expect(c.verdict?.reason).toMatch(/no date/)
    }
  })

  it('Sievierodonetsk "in the Donetsk region": place-region-mismatch, stale-event and place-confusion suggesting Siversk', () => {
    const r = report('sievierodonetsk-withdrawal.txt')
    expect(claimsAbout(r, 'Sievierodonetsk')[0]?.verdict?.status).toBe('contradicted')
    const region = finding(r, 'place-region-mismatch')
    expect(region.suggestion).toBe('Luhansk Oblast')
    expect(r.document.text.slice(...(region.span as [number, number]))).toBe('Donetsk region')
    expect(finding(r, 'stale-event').message).toContain('since before the series starts (2024-07-08)')
    const confusion = finding(r, 'place-confusion')
    expect(confusion.suggestion).toBe('Siversk (Donetsk Oblast)')
    expect(r.document.text.slice(...(confusion.span as [number, number]))).toBe('Sievierodonetsk')
  })

  it('stale-event: Bakhmut "captured" in October 2025, occupied since before the series', () => {
    const r = report('bakhmut-stale.txt')
    expect(claimsAbout(r, 'Bakhmut')[0]?.verdict?.status).toBe('contradicted')
    expect(finding(r, 'stale-event').severity).toBe('warning')
  })

  it('dateline-mismatch: a report dated January 2024 on the fall of Pokrovsk', () => {
    const r = report('pokrovsk-wrong-dateline.txt')
    expect(r.document.publishedAt).toBe('2024-01-15')
    const f = finding(r, 'dateline-mismatch')
    expect(f.suggestion).toBe('on or after 2025-11-20')
    expect(claimsAbout(r, 'Pokrovsk')[0]?.verdict?.reason).toContain('before the map series starts (2024-07-08)')
  })

  it('numeric-mismatch for a wrong area and a wrong share; a right share of the country confirmed', () => {
    const r = report('numbers-wrong.txt')
    const byValue = (v: number) => r.claims.find((c) => c.quantity?.value === v)
    expect(byValue(5200)?.verdict?.status).toBe('contradicted')
    expect(byValue(80)?.verdict).toMatchObject({ status: 'contradicted', detail: { kind: 'area', unit: 'percent', region: 'Donetsk Oblast' } })
    expect(byValue(19)?.verdict).toMatchObject({ status: 'confirmed', detail: { kind: 'area', unit: 'percent', shareOf: { name: 'Ukraine' } } })
    const mismatches = r.findings.filter((f) => f.code === 'numeric-mismatch')
    expect(mismatches.map((f) => f.claimId).sort()).toEqual([byValue(5200)?.id, byValue(80)?.id].sort())
    expect(mismatches.find((f) => f.claimId === byValue(5200)?.id)?.suggestion).toMatch(/^3,376 km² \(net change/)
  })
})
