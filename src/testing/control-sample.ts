import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { EdgeAreaCache, parseControlGeoJson } from '../control/index.js'
import type { ControlSnapshot } from '../domain/index.js'
import { repoPath } from './shared-data.js'

let cached: ControlSnapshot[] | null = null

/** The bundled sample series (data/control-sample, real DeepState days), parsed as the import does. */
export function loadSampleSnapshots(): ControlSnapshot[] {
  if (cached) return cached
  const dir = repoPath('data', 'control-sample')
  const cache = new EdgeAreaCache()
  cached = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson.gz'))
    .sort()
    .map((f) => {
      const parsed = parseControlGeoJson(gunzipSync(readFileSync(join(dir, f))).toString('utf8'), f, { source: 'DeepState', areaCache: cache })
      const snapshot = parsed.value[0]
      if (!snapshot || parsed.issues.length > 0) throw new Error(`sample file ${f}: ${parsed.issues.map((i) => i.message).join('; ')}`)
      return { ...snapshot, revision: 1 }
    })
  return cached
}
