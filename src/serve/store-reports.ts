// The claims/document routes over the store. The store filters by date window and place in SQL; the
// API's further filters (several kinds, several verdicts, part of a speaker's name) and the total
// count are applied here over that narrower set.
import type { Analysis, Document, IsoDate } from '../domain/index.js'
import type { Store } from '../store/index.js'
import { claimDay, speakerMatches, type ClaimDocumentRef, type ClaimQuery, type ClaimRecord, type ReportSource } from './analysis-index.js'

/** Everything the SQL filter lets through is read: the API pages after its own filters. */
const SCAN_LIMIT = 1_000_000

export function analysisOf(document: Document, stored: { places: Analysis['places']; claims: Analysis['claims']; findings: Analysis['findings'] } | null): Analysis {
  return { document: { ...document }, places: stored?.places ?? [], claims: stored?.claims ?? [], findings: stored?.findings ?? [] }
}

/** Document titles and dates are read once per document (claims list many per document). */
export function createStoreReports(store: Store): ReportSource & { forget(documentId: string): void } {
  const documentRefs = new Map<string, ClaimDocumentRef & { publishedAt: IsoDate | null }>()
  const refOf = async (id: string): Promise<ClaimDocumentRef> => {
    let ref = documentRefs.get(id)
    if (!ref) {
      const doc = await store.getDocument(id)
      ref = { id, title: doc?.title ?? null, publishedAt: doc?.publishedAt ?? null, outlet: doc?.outlet ?? null }
      documentRefs.set(id, ref)
    }
    return ref
  }
  return {
    forget: (documentId) => void documentRefs.delete(documentId),
    counts: async () => ({ documents: await store.countDocuments(), claims: await store.countClaims() }),
    getDocument: async (id) => {
      const document = await store.getDocument(id)
      return document ? analysisOf(document, await store.getAnalysis(id)) : null
    },
    findClaims: async (query: ClaimQuery) => {
      // The store's date filter keeps undated claims (they may match through their publication date).
      const rows = await store.listClaims({
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(query.placeId ? { placeId: query.placeId } : {}),
        ...(query.kinds?.length === 1 ? { kind: query.kinds[0] } : {}),
        limit: SCAN_LIMIT,
        offset: 0,
      })
      const speaker = query.speaker?.toLowerCase()
      const matching: (ClaimRecord & { end: IsoDate | null })[] = []
      for (const row of rows) {
        const document = await refOf(row.claim.documentId)
        const day = claimDay(row.claim, document)
        if (query.from && (day.end === null || day.end < query.from)) continue
        if (query.to && (day.start === null || day.start > query.to)) continue
        if (query.kinds && !query.kinds.includes(row.claim.kind)) continue
        if (query.verdicts && !query.verdicts.includes(row.claim.verdict?.status ?? 'none')) continue
        if (speaker && !speakerMatches(row.claim, document.outlet, speaker)) continue
        matching.push({ claim: row.claim, places: row.places, document, end: day.end })
      }
      matching.sort((a, b) => (b.end ?? '').localeCompare(a.end ?? '') || a.claim.id.localeCompare(b.claim.id))
      return {
        total: matching.length,
        items: matching.slice(query.offset, query.offset + query.limit).map(({ claim, places, document }) => ({ claim, places, document })),
      }
    },
  }
}
