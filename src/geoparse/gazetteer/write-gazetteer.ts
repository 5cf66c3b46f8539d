// Encodes a built gazetteer into the main file and the separate GPL-2.0 overlay.
import type { BuiltGazetteer } from './build-gazetteer.js'
import { MAIN_FORMAT, OVERLAY_FORMAT, encodeGazetteerFile } from './gazetteer-file.js'
import { buildIndex } from './name-index.js'

export interface EncodedGazetteer {
  readonly main: string
  /** Null when the war-report source was not part of the build. */
  readonly overlay: string | null
}

export function encodeBuiltGazetteer(built: BuiltGazetteer, builtFrom: { main: readonly string[]; overlay: readonly string[] }): EncodedGazetteer {
  const number = new Map(built.entries.map((e, i) => [e.id, i]))
  const preferred = new Map<number, readonly string[]>()
  for (const [id, names] of built.preferredNames) if (number.has(id)) preferred.set(number.get(id)!, names)
  const main = encodeGazetteerFile({ format: MAIN_FORMAT, builtFrom: builtFrom.main }, built.entries, buildIndex(built.entries, 0, undefined, preferred))
  if (built.overlay.patches.length === 0 && built.overlay.entries.length === 0) return { main, overlay: null }
  const patches = built.overlay.patches
    .filter((p) => number.has(p.id))
    .map((p) => ({ entry: number.get(p.id)!, lat: p.lat, lon: p.lon, variants: p.variants }))
  const extraVariants = new Map(patches.map((p) => [p.entry, p.variants]))
  const index = buildIndex(built.overlay.entries, built.entries.length, extraVariants)
  const overlay = encodeGazetteerFile(
    { format: OVERLAY_FORMAT, builtFrom: builtFrom.overlay, mainEntries: built.entries.length, license: 'GPL-2.0 (derived from nuclearfall/warreport_ua_settlement_aliases; see SOURCE-warreport.md)' },
    built.overlay.entries,
    index,
    patches,
  )
  return { main, overlay }
}
