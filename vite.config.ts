import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { cutBaseTiles, tileRange, type BaseTiles } from './src/ui/build/base-tiles.js'
import { composeBaseLayer, type PlainFeatureCollection } from './src/ui/build/compose-base-layer.js'
import { BASE_TILES_MAX_ZOOM, BASE_TOLERANCE_PX, START_BOUNDS, USUAL_START_ZOOM } from './src/ui/first-view.js'

const BASE_LAYER_MODULE = 'virtual:frontline-base-layer'
const BASE_LAYER_INPUTS = {
  countries: 'data/basemap/countries.geojson',
  oblasts: 'data/regions/oblasts.geojson',
  rivers: 'data/basemap/rivers.geojson',
} as const

/**
 * `import baseLayer from 'virtual:frontline-base-layer'`: the map's base layer as vector tiles, cut at
 * build time (src/ui/build/base-tiles.ts) from one GeoJSON composed of the shipped display files
 * (src/ui/build/compose-base-layer.ts). The module exports the tile URL template, the data's bounds and
 * the deepest zoom. The build emits the tiles under a directory named by their content hash (cached as
 * immutable, like every asset); the dev server answers them from memory.
 */
function baseLayer(): Plugin {
  const resolvedId = `\0${BASE_LAYER_MODULE}`
  let serving = false
  let cut: { hash: string; tiles: BaseTiles } | null = null
  const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`./${path}`, import.meta.url)), 'utf8')) as PlainFeatureCollection
  const tiles = () => {
    if (cut) return cut
    const composed = composeBaseLayer({ countries: read(BASE_LAYER_INPUTS.countries), oblasts: read(BASE_LAYER_INPUTS.oblasts), rivers: read(BASE_LAYER_INPUTS.rivers) })
    const options = { maxZoom: BASE_TILES_MAX_ZOOM, tolerancePx: BASE_TOLERANCE_PX }
    const hash = createHash('sha256').update(JSON.stringify([composed, options])).digest('base64url').replace(/[-_]/g, '').slice(0, 10)
    cut = { hash, tiles: cutBaseTiles(composed, options) }
    return cut
  }
  const template = () => (serving ? '/@frontline/base-tiles' : `/assets/base-tiles-${tiles().hash}`)
  return {
    name: 'frontline-base-layer',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    resolveId: (id) => (id === BASE_LAYER_MODULE ? resolvedId : null),
    load: {
      // Only this module reaches the hook (the bundler does not call it for every other one).
      filter: { id: new RegExp(`^${resolvedId}$`) },
      handler(id) {
        if (id !== resolvedId) return null
        for (const path of Object.values(BASE_LAYER_INPUTS)) this.addWatchFile(fileURLToPath(new URL(`./${path}`, import.meta.url)))
        const { tiles: cutTiles } = tiles()
        if (!serving) {
          for (const tile of cutTiles.tiles) this.emitFile({ type: 'asset', fileName: `${template().slice(1)}/${tile.z}/${tile.x}/${tile.y}.pbf`, source: tile.bytes })
        }
        return `export default ${JSON.stringify({ tiles: `${template()}/{z}/{x}/{y}.pbf`, bounds: cutTiles.bounds, maxzoom: BASE_TILES_MAX_ZOOM })}`
      },
    },
    configureServer(server) {
      server.middlewares.use('/@frontline/base-tiles/', (request, response) => {
        const m = /^\/?(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(request.url ?? '')
        const tile = m && tiles().tiles.tiles.find((t) => t.z === Number(m[1]) && t.x === Number(m[2]) && t.y === Number(m[3]))
        if (!tile) {
          response.statusCode = 404
          response.end()
          return
        }
        response.setHeader('content-type', 'application/x-protobuf')
        response.end(tile.bytes)
      })
    },
  }
}

/** The base tiles of the first view at its usual zoom (first-view.ts), as built asset names. */
function firstViewTiles(names: readonly string[]): string[] {
  const [[west, south], [east, north]] = START_BOUNDS
  const [x0, y0, x1, y1] = tileRange([west, south, east, north], USUAL_START_ZOOM)
  const wanted: string[] = []
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) wanted.push(`/${USUAL_START_ZOOM}/${x}/${y}.pbf`)
  const found = names.filter((name) => /^assets\/base-tiles-\w+\//.test(name) && wanted.some((w) => name.endsWith(w)))
  if (found.length !== wanted.length) throw new Error(`preload: expected the base tiles ${wanted.join(', ')}, found ${found.join(', ')}`)
  return found
}

/**
 * Preload hints in the built index.html for what the first view needs: the API answers the page asks
 * for first, MapLibre worker's script and the first view's base tiles. Without them the worker's script waits for the page's 1 MB module to
 * arrive, be parsed and run (the map creates the worker), and the tiles wait for the worker and the
 * map's first frame: round trips in a row on the way to the first complete frame. Preloaded, they
 * arrive while the module is still being parsed, and the worker's own requests are answered from the
 * HTTP cache (hashed asset names, cached as immutable: src/serve/static-files.ts). `as="fetch"`: the
 * destination Chromium has for both (no preload destination exists for a worker script);
 * `crossorigin`: the same credentials mode as the worker's requests, so the cached response is reused.
 */
function preloadWorkerInputs(): Plugin {
  return {
    name: 'frontline-preload-worker-inputs',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const names = Object.keys(ctx.bundle ?? {})
        const workers = names.filter((name) => /^assets\/maplibre-gl-worker-[\w-]+\.mjs$/.test(name))
        if (workers.length !== 1) throw new Error(`preload: expected one built MapLibre worker, found ${workers.join(', ') || 'none'}`)
        // The first view's API answers too (main.ts asks for exactly these URLs first; the geometry
        // at the zoom the view usually has): they leave with the HTML instead of after the module
        // has run, and the page's fetch() takes the preloaded answer.
        const api = ['api/status', 'api/control/snapshots', `api/control/geometry?zoom=${USUAL_START_ZOOM}`]
        return [...api, ...workers, ...firstViewTiles(names)].map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `/${name}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

// The UI (src/ui) builds into dist/ui, which `frontline serve` serves. `npm run dev:ui` proxies the API
// to a running `frontline serve` on port 8080.
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [baseLayer(), preloadWorkerInputs()],
  build: {
    outDir: fileURLToPath(new URL('./dist/ui', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // GeoJSON layers stay files (fetched by MapLibre), never inlined as data: URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The bundler's warning about slow plugin callbacks measures wall time, which on this shared
    // machine is mostly the load; the build's output is the same either way.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
