// The UI's view of the JSON API. Types only from domain (STYLE.md §2: ui imports `import type` only).
import type {
  Claim,
  ControlStatus,
  Finding,
  GeoJsonFeatureCollection,
  IsoDate,
  MultiPolygon,
  Place,
  SourceRecord,
  TimelineStep,
  Transition,
} from '../domain/index.js'

export interface ApiError {
  ok: false
  error: string
  errors: string[]
  status: number
}

export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.error)
  }
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const url = new URL(path, window.location.origin)
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v))
  const response = await fetch(url)
  const body = (await response.json()) as T | ApiError
  if (!response.ok) throw new ApiFailure(body as ApiError)
  return body as T
}

export interface Status {
  version: string
  database: string
  writable: boolean
  control: { coverage: { start: IsoDate; end: IsoDate } | null; snapshots: number } | null
  places: { entries: number } | null
  claims: { count: number } | null
  documents: { count: number } | null
  sources: { count: number } | null
}

export interface SnapshotInfo {
  date: IsoDate
  revision: number
  areaKm2: number
}

export interface ControlGeometry extends GeoJsonFeatureCollection<MultiPolygon, { kind: 'occupied'; snapshotDate: IsoDate; areaKm2: number }> {
  date: IsoDate
  snapshotDate: IsoDate | null
  areaKm2: number | null
}

export interface ControlChange
  extends GeoJsonFeatureCollection<MultiPolygon, { kind: 'gained' | 'lost'; areaKm2: number }> {
  from: IsoDate
  to: IsoDate
  snapshotFrom: IsoDate
  snapshotTo: IsoDate
  gainedKm2: number
  lostKm2: number
  netKm2: number
}

export interface PlaceHit {
  id: string
  name: string
  nameUk: string | null
  nameRu: string | null
  admin1: string | null
  country: string
  kind: string
  lat: number
  lon: number
  population: number | null
  /** The name or variant the query matched. */
  matched: string
}

export interface ClaimLocation {
  id: string
  name: string
  lat: number
  lon: number
}

export interface ClaimView extends Claim {
  document: { id: string; title: string | null; publishedAt: IsoDate | null; outlet: string | null }
  locations: ClaimLocation[]
}

export interface PlaceDetail {
  warnings: string[]
  place: PlaceHit
  status: { status: ControlStatus; snapshotDate: IsoDate; distanceToLineKm: number } | null
  transitions: Transition[]
  claims: ClaimView[]
}

export interface DocumentDetail {
  document: {
    id: string
    title: string | null
    outlet: string | null
    url: string | null
    publishedAt: IsoDate | null
    publishedAtBasis: string
    lang: string
    text: string
  }
  places: Place[]
  claims: Claim[]
  findings: Finding[]
}

export type { SourceRecord, TimelineStep }
