/// <reference types="vite/client" />

/** The map's base layer (one GeoJSON file composed at build time: vite.config.ts). */
declare module 'virtual:frontline-base-layer' {
  const url: string
  export default url
}
