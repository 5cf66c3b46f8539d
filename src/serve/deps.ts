import type { Analysis, ControlSnapshot, ControlView, Issue, IsoDate, SourceRecord, TimelineStep } from '../domain/index.js'
import type { Store } from '../store/index.js'
import type { ServeConfig } from './config.js'
import type { ReportSource } from './analysis-index.js'
import type { PlaceSearch } from './place-search.js'

export interface SnapshotInfo {
  readonly date: IsoDate
  readonly revision: number
  readonly areaKm2: number
}

export type TimelineStepSize = 'day' | 'week' | 'month'

/**
 * The control series as serve needs it: the domain's ControlView (status, area, change) plus the
 * snapshot list, the geometry in force on a date, and the area timeline. The CLI builds it from the
 * control stage over the store.
 */
export interface ControlSource {
  readonly view: ControlView
  /** Changes whenever the series does (an import): part of every cache key. */
  readonly version: string
  snapshots(): readonly SnapshotInfo[]
  /** The latest snapshot on or before `date`, or null before the series starts. */
  snapshotOn(date: IsoDate): Promise<ControlSnapshot | null>
  timeline(options: { step: TimelineStepSize; from?: IsoDate; to?: IsoDate; region?: string }): Promise<readonly TimelineStep[]>
  /** Region names `--region` accepts (oblasts, in any of the three languages), for error messages. */
  resolveRegion(name: string): string | null
}

/**
 * Turns raw bytes into analysed documents and stores them (ingest, then whatever stages the build
 * has: extraction, geoparsing, verification). The CLI composes it from the pipeline and the store.
 */
export type Ingestor = (
  bytes: Uint8Array,
  origin: string,
  options: { readonly mediaType: string | null; readonly url: string | null; readonly maxBytes: number },
) => Promise<{ readonly analyses: readonly Analysis[]; readonly issues: readonly Issue[] }>

/** The source ledger and the daily brief (the ledger stage over the store, composed by the CLI). */
export interface LedgerSource {
  /** Per speaker and per outlet: claims by verdict, median and p90 lag, the claim ids behind them. */
  sources(): Promise<readonly SourceRecord[]>
  /** The day's brief as data, and rendered as Markdown and as HTML. */
  brief(date: IsoDate): Promise<{ readonly brief: Readonly<Record<string, unknown>>; readonly markdown: string; readonly html: string }>
}

/**
 * What the HTTP app is given. The CLI composes it (it is the one place that picks the store backend
 * and builds each stage's service); serve never imports a stage directly (STYLE.md §2). A part that is
 * null makes its routes answer 503 naming what is missing.
 */
export interface ServeDeps {
  readonly config: ServeConfig
  readonly store: Store
  readonly control: ControlSource | null
  readonly places: PlaceSearch | null
  /** Analysed documents and their claims. */
  readonly reports: ReportSource | null
  readonly ledger: LedgerSource | null
  /** Ingest over HTTP (only with the write token). Null: the route answers 503. */
  readonly ingest: Ingestor | null
  /** Directory of the built UI (dist/ui), or null to serve the API only. */
  readonly uiDir: string | null
  /** Where request errors of class 500 are logged. */
  readonly log: (line: string) => void
}
