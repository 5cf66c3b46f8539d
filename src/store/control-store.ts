import type {
  ControlEdgeChange,
  ControlSaveResult,
  ControlSnapshot,
  ControlSnapshotInfo,
  ControlSnapshotInput,
  FlatControlSnapshot,
  FlatMultiPolygon,
  IsoDate,
  Issue,
} from '../domain/index.js'

/** One run of `control import`, kept with every issue it met (STYLE.md §4: nothing the user gave is lost). */
export interface ControlImportRecord {
  readonly startedAt: string
  readonly finishedAt: string
  /** The paths the user gave. */
  readonly paths: readonly string[]
  readonly inserted: number
  readonly revised: number
  readonly unchanged: number
  /** Files or snapshots that could not be imported. */
  readonly rejected: number
  readonly issues: readonly Issue[]
}

/**
 * Control snapshots (see ../shared/DESIGN.md "Control series"). Every snapshot is kept with all
 * its revisions; readers see the latest revision of each date unless they ask for one.
 */
export interface ControlStore {
  /**
   * Saves snapshots in one transaction, in the order given. Per date: the same geometry (sha256)
   * as the latest revision changes nothing; a different one becomes revision latest + 1.
   */
  saveControlSnapshots(snapshots: readonly ControlSnapshotInput[]): Promise<readonly ControlSaveResult[]>
  /** Latest revision of every date (or every revision with `allRevisions`), in date (then revision) order. */
  listControlSnapshots(options?: { readonly allRevisions?: boolean }): Promise<readonly ControlSnapshotInfo[]>
  /** The latest revision of each date in [from, to] (both optional, inclusive), with geometry, in date order. */
  loadControlSnapshots(options?: { readonly from?: IsoDate; readonly to?: IsoDate }): Promise<readonly ControlSnapshot[]>
  /**
   * `loadControlSnapshots` with each geometry as flat typed arrays (rings open): what loading a whole
   * series uses, since building a JavaScript array per position costs ~1 s for the full series.
   */
  loadFlatControlSnapshots(options?: { readonly from?: IsoDate; readonly to?: IsoDate }): Promise<readonly FlatControlSnapshot[]>
  /**
   * The latest revision of each date in [from, to] without their geometries, and a reader that
   * returns one geometry (flat arrays, rings open) when asked, synchronously: how a series is loaded
   * for one question (a point's history needs 2 of 769 geometries; reading all 38 MB of them costs
   * more than the rest of the answer). The reader works while the store is open; it throws for a
   * (date, revision) the store does not hold. A backend that cannot read synchronously loads the
   * geometries here and hands them out from memory.
   */
  openFlatControlSnapshots(options?: { readonly from?: IsoDate; readonly to?: IsoDate }): Promise<LazyFlatControlSnapshots>
  /** Keeps edge-change records (a record already kept for the same pair of sha256 is left as it is). */
  saveControlEdgeChanges(changes: readonly ControlEdgeChange[]): Promise<void>
  /** The kept records for these pairs of geometries (pairs with none are left out), in no particular order. */
  loadControlEdgeChanges(pairs: readonly { readonly fromSha256: string; readonly toSha256: string }[]): Promise<readonly ControlEdgeChange[]>
  /** One snapshot: the given revision, or the latest; null when absent. */
  getControlSnapshot(date: IsoDate, revision?: number): Promise<ControlSnapshot | null>
  /** Records an import run and its issues; returns its id. */
  recordControlImport(record: ControlImportRecord): Promise<number>
  /** The most recent import runs, newest first, with their issues. */
  listControlImports(limit?: number): Promise<readonly (ControlImportRecord & { readonly id: number })[]>
}

/** See ControlStore.openFlatControlSnapshots. */
export interface LazyFlatControlSnapshots {
  readonly snapshots: readonly ControlSnapshotInfo[]
  readGeometry(date: IsoDate, revision: number): FlatMultiPolygon
}
