/// <reference types="vite/client" />

/** The map's base layer as vector tiles cut at build time (vite.config.ts, src/ui/build/base-tiles.ts). */
declare module 'virtual:frontline-base-layer' {
  const baseLayer: {
    /** URL template of the tiles, from the site root: `/assets/base-tiles-<hash>/{z}/{x}/{y}.pbf`. */
    readonly tiles: string
    /** [west, south, east, north] of the data; no tile is asked for outside it. */
    readonly bounds: [number, number, number, number]
    /** The deepest zoom cut; MapLibre overzooms beyond it. */
    readonly maxzoom: number
  }
  export default baseLayer
}
