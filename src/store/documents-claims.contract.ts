import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Claim, Document, Finding, Place, RawInput } from '../domain/index.js'
import type { Store } from './store.js'
import type { StoreBackend } from './store.contract.js'

const raw: RawInput = { sha256: 'a'.repeat(64), bytes: new Uint8Array([104, 105]), origin: 'in/report.txt', format: 'text', encoding: 'utf-8' }

function documentFixture(overrides: Partial<Document> = {}): Document {
  return {
    id: 'doc-0000000000000001',
    title: 'Russian forces advance near Siversk',
    byline: null,
    outlet: 'Test Wire',
    url: 'https://example.org/1',
    origin: 'in/report.txt',
    format: 'text',
    publishedAt: '2025-12-12',
    publishedAtBasis: 'metadata',
    lang: 'en',
    text: 'Russian forces advanced near Siversk on Friday, the ministry said.',
    textSha256: 'b'.repeat(64),
    rawSha256: raw.sha256,
    duplicateOf: null,
    fingerprint: 'c'.repeat(512),
    ...overrides,
  }
}

const place: Place = {
  mention: 'Siversk', span: [28, 35], id: 'ua-siversk', name: 'Siversk', admin1: 'Donetsk Oblast', country: 'UA', lat: 48.86, lon: 38.1,
  kind: 'settlement', confidence: 0.93, alternatives: [{ id: 'ua-sievierodonetsk', name: 'Sievierodonetsk', admin1: 'Luhansk Oblast', lat: 48.95, lon: 38.49, score: 0.1 }],
}

const isoDate = fc.integer({ min: Date.UTC(2014, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10))
const text = fc.string({ unit: 'grapheme', maxLength: 40 })

/** Any claim the extractor could produce (and a verifier could annotate), for round-trip tests. */
const claimArbitrary = (documentId: string): fc.Arbitrary<Claim> =>
  fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 20 }),
      documentId: fc.constant(documentId),
      kind: fc.constantFrom('advance', 'capture', 'withdrawal', 'encirclement', 'assault', 'repelled', 'control', 'area-change', 'strike', 'evacuation', 'casualties', 'other'),
      actorSide: fc.constantFrom('RU', 'UA', null),
      speaker: fc.record({ name: fc.option(text, { nil: null }), side: fc.constantFrom('RU', 'UA', 'independent', 'unknown'), via: fc.option(text, { nil: null }) }),
      places: fc.array(fc.nat(3), { maxLength: 3 }),
      time: fc.record({ start: fc.option(isoDate, { nil: null }), end: fc.option(isoDate, { nil: null }), basis: fc.constantFrom('explicit', 'relative', 'publication') }),
      quantity: fc.option(
        fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((v) => (Object.is(v, -0) ? 0 : v)), unit: fc.constantFrom('km2', 'km', 'percent', 'people', 'soldiers', 'other'), text, of: fc.option(text, { nil: null }) }),
        { nil: null },
      ),
      modality: fc.constantFrom('asserted', 'reported', 'denied', 'premature', 'unverified', 'expected'),
      span: fc.tuple(fc.nat(10_000), fc.nat(10_000)),
      sentence: text,
      verdict: fc.record({ status: fc.constantFrom('confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable'), reason: text, lagDays: fc.option(fc.integer({ min: -400, max: 400 }), { nil: null }), snapshots: fc.array(isoDate, { maxLength: 2 }) }),
      duplicateOf: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
    },
    { requiredKeys: ['id', 'documentId', 'kind', 'actorSide', 'speaker', 'places', 'time', 'quantity', 'modality', 'span', 'sentence'] },
  ) as fc.Arbitrary<Claim>

/** The documents-and-claims part of the store contract (migrations 30-39). */
export function describeDocumentClaimContract(backend: StoreBackend): void {
  const suite = backend.skipReason ? describe.skip : describe
  suite(`document and claim store: ${backend.name}`, () => {
    let store: Store
    beforeEach(async () => {
      store = await backend.open()
    })
    afterEach(async () => {
      await store.close()
    })

    it('keeps raw bytes once, by hash', async () => {
      expect(await store.saveRawInput(raw)).toEqual({ inserted: true })
      expect(await store.saveRawInput(raw)).toEqual({ inserted: false })
      expect(await store.getRawInput(raw.sha256)).toEqual(raw)
      expect(await store.getRawInput('f'.repeat(64))).toBeNull()
    })

    it('stores a document once per text hash and loads it back equal', async () => {
      await store.saveRawInput(raw)
      const doc = documentFixture()
      expect(await store.saveDocument(doc, ['0:ab', '1:cd'])).toEqual({ inserted: true, document: doc })
      expect(await store.saveDocument({ ...doc, id: 'doc-other', origin: 'elsewhere' })).toEqual({ inserted: false, document: doc })
      expect(await store.getDocument(doc.id)).toEqual(doc)
      expect(await store.countDocuments()).toBe(1)
      const { fingerprint: _, ...withoutFingerprint } = documentFixture({ id: 'doc-2', textSha256: 'd'.repeat(64) })
      await store.saveDocument(withoutFingerprint)
      expect(await store.getDocument('doc-2')).toEqual(withoutFingerprint)
    })

    it('finds near-duplicate candidates by shared key and lists documents by date', async () => {
      await store.saveRawInput(raw)
      await store.saveDocument(documentFixture(), ['0:ab', '1:cd'])
      await store.saveDocument(documentFixture({ id: 'doc-2', textSha256: 'd'.repeat(64), publishedAt: '2024-01-01', duplicateOf: 'doc-0000000000000001' }), ['1:cd'])
      expect((await store.findDocumentsByNearDuplicateKeys(['1:cd', '9:zz'])).map((d) => d.id)).toEqual(['doc-0000000000000001', 'doc-2'])
      expect(await store.findDocumentsByNearDuplicateKeys(['9:zz'])).toEqual([])
      expect((await store.listDocuments({ from: '2025-01-01' })).map((d) => d.id)).toEqual(['doc-0000000000000001'])
      expect((await store.getDocument('doc-2'))?.duplicateOf).toBe('doc-0000000000000001')
    })

    it('replaces a document’s analysis as a whole and answers claim queries', async () => {
      await store.saveRawInput(raw)
      const doc = documentFixture()
      await store.saveDocument(doc)
      const claim: Claim = {
        id: 'c1', documentId: doc.id, kind: 'advance', actorSide: 'RU', speaker: { name: 'Russian Defense Ministry', side: 'RU', via: null },
        places: [0], time: { start: '2025-12-12', end: '2025-12-12', basis: 'relative' }, quantity: null, modality: 'reported', span: [0, 66], sentence: doc.text,
      }
      const finding: Finding = { code: 'boilerplate-removed', severity: 'info', message: 'removed 2 lines', span: null, suggestion: null }
      await store.saveAnalysis(doc.id, { places: [place], claims: [claim], findings: [finding] })
      await store.saveAnalysis(doc.id, { places: [place], claims: [claim], findings: [finding] })
      expect(await store.getAnalysis(doc.id)).toEqual({ places: [place], claims: [claim], findings: [finding] })
      expect(await store.countClaims()).toBe(1)
      expect(await store.getClaim('c1')).toEqual({ claim, places: [place] })
      expect((await store.listClaims({ placeId: 'ua-siversk', kind: 'advance', from: '2025-12-01', to: '2025-12-31' })).map((r) => r.claim.id)).toEqual(['c1'])
      expect(await store.listClaims({ placeId: 'ua-siversk', to: '2025-11-30' })).toEqual([])
      expect(await store.listClaims({ speaker: 'Nobody' })).toEqual([])
      expect(await store.getAnalysis('doc-missing')).toBeNull()
    })

    it('finds a speaker by the name a claim gives or by its organisation’s canonical name (Speaker.entity)', async () => {
      await store.saveRawInput(raw)
      const doc = documentFixture()
      await store.saveDocument(doc)
      const entity = 'Russian Defense Ministry'
      const claim: Claim = {
        id: 'c2', documentId: doc.id, kind: 'advance', actorSide: 'RU', speaker: { name: "Russia's Defence Ministry", side: 'RU', via: null, entity },
        places: [0], time: { start: '2025-12-12', end: '2025-12-12', basis: 'relative' }, quantity: null, modality: 'reported', span: [0, 66], sentence: doc.text,
      }
      await store.saveAnalysis(doc.id, { places: [place], claims: [claim], findings: [] })
      expect((await store.listClaims({ speaker: "Russia's Defence Ministry" })).map((r) => r.claim.id)).toEqual(['c2'])
      expect((await store.listClaims({ speaker: entity })).map((r) => r.claim.id)).toEqual(['c2'])
      expect(await store.listClaims({ speaker: 'Russian MoD' })).toEqual([])
    })

    it('loads any claim back equal (property)', async () => {
      await store.saveRawInput(raw)
      const doc = documentFixture()
      await store.saveDocument(doc)
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(claimArbitrary(doc.id), { selector: (c) => c.id, maxLength: 4 }), async (claims) => {
          await store.saveAnalysis(doc.id, { places: [place, place, place, place], claims, findings: [] })
          const loaded = await store.getAnalysis(doc.id)
          expect(loaded?.claims).toEqual(claims)
        }),
        { numRuns: 60 },
      )
    })

    it('keeps issues with their input', async () => {
      await store.saveIssues([
        { code: 'malformed-json', severity: 'error', message: 'in/a.jsonl: line 2 is not valid JSON', sourceId: 'in/a.jsonl#line-2', input: '{"x":' },
        { code: 'no-text', severity: 'warning', message: 'in/b.json#3: record has no text' },
      ])
      const issues = await store.listIssues()
      expect(issues.map(({ recordedAt: _, ...i }) => i)).toEqual([
        { code: 'malformed-json', severity: 'error', message: 'in/a.jsonl: line 2 is not valid JSON', sourceId: 'in/a.jsonl#line-2', input: '{"x":' },
        { code: 'no-text', severity: 'warning', message: 'in/b.json#3: record has no text' },
      ])
      expect(await store.listIssues({ sourceId: 'in/a.jsonl#line-2' })).toHaveLength(1)
    })
  })
}
