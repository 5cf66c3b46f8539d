import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The UI (src/ui) builds into dist/ui, which `frontline serve` serves. `npm run dev:ui` proxies the API
// to a running `frontline serve` on port 8080.
export default defineConfig({
  root: fileURLToPath(new URL('./src/ui', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/ui', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // GeoJSON base layers stay files (fetched by MapLibre), never inlined as data: URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
