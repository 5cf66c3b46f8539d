import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GazetteerEntry } from '../../domain/index.js'
import { normalizeRegionName } from '../regions/normalize-region-name.js'

interface SettlementRow {
  readonly name: string
  readonly admin1: string
  readonly country: string
  readonly lat: number
  readonly lon: number
  readonly population: number | null
  readonly geonameId: string | null
  readonly variants: readonly string[]
}

let entries: GazetteerEntry[] | null = null

/**
 * The small built-in settlement list (data/settlements/builtin-settlements.json, from GeoNames):
 * front-line towns and the main cities, enough for `control status --place` before the gazetteer.
 */
export function builtinSettlements(): readonly GazetteerEntry[] {
  if (entries) return entries
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'settlements', 'builtin-settlements.json')
  const rows = (JSON.parse(readFileSync(path, 'utf8')) as { settlements: SettlementRow[] }).settlements
  entries = rows.map((r) => ({
    id: r.geonameId ? `geonames:${r.geonameId}` : `builtin:${r.name.toLowerCase().replace(/\s+/g, '-')}`,
    kind: 'settlement',
    name: r.name,
    nameUk: r.variants.find((v) => /[іїєґ]/i.test(v)) ?? null,
    nameRu: r.variants.find((v) => /[ыэъё]/i.test(v)) ?? null,
    variants: r.variants,
    admin1: r.admin1,
    admin2: null,
    country: r.country,
    lat: r.lat,
    lon: r.lon,
    population: r.population,
    sources: ['geonames'],
  }))
  return entries
}

/**
 * Settlements of the built-in list a name may mean (any spelling it knows; case, apostrophes and
 * hyphens ignored), the exact English name first, then by population.
 */
export function findBuiltinSettlements(name: string): GazetteerEntry[] {
  const wanted = normalizeRegionName(name)
  if (wanted === '') return []
  const exact = builtinSettlements().filter((e) => normalizeRegionName(e.name) === wanted)
  const other = builtinSettlements().filter((e) => !exact.includes(e) && e.variants.some((v) => normalizeRegionName(v) === wanted))
  const byPopulation = (a: GazetteerEntry, b: GazetteerEntry) => (b.population ?? 0) - (a.population ?? 0)
  return [...exact.sort(byPopulation), ...other.sort(byPopulation)]
}
