import type { Contradiction, Finding, IsoDate, Verdict, VerdictStatus } from '../domain/index.js'

/** A contradiction as stored: when it was first detected. */
export interface StoredContradiction extends Contradiction {
  readonly detectedAt: string
}

export interface ContradictionQuery {
  /** Contradictions one of whose claims is this one. */
  readonly claimId?: string
  /** Contradictions one of whose claims comes from this document. */
  readonly documentId?: string
  readonly placeId?: string
  /** Contradictions whose window overlaps [from, to]. */
  readonly from?: IsoDate
  readonly to?: IsoDate
  readonly limit?: number
  readonly offset?: number
}

/** One verification of stored claims against the control series (`frontline verify`, or ingest). */
export interface VerificationRun {
  readonly ranAt: string
  /** The series' last snapshot date then: pending verdicts may change after it. */
  readonly checkedThrough: IsoDate | null
  readonly horizonDays: number
  readonly claims: number
  readonly statuses: Readonly<Partial<Record<VerdictStatus, number>>>
  readonly findings: number
  readonly contradictions: number
  readonly seconds: number
}

/**
 * Verification results (migration 40): verdicts live on the claims themselves (`claims.verdict_json`)
 * and are updated in place; verification findings sit beside the other stages' findings of a
 * document, told apart by their `stage`; contradictions link two stored claims and go when either
 * claim goes.
 */
export interface VerifyStore {
  /** Sets the verdicts of stored claims; returns how many of the ids were stored claims. */
  saveVerdicts(verdicts: readonly { readonly claimId: string; readonly verdict: Verdict }[]): Promise<number>
  /**
   * Replaces the findings one stage recorded for each given document (by `Finding.stage`), keeping
   * every other stage's; one transaction for the whole list.
   */
  replaceStageFindings(stage: string, documents: readonly { readonly documentId: string; readonly findings: readonly Finding[] }[]): Promise<void>
  /**
   * Stores contradictions by id (detecting one again keeps its first `detectedAt`). With
   * `replaceAll`, stored contradictions not in the list are deleted (a full re-verification).
   * Contradictions whose claims are not stored are skipped; returns how many were kept.
   */
  saveContradictions(contradictions: readonly Contradiction[], options?: { readonly replaceAll?: boolean }): Promise<number>
  listContradictions(query?: ContradictionQuery): Promise<readonly StoredContradiction[]>
  countContradictions(): Promise<number>
  saveVerificationRun(run: VerificationRun): Promise<void>
  lastVerificationRun(): Promise<VerificationRun | null>
}
