import type { Document, Issue, IsoDate, RawInput } from '../domain/index.js'

export interface DocumentQuery {
  /** Published on or after this date. */
  readonly from?: IsoDate
  /** Published on or before this date. */
  readonly to?: IsoDate
  readonly outlet?: string
  readonly limit?: number
  readonly offset?: number
}

export interface IssueQuery {
  readonly sourceId?: string
  readonly limit?: number
}

/** A stored issue: the issue as met, with when it was recorded. */
export interface StoredIssue extends Issue {
  readonly recordedAt: string
}

/**
 * Documents and the raw inputs they came from (see ../shared/DESIGN.md "Pipeline": raw kept).
 * Saving is idempotent: the same raw bytes or the same cleaned text is stored once.
 */
export interface DocumentStore {
  /** Keeps an input's raw bytes; `inserted` is false when these bytes were stored before. */
  saveRawInput(raw: RawInput): Promise<{ readonly inserted: boolean }>
  getRawInput(sha256: string): Promise<RawInput | null>
  /**
   * Stores a document unless one with the same text hash exists, in which case the stored one is
   * returned unchanged. `nearDuplicateKeys` (LSH band keys of its fingerprint) index it so that later
   * near-duplicates find it.
   */
  saveDocument(document: Document, nearDuplicateKeys?: readonly string[]): Promise<{ readonly inserted: boolean; readonly document: Document }>
  getDocument(id: string): Promise<Document | null>
  /** Documents sharing any of these keys: candidates the caller then compares (oldest first). */
  findDocumentsByNearDuplicateKeys(keys: readonly string[]): Promise<readonly Document[]>
  listDocuments(query?: DocumentQuery): Promise<readonly Document[]>
  countDocuments(): Promise<number>
  /** Keeps problems met on the way, with their input, so nothing the user gave is lost. */
  saveIssues(issues: readonly Issue[]): Promise<void>
  listIssues(query?: IssueQuery): Promise<readonly StoredIssue[]>
}
