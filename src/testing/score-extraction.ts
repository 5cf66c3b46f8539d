import { readFileSync } from 'node:fs'
import type { Analysis, Claim, Lang, QuantityUnit, SpeakerSide } from '../domain/index.js'
import { wholeEntityName } from '../extract/index.js'
import { type GoldTextSource, type SourceRow, sourceRows, textHash } from './gold-text-source.js'

// Scoring extracted claims against the team's gold set (eval/extract/gold-*.json; conventions in
// eval/extract/README.md). A gold claim names an anchor (its event words); a predicted claim is
// aligned to it when its span contains the anchor, preferring one of the same kind.

export interface GoldSpeaker {
  readonly name: string
  readonly side: SpeakerSide
  readonly aliases?: readonly string[]
  readonly person?: boolean
  readonly via?: string | null
  readonly basedOn?: string | null
}

export interface GoldClaim {
  readonly anchor: string
  readonly kind: Claim['kind']
  readonly actorSide: 'RU' | 'UA' | null
  readonly speaker: GoldSpeaker
  readonly places: readonly string[]
  readonly time: readonly [string | null, string | null]
  readonly modality: Claim['modality']
  readonly quantity?: { readonly value: number; readonly unit: QuantityUnit }
}

export interface GoldReport {
  readonly id: string
  readonly lang: Lang
  readonly publishedAt: string
  readonly outlet: string | null
  readonly text: string
  readonly claims: readonly GoldClaim[]
}

interface RawSpeaker extends Partial<GoldSpeaker> {
  readonly ref?: string
}

type RawClaim = Omit<GoldClaim, 'speaker' | 'anchor'> & { speaker: RawSpeaker; anchor?: string; anchorAt?: [number, number] }
type RawReport = Omit<GoldReport, 'claims' | 'text'> & { text?: string; row?: number; entry?: string; textHash?: string; claims: RawClaim[] }

/**
 * Reads a gold file, expanding speaker references ({ "ref": "UA-GS", "via": "Telegram" }). A file with a
 * `textSource` holds no text (gold-text-source.ts): each report's text is read from its row there, checked
 * against the report's `textHash`, and each anchor is cut from it by its `anchorAt` offsets.
 */
export function readGold(path: string): GoldReport[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { speakers?: Record<string, GoldSpeaker>; textSource?: GoldTextSource; reports: RawReport[] }
  const refs = raw.speakers ?? {}
  const rows = raw.textSource ? sourceRows(raw.textSource) : null
  return raw.reports.map((r) => {
    const text = rows ? referencedText(path, r, rows) : r.text
    if (typeof text !== 'string') throw new Error(`${path}: ${r.id}: no text (expected "text", or "row" with a "textSource" at the top of the file)`)
    const { row: _row, entry: _entry, textHash: _hash, ...report } = r
    return {
      ...report,
      text,
      claims: r.claims.map((c, i) => {
        const { ref, ...rest } = c.speaker
        const base = ref ? refs[ref] : undefined
        if (ref && !base) throw new Error(`${path}: ${r.id}: unknown speaker ref ${ref}`)
        const { anchorAt, ...claim } = c
        let anchor = claim.anchor
        if (anchorAt) {
          const [start, end] = anchorAt
          if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) throw new Error(`${path}: ${r.id}: claim ${i}: anchorAt ${JSON.stringify(anchorAt)} is not a span of the ${text.length}-character text`)
          anchor = text.slice(start, end)
        }
        if (anchor === undefined) throw new Error(`${path}: ${r.id}: claim ${i}: no anchor (expected "anchor" or "anchorAt")`)
        return { ...claim, anchor, speaker: { ...(base ?? {}), ...rest } as GoldSpeaker }
      }),
    }
  })
}

function referencedText(path: string, r: RawReport, rows: readonly SourceRow[]): string {
  const row = r.row === undefined ? undefined : rows[r.row]
  if (!row) throw new Error(`${path}: ${r.id}: row ${String(r.row)} is not a row of the text source (${rows.length} rows)`)
  if (r.entry !== undefined && row.id !== r.entry) throw new Error(`${path}: ${r.id}: row ${r.row} is entry ${JSON.stringify(row.id)}, expected ${JSON.stringify(r.entry)} (the source file changed?)`)
  if (r.textHash !== undefined && textHash(row.text) !== r.textHash) throw new Error(`${path}: ${r.id}: row ${r.row}'s text hashes to ${textHash(row.text)}, expected ${r.textHash} (the source file changed?)`)
  return row.text
}

export interface FieldScore {
  readonly tp: number
  readonly predicted: number
  readonly gold: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export type Field = 'kind' | 'side' | 'speaker' | 'via' | 'place' | 'time' | 'modality' | 'quantity' | 'kind+side+place'

export interface Miss {
  readonly report: string
  readonly anchor: string
  readonly field: string
  readonly expected: unknown
  readonly got: unknown
}

export interface ExtractionScore {
  readonly reports: number
  readonly goldClaims: number
  readonly predictedClaims: number
  readonly fields: Record<Field, FieldScore>
  readonly speakerSideAccuracy: number
  readonly viaAccuracy: number
  readonly misses: readonly Miss[]
  readonly spurious: readonly { readonly report: string; readonly kind: string; readonly text: string }[]
}

interface Tally {
  tp: number
  predicted: number
  gold: number
}

/** Scores analyses (one per gold report, same order) against the gold claims. */
export function scoreExtraction(gold: readonly GoldReport[], analyses: readonly Analysis[]): ExtractionScore {
  const t: Record<Field, Tally> = {
    kind: tally(), side: tally(), speaker: tally(), via: tally(), place: tally(), time: tally(), modality: tally(), quantity: tally(), 'kind+side+place': tally(),
  }
  let speakerSideOk = 0
  let aligned = 0
  let viaOk = 0
  let viaTotal = 0
  const misses: Miss[] = []
  const spurious: { report: string; kind: string; text: string }[] = []
  gold.forEach((report, r) => {
    const analysis = analyses[r]!
    const preds = analysis.claims.filter((c) => !c.duplicateOf)
    const placeNames = (c: Claim): string[] => c.places.map((i) => analysis.places[i]?.name ?? '').filter(Boolean)
    for (const p of preds) {
      t.kind.predicted++
      t.modality.predicted++
      t.time.predicted++
      t['kind+side+place'].predicted++
      if (p.actorSide) t.side.predicted++
      if (p.speaker.name) t.speaker.predicted++
      if (p.speaker.via) t.via.predicted++
      if (p.quantity) t.quantity.predicted++
      t.place.predicted += new Set(placeNames(p).map(placeKey)).size
    }
    const used = new Set<Claim>()
    for (const g of report.claims) {
      t.kind.gold++
      t.modality.gold++
      t.time.gold++
      t['kind+side+place'].gold++
      t.speaker.gold++
      if (g.actorSide) t.side.gold++
      if (g.quantity) t.quantity.gold++
      t.place.gold += new Set(g.places.map(placeKey)).size
      const at = report.text.indexOf(g.anchor)
      if (at < 0) throw new Error(`gold ${report.id}: anchor ${JSON.stringify(g.anchor)} not in the text`)
      const span: [number, number] = [at, at + g.anchor.length]
      const candidates = preds.filter((p) => !used.has(p) && p.span[0] <= span[0] && p.span[1] >= span[1])
      const overlapping = candidates.length ? candidates : preds.filter((p) => !used.has(p) && p.span[0] < span[1] && span[0] < p.span[1])
      const p = overlapping.sort((a, b) => Number(b.kind === g.kind) - Number(a.kind === g.kind) || a.span[1] - a.span[0] - (b.span[1] - b.span[0]))[0]
      const miss = (field: string, expected: unknown, got: unknown): void => void misses.push({ report: report.id, anchor: g.anchor, field, expected, got })
      if (!p) {
        miss('claim', g.kind, null)
        continue
      }
      used.add(p)
      aligned++
      const kindOk = p.kind === g.kind
      if (kindOk) t.kind.tp++
      else miss('kind', g.kind, p.kind)
      const sideOk = p.actorSide === g.actorSide
      if (g.actorSide && sideOk) t.side.tp++
      if (!sideOk) miss('side', g.actorSide, p.actorSide)
      if (speakerMatches(g.speaker, p.speaker.name)) t.speaker.tp++
      else miss('speaker', g.speaker.name, p.speaker.name)
      if (p.speaker.side === g.speaker.side) speakerSideOk++
      else miss('speaker side', g.speaker.side, p.speaker.side)
      // via: counted like the other fields over the claims that have one (gold or extracted); a gold
      // claim without `via` says the statement names no outlet or platform it came through.
      const goldVia = g.speaker.via ?? null
      if (goldVia !== null) t.via.gold++
      if (goldVia !== null || p.speaker.via) {
        if (goldVia !== null) viaTotal++
        if (goldVia !== null && p.speaker.via && viaMatches(goldVia, p.speaker.via)) {
          t.via.tp++
          viaOk++
        } else miss('via', goldVia, p.speaker.via)
      }
      const goldPlaces = new Set(g.places.map(placeKey))
      const predPlaces = new Set(placeNames(p).map(placeKey))
      const common = [...predPlaces].filter((x) => goldPlaces.has(x)).length
      t.place.tp += common
      const placesOk = common === goldPlaces.size && common === predPlaces.size
      if (!placesOk) miss('places', g.places, placeNames(p))
      if (p.time.start === g.time[0] && p.time.end === g.time[1]) t.time.tp++
      else miss('time', g.time, [p.time.start, p.time.end])
      if (p.modality === g.modality) t.modality.tp++
      else miss('modality', g.modality, p.modality)
      if (g.quantity) {
        const q = p.quantity
        if (q && q.unit === g.quantity.unit && Math.abs(q.value - g.quantity.value) <= Math.abs(g.quantity.value) * 0.01) t.quantity.tp++
        else miss('quantity', g.quantity, q ? { value: q.value, unit: q.unit } : null)
      }
      if (kindOk && sideOk && placesOk) t['kind+side+place'].tp++
    }
    for (const p of preds) if (!used.has(p)) spurious.push({ report: report.id, kind: p.kind, text: analysis.document.text.slice(p.span[0], p.span[1]) })
  })
  const fields = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, finish(v)])) as Record<Field, FieldScore>
  return {
    reports: gold.length,
    goldClaims: t.kind.gold,
    predictedClaims: t.kind.predicted,
    fields,
    speakerSideAccuracy: aligned ? speakerSideOk / aligned : 0,
    viaAccuracy: viaTotal ? viaOk / viaTotal : 0,
    misses,
    spurious,
  }
}

function tally(): Tally {
  return { tp: 0, predicted: 0, gold: 0 }
}

function finish(t: Tally): FieldScore {
  const precision = t.predicted ? t.tp / t.predicted : 0
  const recall = t.gold ? t.tp / t.gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { ...t, precision, recall, f1 }
}

/** Place names compared without case, apostrophes, hyphens or the words "oblast", "region", "raion". */
export function placeKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\b(?:oblast|region|raion|district|hromada|krai|republic)\b/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * A predicted via names the gold outlet or platform: the same words once case, articles, quotes and
 * punctuation are set aside ("the BBC" = "BBC"), or two spellings each wholly one outlet of the
 * lexicon ("ТАСС" = "TASS", "Українській правді" = "УП"). An outlet found somewhere inside a longer
 * string does not count ("Reuters" is not "a Reuters photographer's video"), nor does the first
 * entity of a phrase that names more than it.
 */
export function viaMatches(gold: string, predicted: string): boolean {
  const g = viaKey(gold)
  const p = viaKey(predicted)
  if (g === p) return g.length > 0
  const cg = wholeEntityName(gold)
  return cg !== null && cg.toLowerCase() === wholeEntityName(predicted)?.toLowerCase()
}

function viaKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[«»"“”„'’]/gu, '')
    .replace(/^(?:the)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    // British and American spellings of one name ("Defence Ministry" / "Defense Ministry") are one name.
    .replace(/defence/g, 'defense')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A predicted speaker name matches the gold name or an alias; for people, the surname (inflection allowed). */
export function speakerMatches(gold: GoldSpeaker, predicted: string | null): boolean {
  if (!predicted) return false
  const p = nameKey(predicted)
  const names = [gold.name, ...(gold.aliases ?? [])].map(nameKey)
  if (names.includes(p)) return true
  if (!gold.person) return false
  const surname = (n: string): string => n.split(' ').at(-1) ?? ''
  const ps = surname(p)
  return names.some((n) => {
    const gs = surname(n)
    const common = commonPrefix(gs, ps)
    return gs.length > 0 && (gs === ps || common >= Math.max(4, Math.min(gs.length, ps.length) - 2))
  })
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}
