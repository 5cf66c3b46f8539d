/** The system Chromium (Debian package `chromium`); playwright's own browser download does not work here. */
export const CHROMIUM = process.env.FRONTLINE_CHROMIUM ?? '/usr/bin/chromium'

/** Flags for a quiet, offline, GPU-less headless run (WebGL through SwiftShader). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]
