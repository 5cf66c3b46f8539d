// The shipped gazetteer format: plain UTF-8 text, so it loads with one read and one split (a gzip+JSON
// form took over 350 ms to decode here; this loads in a fraction of that) and diffs readably.
//
//   line 1: JSON header {format, builtFrom, sources: [names], entries: N, patches: P, index: M, ...}
//   next P lines (overlay only): patch  `entryNumber \t lat \t lon \t variant|variant...`
//   next N lines: entries               `id \t kind \t name \t nameUk \t nameRu \t variant|... \t admin1 code \t
//                                        admin2 \t country \t lat \t lon \t population \t source#,... \t basis \t prominence`
//   next M lines: index keys, sorted    (see name-index.ts)
//   next M lines: index refs, same order
// Empty fields are null; admin1 is the region code (UA14, RU.41), basis one letter (p/h/r/o), sources
// numbers into the header's table. Names never contain tab, newline or '|'.
import type { GazetteerEntry, PlaceKind } from '../../domain/index.js'
import { type LineList, PackedLines } from './packed-lines.js'
import { REGIONS } from './regions.js'

export const MAIN_FORMAT = 'frontline-gazetteer/2'
export const OVERLAY_FORMAT = 'frontline-gazetteer-overlay/2'

export interface FileHeader {
  readonly format: string
  readonly builtFrom: readonly string[]
  /** Source names that entry lines refer to by number. */
  readonly sources?: readonly string[]
  /** For overlays: the number of entries of the main file they were built against. */
  readonly mainEntries?: number
  readonly license?: string
}

export interface Patch {
  readonly entry: number
  readonly lat: number | null
  readonly lon: number | null
  readonly variants: readonly string[]
}

export interface DecodedFile {
  readonly header: FileHeader
  readonly patches: readonly Patch[]
  /** Entry lines, decoded lazily with `decodeEntryLine`. */
  readonly entryLines: LineList
  readonly indexKeys: LineList
  readonly indexRefs: LineList
}

const BASIS_LETTER: Record<string, string> = { point: 'p', 'hromada-centroid': 'h', 'raion-centroid': 'r', 'oblast-centroid': 'o' }
const LETTER_BASIS: Record<string, NonNullable<GazetteerEntry['coordinateBasis']>> = { p: 'point', h: 'hromada-centroid', r: 'raion-centroid', o: 'oblast-centroid' }
const ADMIN1_BY_CODE = new Map(REGIONS.map((r) => [r.code, r.name]))
const CODE_BY_ADMIN1 = new Map(REGIONS.map((r) => [r.name, r.code]))

/** Decodes entry lines of one file (its header's source table). */
export interface EntryCodec {
  encode(e: GazetteerEntry): string
  decode(line: string): GazetteerEntry
}

const clean = (s: string) => s.replace(/[\t\n\r|]/g, ' ')

export function entryCodec(sourceTable: string[]): EntryCodec {
  const sourceIndex = new Map(sourceTable.map((n, i) => [n, i]))
  const sourceNumber = (n: string) => {
    let i = sourceIndex.get(n)
    if (i === undefined) {
      i = sourceTable.length
      sourceTable.push(n)
      sourceIndex.set(n, i)
    }
    return i
  }
  return {
    encode: (e) =>
      [
        e.id, e.kind, clean(e.name), e.nameUk ? clean(e.nameUk) : '', e.nameRu ? clean(e.nameRu) : '', e.variants.map(clean).join('|'),
        e.admin1 === null ? '' : (CODE_BY_ADMIN1.get(e.admin1) ?? e.admin1), e.admin2 ?? '', e.country, String(e.lat), String(e.lon),
        e.population === null ? '' : String(e.population), e.sources.map(sourceNumber).join(','), BASIS_LETTER[e.coordinateBasis ?? 'point'] ?? 'p',
        String(e.prominence ?? 0),
      ].join('\t'),
    decode: (line) => {
      const f = line.split('\t')
      const s = (i: number) => (f[i] === undefined || f[i] === '' ? null : f[i]!)
      const admin1 = s(6)
      return {
        id: f[0]!,
        kind: f[1] as PlaceKind,
        name: f[2]!,
        nameUk: s(3),
        nameRu: s(4),
        variants: f[5] ? f[5].split('|') : [],
        admin1: admin1 === null ? null : (ADMIN1_BY_CODE.get(admin1) ?? admin1),
        admin2: s(7),
        country: f[8]!,
        lat: Number(f[9]),
        lon: Number(f[10]),
        population: s(11) === null ? null : Number(f[11]),
        sources: f[12] ? f[12].split(',').map((i) => sourceTable[Number(i)] ?? `source-${i}`) : [],
        coordinateBasis: LETTER_BASIS[f[13] ?? 'p'] ?? 'point',
        prominence: Number(f[14] ?? 0),
      }
    },
  }
}

/** The id field of an entry line, without decoding the rest. */
export function entryLineId(line: string): string {
  return line.slice(0, line.indexOf('\t'))
}

export function encodeGazetteerFile(
  header: FileHeader,
  entries: readonly GazetteerEntry[],
  index: { keys: readonly string[]; refs: readonly string[] },
  patches: readonly Patch[] = [],
): string {
  const sources: string[] = []
  const codec = entryCodec(sources)
  const entryLines = entries.map(codec.encode)
  const head = JSON.stringify({ ...header, sources, patches: patches.length, entries: entries.length, index: index.keys.length })
  const patchLines = patches.map((p) => `${p.entry}\t${p.lat ?? ''}\t${p.lon ?? ''}\t${p.variants.map(clean).join('|')}`)
  return [head, ...patchLines, ...entryLines, ...index.keys, ...index.refs].join('\n') + '\n'
}

/** Splits a gazetteer or overlay file. Throws an Error naming the file when it is not one. */
export function decodeGazetteerFile(text: string, path: string, expectedFormat: string): DecodedFile {
  const nl = text.indexOf('\n')
  let header: { format?: unknown; builtFrom?: unknown; sources?: unknown; entries?: unknown; patches?: unknown; index?: unknown; mainEntries?: unknown; license?: unknown }
  try {
    header = JSON.parse(text.slice(0, nl < 0 ? text.length : nl)) as typeof header
  } catch {
    throw new Error(`${path}: the first line is not a JSON header; not a Frontline gazetteer file`)
  }
  if (header.format !== expectedFormat) throw new Error(`${path}: format is ${JSON.stringify(header.format)}, expected '${expectedFormat}'`)
  const counts = [header.patches, header.entries, header.index]
  if (!counts.every((c) => Number.isInteger(c) && (c as number) >= 0)) throw new Error(`${path}: header counts 'patches', 'entries', 'index' must be non-negative integers`)
  const [p, n, m] = counts as [number, number, number]
  const lines = PackedLines.of(text, nl < 0 ? text.length : nl + 1)
  if (lines.length !== p + n + 2 * m) throw new Error(`${path}: ${lines.length} lines after the header, expected ${p + n + 2 * m} (file truncated?)`)
  const patches = [...lines.range(0, p)].map((l): Patch => {
    const [entry, lat, lon, variants] = l.split('\t')
    return { entry: Number(entry), lat: lat ? Number(lat) : null, lon: lon ? Number(lon) : null, variants: variants ? variants.split('|') : [] }
  })
  return {
    header: {
      format: expectedFormat,
      builtFrom: Array.isArray(header.builtFrom) ? (header.builtFrom as string[]) : [],
      sources: Array.isArray(header.sources) ? (header.sources as string[]) : [],
      ...(typeof header.mainEntries === 'number' ? { mainEntries: header.mainEntries } : {}),
      ...(typeof header.license === 'string' ? { license: header.license } : {}),
    },
    patches,
    entryLines: lines.range(p, p + n),
    indexKeys: lines.range(p + n, p + n + m),
    indexRefs: lines.range(p + n + m, p + n + 2 * m),
  }
}
