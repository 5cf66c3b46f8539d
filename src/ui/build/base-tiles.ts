// The map's base layer cut into vector tiles at build time (vite.config.ts), so that the page's first
// view loads a handful of small tiles instead of the whole base layer as GeoJSON. As GeoJSON, MapLibre's
// worker fetched and parsed 0.5 MB, indexed all of it with geojson-vt and sent the parsed data back to
// the page (MapLibre keeps a copy of a URL source's data on the main thread), all before the first
// frame could ask for a tile (bench/page-load). The tiles are what that worker would have cut: the same
// library (geojson-vt), the same 2-pixel simplification per zoom, encoded as Mapbox Vector Tiles.
//
// Up to `maxZoom` only (MapLibre overzooms beyond): the base files are simplified to 0.004° or 0.25 km
// (data/basemap/SOURCE.md, data/regions/SOURCE.md), far coarser than a zoom-7 tile's grid (4096 units
// a tile, ~0.0007°), so deeper tiles would add files and no detail. Every tile that overlaps the data's
// bounds is written, empty ones as zero bytes (a valid tile without layers), so the map never asks for a
// tile that is missing.
//
// Pure and free of Node and DOM types: vite.config.ts runs it in Node, its test under vitest.
import { GeoJSONVT } from '@maplibre/geojson-vt'
import { fromGeojsonVt } from '@maplibre/vt-pbf'
import { BASE_TILE_LAYER } from '../first-view.js'
import type { PlainFeatureCollection } from './compose-base-layer.js'


export interface BaseTilesOptions {
  /** The deepest zoom cut; MapLibre overzooms beyond it. */
  readonly maxZoom: number
  /** Simplification per zoom in screen pixels of a 512-pixel tile (MapLibre's GeoJSON `tolerance`). */
  readonly tolerancePx: number
}

export interface BaseTile {
  readonly z: number
  readonly x: number
  readonly y: number
  /** A Mapbox Vector Tile (zero bytes where the tile holds nothing). */
  readonly bytes: Uint8Array
}

export interface BaseTiles {
  /** [west, south, east, north] of the data: the source's `bounds`, outside which no tile is asked for. */
  readonly bounds: [number, number, number, number]
  readonly tiles: readonly BaseTile[]
}

const EXTENT = 4096
/** Tile size in screen pixels (MapLibre's vector and GeoJSON sources both draw 512-pixel tiles). */
const TILE_PX = 512

export function cutBaseTiles(collection: PlainFeatureCollection, options: BaseTilesOptions): BaseTiles {
  const bounds = boundsOf(collection)
  const index = new GeoJSONVT(collection as unknown as ConstructorParameters<typeof GeoJSONVT>[0], {
    maxZoom: options.maxZoom,
    indexMaxZoom: options.maxZoom,
    tolerance: (options.tolerancePx * EXTENT) / TILE_PX,
    extent: EXTENT,
    // 8 pixels: wider than any base line, so strokes continue across tile edges.
    buffer: (8 * EXTENT) / TILE_PX,
  })
  const tiles: BaseTile[] = []
  for (let z = 0; z <= options.maxZoom; z++) {
    const [x0, y0, x1, y1] = tileRange(bounds, z)
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tile = index.getTile(z, x, y)
        const bytes = tile && tile.features.length > 0 ? fromGeojsonVt({ [BASE_TILE_LAYER]: tile }, { version: 2, extent: EXTENT }) : new Uint8Array()
        tiles.push({ z, x, y, bytes })
      }
    }
  }
  return { bounds, tiles }
}

/** The tiles at zoom `z` that overlap `bounds`: [xMin, yMin, xMax, yMax], inclusive. */
export function tileRange(bounds: readonly [number, number, number, number], z: number): [number, number, number, number] {
  const [west, south, east, north] = bounds
  const n = 2 ** z
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, Math.floor(v)))
  const tx = (lon: number) => ((lon + 180) / 360) * n
  const ty = (lat: number) => {
    const rad = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180
    return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n
  }
  return [clamp(tx(west)), clamp(ty(north)), clamp(tx(east)), clamp(ty(south))]
}

function boundsOf(collection: PlainFeatureCollection): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return
    if (typeof coordinates[0] === 'number') {
      const [lon, lat] = coordinates as number[]
      box[0] = Math.min(box[0], lon as number)
      box[1] = Math.min(box[1], lat as number)
      box[2] = Math.max(box[2], lon as number)
      box[3] = Math.max(box[3], lat as number)
      return
    }
    for (const inner of coordinates) visit(inner)
  }
  for (const feature of collection.features) visit(feature.geometry?.coordinates)
  if (!Number.isFinite(box[0])) throw new Error('base tiles: the base layer has no coordinates')
  return box
}
