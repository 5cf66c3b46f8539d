import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { GAZETTEER_FILE, type Gazetteer, OVERLAY_FILE, defaultGazetteerDir, loadGazetteer } from '../geoparse/index.js'

// One gazetteer per file per process: `frontline demo` runs `ingest`, `verify` and then serves in one
// process, and each used to load the same 9 MB file again (150-250 CPU-ms each) and, with a new
// gazetteer object, build verification's look-alike table again (about a second each). The loaded
// gazetteer is kept while the files it was read from are unchanged (path, size and modification time
// of the main file and of the overlay beside it), so a rebuilt gazetteer is read again.
let kept: { readonly key: string; readonly gazetteer: Gazetteer } | null = null

/** `loadGazetteer(path)`, the one loaded before when its files have not changed since. */
export function gazetteerOnce(path?: string): Gazetteer {
  const key = filesKey(path)
  if (key !== null && kept?.key === key) return kept.gazetteer
  const gazetteer = loadGazetteer(path)
  if (key !== null) kept = { key, gazetteer }
  return gazetteer
}

/** What the gazetteer at `path` is read from (null when it is not there: loadGazetteer says why). */
function filesKey(path: string | undefined): string | null {
  const gazetteer = resolve(path ?? defaultGazetteerDir())
  if (!existsSync(gazetteer)) return null
  const main = statSync(gazetteer).isDirectory() ? join(gazetteer, GAZETTEER_FILE) : gazetteer
  const overlay = join(dirname(main), OVERLAY_FILE)
  return [main, overlay].map((file) => {
    if (!existsSync(file)) return `${file}:-`
    const s = statSync(file)
    return `${file}:${s.size}:${s.mtimeMs}`
  }).join('|')
}
