// The map's first view, shared by the page (main.ts) and its build (vite.config.ts preloads the
// base tiles this view needs). Constants only: the build imports this file in Node.

/** Ukraine and the Russian border oblasts: [[west, south], [east, north]]. */
export const START_BOUNDS: [[number, number], [number, number]] = [
  [22, 44.2],
  [40.3, 52.4],
]

/**
 * The zoom the first view has on a common desktop window (a 1280x800 viewport: bench/page-load);
 * its base tiles are preloaded from the HTML. Elsewhere the map asks for the tiles of its own zoom.
 */
export const USUAL_START_ZOOM = 5

/** The deepest zoom of the base tiles (src/ui/build/base-tiles.ts); the map overzooms beyond it. */
export const BASE_TILES_MAX_ZOOM = 7

/** geojson-vt's simplification of the base layer, in screen pixels at every zoom. */
export const BASE_TOLERANCE_PX = 2

/** The one layer in every base tile; the style's base layers select it with `source-layer`. */
export const BASE_TILE_LAYER = 'base'
