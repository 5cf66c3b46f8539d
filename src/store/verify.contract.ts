import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim, Contradiction, Document, Finding, Place, Verdict } from '../domain/index.js'
import type { Store } from './store.js'
import type { StoreBackend } from './store.contract.js'

const place: Place = { mention: 'Kupiansk', span: [10, 18], id: 'ua-kupiansk', name: 'Kupiansk', admin1: 'Kharkiv Oblast', country: 'UA', lat: 49.71, lon: 37.62, kind: 'settlement', confidence: 0.9, alternatives: [] }

function documentOf(id: string, text: string): Document {
  const hex = Buffer.from(id).toString('hex').padEnd(64, '0').slice(0, 64)
  return {
    id, title: null, byline: null, outlet: 'Test Wire', url: null, origin: `in/${id}.txt`, format: 'text', publishedAt: '2025-11-21', publishedAtBasis: 'metadata',
    lang: 'en', text, textSha256: hex, rawSha256: 'a'.repeat(64), duplicateOf: null,
  }
}

function claimOf(id: string, documentId: string, fields: Partial<Claim> = {}): Claim {
  return {
    id, documentId, kind: 'capture', actorSide: 'RU', speaker: { name: 'Valery Gerasimov', side: 'RU', via: 'TASS' }, places: [0],
    time: { start: '2025-11-20', end: '2025-11-20', basis: 'explicit' }, quantity: null, modality: 'asserted', span: [0, 30], sentence: 'Kupiansk was captured.', ...fields,
  }
}

const contradiction: Contradiction = {
  id: 'ctr-1', claimIds: ['c-ru', 'c-ua'], documentIds: ['doc-ru', 'doc-ua'], speakers: ['Valery Gerasimov', 'General Staff'], placeId: 'ua-kupiansk', placeName: 'Kupiansk',
  window: { start: '2025-11-20', end: '2025-11-21' }, reason: 'Valery Gerasimov: Russian forces captured Kupiansk; General Staff: Ukrainian forces control Kupiansk.',
}

const verdict: Verdict = {
  status: 'contradicted', reason: 'The map shows Kupiansk free through 2026-01-19.', lagDays: null, snapshots: ['2025-11-20', '2026-01-19'], horizonDays: 60, checkedThrough: '2026-08-22',
  detail: { kind: 'status', placeId: 'ua-kupiansk', placeName: 'Kupiansk', expected: 'occupied', claimType: 'event', mapDate: null },
}

/** The verification part of the store contract (migrations 40-49). */
export function describeVerifyContract(backend: StoreBackend): void {
  const suite = backend.skipReason ? describe.skip : describe
  suite(`verification store: ${backend.name}`, () => {
    let store: Store
    beforeEach(async () => {
      store = await backend.open()
      await store.saveRawInput({ sha256: 'a'.repeat(64), bytes: new Uint8Array([1]), origin: 'in/x', format: 'text', encoding: 'utf-8' })
      for (const [doc, claim] of [['doc-ru', 'c-ru'], ['doc-ua', 'c-ua']] as const) {
        await store.saveDocument(documentOf(doc, `${doc}: Kupiansk text`))
        const extracted: Finding = { code: 'boilerplate-removed', severity: 'info', message: 'removed 1 line', span: null, suggestion: null, stage: 'ingest' }
        await store.saveAnalysis(doc, { places: [place], claims: [claimOf(claim, doc, claim === 'c-ua' ? { kind: 'control', actorSide: 'UA', speaker: { name: 'General Staff', side: 'UA', via: null } } : {})], findings: [extracted] })
      }
    })
    afterEach(async () => {
      await store.close()
    })

    it('updates verdicts in place and loads them back equal', async () => {
      expect(await store.saveVerdicts([{ claimId: 'c-ru', verdict }, { claimId: 'c-missing', verdict }])).toBe(1)
      expect((await store.getClaim('c-ru'))?.claim.verdict).toEqual(verdict)
      expect((await store.getClaim('c-ua'))?.claim.verdict).toBeUndefined()
    })

    it('replaces only its own stage’s findings', async () => {
      const mine: Finding[] = [
        { code: 'place-confusion', severity: 'warning', message: 'Siversk?', span: [10, 18], suggestion: 'Siversk (Donetsk Oblast)', stage: 'verify', claimId: 'c-ru' },
        { code: 'contradiction', severity: 'info', message: 'General Staff says the opposite', span: [0, 30], suggestion: null, stage: 'verify', claimId: 'c-ru', relatedClaimIds: ['c-ua'] },
      ]
      await store.replaceStageFindings('verify', [{ documentId: 'doc-ru', findings: mine }])
      await store.replaceStageFindings('verify', [{ documentId: 'doc-ru', findings: mine }])
      const findings = (await store.getAnalysis('doc-ru'))?.findings ?? []
      expect(findings.map((f) => f.code)).toEqual(['boilerplate-removed', 'place-confusion', 'contradiction'])
      expect(findings.slice(1)).toEqual(mine)
      await store.replaceStageFindings('verify', [{ documentId: 'doc-ru', findings: [] }])
      expect((await store.getAnalysis('doc-ru'))?.findings.map((f) => f.code)).toEqual(['boilerplate-removed'])
    })

    it('keeps contradictions by id, queries them, and drops them with their claims', async () => {
      expect(await store.saveContradictions([contradiction, { ...contradiction, id: 'ctr-ghost', claimIds: ['c-ru', 'c-gone'] }])).toBe(1)
      const [first] = await store.listContradictions()
      expect(first).toMatchObject(contradiction)
      await store.saveContradictions([{ ...contradiction, reason: 'updated' }])
      const again = await store.listContradictions({ claimId: 'c-ua' })
      expect(again.map((c) => [c.reason, c.detectedAt])).toEqual([['updated', first?.detectedAt]])
      expect(await store.listContradictions({ documentId: 'doc-ru', placeId: 'ua-kupiansk', from: '2025-11-21', to: '2025-11-30' })).toHaveLength(1)
      expect(await store.listContradictions({ from: '2025-12-01' })).toEqual([])
      await store.saveAnalysis('doc-ua', { places: [place], claims: [], findings: [] })
      expect(await store.countContradictions()).toBe(0)
    })

    it('replaces the whole set on a full run', async () => {
      await store.saveContradictions([contradiction])
      await store.saveContradictions([], { replaceAll: true })
      expect(await store.countContradictions()).toBe(0)
    })

    it('logs verification runs', async () => {
      expect(await store.lastVerificationRun()).toBeNull()
      const run = { ranAt: '2026-08-23T10:00:00.000Z', checkedThrough: '2026-08-22', horizonDays: 60, claims: 2, statuses: { contradicted: 1, confirmed: 1 }, findings: 3, contradictions: 1, seconds: 0.25 }
      await store.saveVerificationRun(run)
      expect(await store.lastVerificationRun()).toEqual(run)
    })

    it('loads any verdict back equal (property)', async () => {
      const isoDate = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10))
      const anyVerdict: fc.Arbitrary<Verdict> = fc.record({
        status: fc.constantFrom('confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable'),
        reason: fc.string({ unit: 'grapheme', maxLength: 60 }),
        lagDays: fc.option(fc.integer({ min: -800, max: 800 }), { nil: null }),
        snapshots: fc.array(isoDate, { maxLength: 3 }),
        horizonDays: fc.integer({ min: 0, max: 365 }),
        checkedThrough: fc.option(isoDate, { nil: null }),
      })
      await fc.assert(
        fc.asyncProperty(anyVerdict, async (v) => {
          await store.saveVerdicts([{ claimId: 'c-ua', verdict: v }])
          expect((await store.getClaim('c-ua'))?.claim.verdict).toEqual(v)
        }),
        { numRuns: 50 },
      )
    })
  })
}
