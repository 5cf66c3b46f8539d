import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError, type MultiPolygonCoords } from '../../domain/index.js'
import { normalizeMultiPolygon } from '../geometry/normalize-multipolygon.js'
import { type PackedGeometry, packMultiPolygon } from '../geometry/packed-geometry.js'
import { normalizeRegionName } from './normalize-region-name.js'

/** An oblast (or city with special status) of Ukraine, or a Russian border oblast. */
export interface Region {
  /** ISO 3166-2 code: `UA-14`, `RU-KRS`. */
  readonly id: string
  readonly country: 'UA' | 'RU'
  readonly name: string
  readonly nameUk: string
  readonly nameRu: string
  readonly aliases: readonly string[]
  readonly coordinates: MultiPolygonCoords
  readonly geometry: PackedGeometry
}

export interface RegionLayer {
  readonly regions: readonly Region[]
  /** The region a name means (English, Ukrainian or Russian, any common spelling, or the ISO code), or null. */
  find(name: string): Region | null
  /** Like `find`, but an unknown name is an InputError listing the closest known names. */
  resolve(name: string): Region
}

/** The shipped layer: data/regions/oblasts.geojson (see data/regions/SOURCE.md). */
export function defaultRegionsPath(): string {
  // src/control/regions/ and dist/control/regions/ are both three levels below the package root
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'regions', 'oblasts.geojson')
}

let cached: RegionLayer | null = null

/** Loads (once) the shipped region layer, or the one at `path`. */
export function loadRegionLayer(path?: string): RegionLayer {
  if (path === undefined && cached) return cached
  const collection = JSON.parse(readFileSync(path ?? defaultRegionsPath(), 'utf8')) as {
    features: { properties: Record<string, unknown>; geometry: { coordinates: MultiPolygonCoords } }[]
  }
  const regions: Region[] = collection.features.map((f) => {
    const coordinates = normalizeMultiPolygon(f.geometry.coordinates).coordinates
    return {
      id: String(f.properties.id),
      country: f.properties.country === 'RU' ? 'RU' : 'UA',
      name: String(f.properties.name),
      nameUk: String(f.properties.nameUk),
      nameRu: String(f.properties.nameRu),
      aliases: Array.isArray(f.properties.aliases) ? f.properties.aliases.map(String) : [],
      coordinates,
      geometry: packMultiPolygon(coordinates),
    }
  })
  const layer = createRegionLayer(regions)
  if (path === undefined) cached = layer
  return layer
}

export function createRegionLayer(regions: readonly Region[]): RegionLayer {
  const byName = new Map<string, Region>()
  for (const region of regions) {
    for (const name of [region.id, region.name, region.nameUk, region.nameRu, ...region.aliases]) {
      const key = normalizeRegionName(name)
      if (key !== '' && !byName.has(key)) byName.set(key, region)
    }
  }
  const find = (name: string): Region | null => byName.get(normalizeRegionName(name)) ?? null
  return {
    regions,
    find,
    resolve(name: string): Region {
      const region = find(name)
      if (region) return region
      const wanted = normalizeRegionName(name)
      const close = [...byName.entries()]
        .map(([key, r]) => ({ r, d: editDistance(wanted, key) }))
        .sort((a, b) => a.d - b.d)
        .filter((c, i, all) => all.findIndex((o) => o.r.id === c.r.id) === i)
        .slice(0, 3)
        .map((c) => `${c.r.name} (${c.r.nameUk})`)
      throw new InputError(
        `--region: unknown region ${JSON.stringify(name)}; expected an oblast of Ukraine or a Russian border oblast by English, Ukrainian or Russian name (closest: ${close.join(', ')})`,
      )
    },
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length] as number
}
