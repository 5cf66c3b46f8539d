/** GeoJSON geometry types used across stages (RFC 7946; positions are [lng, lat] or [lng, lat, z]). */
export type Position = number[]
export type Ring = Position[]
export type PolygonCoords = Ring[]
export type MultiPolygonCoords = PolygonCoords[]

export interface MultiPolygon {
  readonly type: 'MultiPolygon'
  readonly coordinates: MultiPolygonCoords
}

export interface Polygon {
  readonly type: 'Polygon'
  readonly coordinates: PolygonCoords
}

export interface GeoJsonFeature<G = MultiPolygon | Polygon, P = Record<string, unknown>> {
  readonly type: 'Feature'
  readonly geometry: G
  readonly properties: P
}

export interface GeoJsonFeatureCollection<G = MultiPolygon | Polygon, P = Record<string, unknown>> {
  readonly type: 'FeatureCollection'
  readonly features: readonly GeoJsonFeature<G, P>[]
}
