// Analysed documents (the `analyze --json` shape: document, places, claims, findings) indexed in
// memory for the claims, document and place routes. The CLI fills it from the store at startup; a
// store that can filter claims itself can implement `ReportSource` directly instead.
import type { Analysis, Claim, ClaimKind, IsoDate, Place, VerdictStatus } from '../domain/index.js'

export interface ClaimQuery {
  /** Claims whose time overlaps [from, to] (undated claims fall back to the publication date). */
  readonly from?: IsoDate
  readonly to?: IsoDate
  /** Gazetteer id of a place the claim names. */
  readonly placeId?: string
  /** Case-insensitive substring of the speaker's name (or its organisation's canonical name) or outlet. */
  readonly speaker?: string
  readonly kinds?: readonly ClaimKind[]
  /** `none` selects claims without a verdict yet. */
  readonly verdicts?: readonly (VerdictStatus | 'none')[]
  readonly limit: number
  readonly offset: number
}

export interface ClaimDocumentRef {
  readonly id: string
  readonly title: string | null
  readonly publishedAt: IsoDate | null
  readonly outlet: string | null
}

/** A claim with what the UI needs beside it: its document and the places it names, resolved. */
export interface ClaimRecord {
  readonly claim: Claim
  readonly document: ClaimDocumentRef
  readonly places: readonly Place[]
}

export interface ReportSource {
  counts(): Promise<{ readonly documents: number; readonly claims: number }>
  /** Newest first (by claim date, then publication date). */
  findClaims(query: ClaimQuery): Promise<{ readonly total: number; readonly items: readonly ClaimRecord[] }>
  getDocument(id: string): Promise<Analysis | null>
}

/** The day a claim is about: its time, else the document's publication date, else null. */
/**
 * Whether a claim's source answers a speaker search (`ClaimQuery.speaker`, lower case): part of the
 * speaker's name, of its organisation's canonical name (Speaker.entity), of the outlet it came through
 * or of the document's outlet.
 */
export function speakerMatches(claim: Claim, documentOutlet: string | null | undefined, search: string): boolean {
  const who = `${claim.speaker.name ?? ''}\u0000${claim.speaker.entity ?? ''}\u0000${claim.speaker.via ?? ''}\u0000${documentOutlet ?? ''}`.toLowerCase()
  return who.includes(search)
}

export function claimDay(claim: Claim, document: { publishedAt: IsoDate | null }): { start: IsoDate | null; end: IsoDate | null } {
  const start = claim.time.start ?? claim.time.end ?? document.publishedAt
  const end = claim.time.end ?? claim.time.start ?? document.publishedAt
  return { start, end }
}

/** An in-memory ReportSource that can also take more analyses (fixtures, ingest without a store). */
export interface MemoryReports extends ReportSource {
  /** Adds (or replaces, by document id) analysed documents. */
  add(analyses: readonly Analysis[]): Promise<void>
}

export function createAnalysisIndex(initial: readonly Analysis[] = []): MemoryReports {
  const byDocument = new Map<string, Analysis>()
  type Indexed = ClaimRecord & { readonly day: { start: IsoDate | null; end: IsoDate | null } }
  let records: Indexed[] = []
  let sorted = true

  const index = (analysis: Analysis): void => {
    const doc = analysis.document
    if (byDocument.has(doc.id)) records = records.filter((r) => r.document.id !== doc.id)
    byDocument.set(doc.id, analysis)
    const ref: ClaimDocumentRef = {
      id: doc.id,
      title: doc.title,
      publishedAt: doc.publishedAt,
      outlet: typeof doc.outlet === 'string' ? doc.outlet : null,
    }
    for (const claim of analysis.claims) {
      const places = claim.places.flatMap((i) => (analysis.places[i] ? [analysis.places[i] as Place] : []))
      records.push({ claim, document: ref, places, day: claimDay(claim, doc) })
    }
    sorted = false
  }
  const ordered = (): Indexed[] => {
    if (!sorted) {
      // Newest first; undated last.
      records.sort((a, b) => (b.day.end ?? '').localeCompare(a.day.end ?? '') || a.claim.id.localeCompare(b.claim.id))
      sorted = true
    }
    return records
  }
  for (const analysis of initial) index(analysis)

  return {
    counts: async () => ({ documents: byDocument.size, claims: records.length }),
    add: async (analyses) => {
      for (const analysis of analyses) index(analysis)
    },
    getDocument: async (id) => byDocument.get(id) ?? null,
    findClaims: async (query) => {
      const speaker = query.speaker?.toLowerCase()
      const matching = ordered().filter((r) => {
        if (query.from && (r.day.end === null || r.day.end < query.from)) return false
        if (query.to && (r.day.start === null || r.day.start > query.to)) return false
        if (query.placeId && !r.places.some((p) => p.id === query.placeId)) return false
        if (query.kinds && !query.kinds.includes(r.claim.kind)) return false
        if (query.verdicts && !query.verdicts.includes(r.claim.verdict?.status ?? 'none')) return false
        if (speaker && !speakerMatches(r.claim, r.document.outlet, speaker)) return false
        return true
      })
      return {
        total: matching.length,
        items: matching.slice(query.offset, query.offset + query.limit).map(({ claim, document, places }) => ({ claim, document, places })),
      }
    },
  }
}
