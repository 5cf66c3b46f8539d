import type { Claim, ClaimKind, Finding, IsoDate, Place, Side } from '../domain/index.js'

/** What analysing one document produced: its places, claims (indexing those places) and findings. */
export interface StoredAnalysis {
  readonly places: readonly Place[]
  readonly claims: readonly Claim[]
  readonly findings: readonly Finding[]
}

export interface ClaimQuery {
  readonly documentId?: string
  readonly kind?: ClaimKind
  readonly actorSide?: Side
  /** Speaker name, exact: the name a claim gives, or a known organisation's canonical name (Speaker.entity). */
  readonly speaker?: string
  /** Claims whose time overlaps [from, to]. */
  readonly from?: IsoDate
  readonly to?: IsoDate
  /** Claims linked to this gazetteer entry. */
  readonly placeId?: string
  readonly limit?: number
  readonly offset?: number
}

/** A claim with the document it came from and the places it names, for listings. */
export interface ClaimRecord {
  readonly claim: Claim
  readonly places: readonly Place[]
}

/**
 * Claims, the place mentions they index, and document findings. Analysis results are stored per
 * document and replaced as a whole when a document is analysed again (re-running is idempotent).
 */
export interface ClaimStore {
  saveAnalysis(documentId: string, analysis: StoredAnalysis): Promise<void>
  getAnalysis(documentId: string): Promise<StoredAnalysis | null>
  getClaim(id: string): Promise<ClaimRecord | null>
  listClaims(query?: ClaimQuery): Promise<readonly ClaimRecord[]>
  countClaims(): Promise<number>
}
