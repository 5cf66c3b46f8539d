import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { composeBaseLayer, type PlainFeatureCollection } from './src/ui/build/compose-base-layer.js'

const BASE_LAYER_MODULE = 'virtual:frontline-base-layer'
const BASE_LAYER_INPUTS = {
  countries: 'data/basemap/countries.geojson',
  oblasts: 'data/regions/oblasts.geojson',
  rivers: 'data/basemap/rivers.geojson',
} as const

/**
 * `import baseLayerUrl from 'virtual:frontline-base-layer'`: the URL of the map's base layer, one
 * GeoJSON file composed at build time from the shipped display files (src/ui/build/compose-base-layer.ts)
 * and emitted as a hashed asset; the dev server answers it from memory.
 */
function baseLayer(): Plugin {
  const resolvedId = `\0${BASE_LAYER_MODULE}`
  const devPath = '/@frontline/base-layer.geojson'
  let serving = false
  const read = (path: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`./${path}`, import.meta.url)), 'utf8')) as PlainFeatureCollection
  const compose = () =>
    JSON.stringify(composeBaseLayer({ countries: read(BASE_LAYER_INPUTS.countries), oblasts: read(BASE_LAYER_INPUTS.oblasts), rivers: read(BASE_LAYER_INPUTS.rivers) }))
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
        if (serving) return `export default ${JSON.stringify(devPath)}`
        const ref = this.emitFile({ type: 'asset', name: 'base-layer.geojson', source: compose() })
        return `export default import.meta.ROLLUP_FILE_URL_${ref}`
      },
    },
    configureServer(server) {
      server.middlewares.use(devPath, (_request, response) => {
        response.setHeader('content-type', 'application/geo+json')
        response.end(compose())
      })
    },
  }
}

/**
 * Preload hints in the built index.html for what MapLibre's worker fetches first: its own script and
 * the base layer. Without them both wait for the page's 1 MB module to arrive, be parsed and run (the
 * worker is created by the map), and the base layer then waits for the worker to start: two round
 * trips in a row on the way to the first frame. Preloaded, they arrive while the module is still being
 * parsed, and the worker's own requests are answered from the HTTP cache (hashed asset names, cached
 * as immutable: src/serve/static-files.ts). `as="fetch"`: the destination Chromium has for both (no
 * preload destination exists for a worker script); `crossorigin`: the same credentials mode as the
 * worker's requests, so the cached response is reused.
 */
function preloadWorkerInputs(patterns: readonly RegExp[]): Plugin {
  return {
    name: 'frontline-preload-worker-inputs',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const names = Object.keys(ctx.bundle ?? {})
        return patterns.map((pattern) => {
          const found = names.filter((name) => pattern.test(name))
          if (found.length !== 1) throw new Error(`preload: expected one built file matching ${pattern}, found ${found.length}: ${found.join(', ')}`)
          return { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `/${found[0]}` }, injectTo: 'head' as const }
        })
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
  plugins: [baseLayer(), preloadWorkerInputs([/^assets\/maplibre-gl-worker-[\w-]+\.mjs$/, /^assets\/base-layer-[\w-]+\.geojson$/])],
  build: {
    outDir: fileURLToPath(new URL('./dist/ui', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // GeoJSON base layers stay files (fetched by MapLibre), never inlined as data: URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The bundler's warning about slow plugin callbacks measures wall time, which on this shared
    // machine is mostly the load; the build's output is the same either way.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
