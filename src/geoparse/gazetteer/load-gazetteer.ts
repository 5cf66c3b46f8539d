// Loads the shipped gazetteer (data/gazetteer/gazetteer.txt) and, when present beside it, the
// war-report overlay (warreport-overlay.txt, GPL-2.0), which adds points, spellings and places.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NotFoundError } from '../../domain/index.js'
import { Gazetteer } from './gazetteer.js'
import { MAIN_FORMAT, OVERLAY_FORMAT, decodeGazetteerFile, entryCodec } from './gazetteer-file.js'
import { joinLines } from './packed-lines.js'

export const GAZETTEER_FILE = 'gazetteer.txt'
export const OVERLAY_FILE = 'warreport-overlay.txt'
const OVERLAY_SOURCE = 'warreport-aliases'

/** The directory of the shipped gazetteer: `<repo>/data/gazetteer` (src/ and dist/ both sit two levels below). */
export function defaultGazetteerDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  return resolve(here, '..', '..', '..', 'data', 'gazetteer')
}

/**
 * Loads a gazetteer. `path` is the main file or the directory holding it (default: the shipped one).
 * The overlay beside it is applied unless `overlay: false`. Throws NotFoundError when the file is
 * missing and Error when it is not a gazetteer file or the overlay was built for another main file.
 */
export function loadGazetteer(path?: string, options: { overlay?: boolean } = {}): Gazetteer {
  const target = path ?? defaultGazetteerDir()
  const mainPath = existsSync(target) && statSync(target).isDirectory() ? join(target, GAZETTEER_FILE) : target
  if (!existsSync(mainPath)) throw new NotFoundError(`gazetteer file ${mainPath} not found (build it with 'frontline gazetteer build')`)
  const main = decodeGazetteerFile(readFileSync(mainPath, 'utf8'), mainPath, MAIN_FORMAT)
  const files = [mainPath]
  const overlayPath = join(dirname(mainPath), OVERLAY_FILE)
  if (options.overlay === false || !existsSync(overlayPath)) {
    return new Gazetteer({
      entryLines: main.entryLines,
      codecs: [{ from: 0, codec: entryCodec([...(main.header.sources ?? [])]) }],
      index: [{ keys: main.indexKeys, refs: main.indexRefs }],
      files,
      builtFrom: main.header.builtFrom,
    })
  }
  const overlay = decodeGazetteerFile(readFileSync(overlayPath, 'utf8'), overlayPath, OVERLAY_FORMAT)
  if (overlay.header.mainEntries !== main.entryLines.length) {
    throw new Error(`${overlayPath}: built for a main file of ${overlay.header.mainEntries} entries, but ${mainPath} has ${main.entryLines.length}; rebuild both with 'frontline gazetteer build'`)
  }
  files.push(overlayPath)
  const patches = new Map(overlay.patches.map((p) => [p.entry, { lat: p.lat, lon: p.lon, variants: p.variants, source: OVERLAY_SOURCE }]))
  return new Gazetteer({
    entryLines: joinLines(main.entryLines, overlay.entryLines),
    codecs: [
      { from: 0, codec: entryCodec([...(main.header.sources ?? [])]) },
      { from: main.entryLines.length, codec: entryCodec([...(overlay.header.sources ?? [])]) },
    ],
    index: [
      { keys: main.indexKeys, refs: main.indexRefs },
      { keys: overlay.indexKeys, refs: overlay.indexRefs },
    ],
    patches,
    files,
    builtFrom: [...main.header.builtFrom, ...overlay.header.builtFrom],
  })
}
