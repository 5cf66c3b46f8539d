import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { parseDelimited } from '../geoparse/gazetteer/parse-delimited.js'
import { sharedDataPath } from './shared-data.js'

// Gold files whose text the repository may not ship. A source whose license is unstated (the CIR/Bellingcat
// Russia-Ukraine Monitor captions in ../shared/data) may be used to evaluate but never copied into the
// repository, so such a gold file holds only where each report's text is (a row of a file under
// ../shared/data), a short hash of that text, and its annotations with anchors as character offsets
// ("anchorAt": [start, end]). The text is read from ../shared/data when the file is loaded; without it the
// split cannot be scored, and callers skip it with the reason `goldTextSkipReason` gives.

/** Where a gold file's texts are: a file under ../shared/data and how a row becomes a report's text. */
export interface GoldTextSource {
  readonly file: string
  readonly format: 'cir-caption'
}

/**
 * The text of a CIR/Bellingcat monitor row, as every evaluation reads it: the title without its leading
 * "dd/mm/yyyy" date, then the brief description when the title does not already begin with it.
 */
export function cirCaption(title: string, brief: string): string {
  const ti = title.replace(/^\d{2}\/\d{2}\/\d{4}\s*/, '')
  return brief && !ti.startsWith(brief) ? `${ti}. ${brief}` : ti
}

/** A row's text and its id field, by row number (0 = the first row after the header). */
export interface SourceRow {
  readonly id: string
  readonly text: string
}

const cache = new Map<string, readonly SourceRow[]>()

/** Every row of a text source, read once per process. Throws when the file is absent (check the skip reason first). */
export function sourceRows(source: GoldTextSource): readonly SourceRow[] {
  const path = sharedDataPath(source.file)
  const cached = cache.get(path)
  if (cached) return cached
  const table = parseDelimited(readFileSync(path, 'utf8'), ',')
  const col = (name: string): number => {
    const i = table.header.indexOf(name)
    if (i < 0) throw new Error(`${path}: no column ${JSON.stringify(name)} (expected the CIR monitor's columns entry, title, brief description)`)
    return i
  }
  const [entry, title, brief] = [col('entry'), col('title'), col('brief description')]
  const rows = table.rows.map((r) => ({ id: r[entry] ?? '', text: cirCaption(r[title] ?? '', r[brief] ?? '') }))
  cache.set(path, rows)
  return rows
}

/** The first 12 hex digits of a text's SHA-256: a gold report's check that its row still holds the text it annotated. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12)
}

/** Why a gold file cannot be loaded here (its text source is absent), or null when it can. */
export function goldTextSkipReason(goldPath: string): string | null {
  const raw = JSON.parse(readFileSync(goldPath, 'utf8')) as { textSource?: GoldTextSource }
  if (!raw.textSource) return null
  const path = sharedDataPath(raw.textSource.file)
  return existsSync(path) ? null : `its texts are read from ${path} (not shipped: the source's license is unstated), absent in this checkout`
}
