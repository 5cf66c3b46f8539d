// Chooses, for every mention, which gazetteer entry it names, from the evidence in the text:
//
//  - how the name matched (canonical name or variant) and how prominent each candidate is;
//  - a region or raion named right after it ("Yampil, Donetsk region", "Prychepylivka, Novoaidar
//    district, Luhansk region"; carried back over lists: "Siversk, Yampil and Bilohorivka in the Donetsk
//    region"), in the same sentence, or anywhere in the text;
//  - the other places of the text (places in one report cluster: Yampil near Lyman and Siversk is the
//    Donetsk one);
//  - the country context (Ukrainian candidates first unless the text names Russian regions);
//  - with a control series and a date, the distance to the front line (battle reports are about
//    places near the line).
//
// Every candidate is kept, scored; the confidence is the winner's share of a softmax over the scores.
// A region stated right after the name that the chosen place is not in is kept as `statedAdmin1`.
import type { ControlView, GazetteerEntry, IsoDate, Lang, Place, PlaceAlternative } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { distanceKm } from './gazetteer/geo-distance.js'
import { nameKey } from './gazetteer/name-key.js'
import type { RawMention } from './find-mentions.js'

export interface ResolveContext {
  readonly publishedAt?: IsoDate | null
  readonly lang?: Lang
  readonly control?: ControlView | null
}

// The entry fields scoring reads, copied into one object shape: entries come in several shapes
// (decoded, overlay-patched), and reading them in the hot loops made those reads megamorphic.
interface Candidate {
  readonly entry: GazetteerEntry
  readonly quality: number
  readonly lat: number
  readonly lon: number
  readonly admin1: string | null
  readonly kind: GazetteerEntry['kind']
  readonly country: string
  readonly prominence: number
  /** Matched only by a variant that is another settlement's own name. */
  readonly shadowed: boolean
  score: number
}

function candidate(entry: GazetteerEntry, quality: number, shadowed: boolean): Candidate {
  return { entry, quality, lat: entry.lat, lon: entry.lon, admin1: entry.admin1, kind: entry.kind, country: entry.country, prominence: entry.prominence ?? 0.3, shadowed, score: 0 }
}

interface Work {
  readonly m: RawMention
  readonly candidates: Candidate[]
  /** Region / raion mentions that qualify this one (index into works). */
  qualifiers: number[]
  /** Every candidate is a region (oblast). */
  region: boolean
  best: Candidate
}

const CONNECTOR = /^[\s,;:()\-–—]*(?:(?:in|of|the|near|at|у|в|на|із|из|біля|около|под|під|район[іе]?|р-н)[\s,;:()\-–—]+)*[\s,;:()\-–—]*$/i
const LIST_JOINER = /^\s*(?:,|and|та|і|и|й|or|або|или|,\s*and)\s*$/i
const POSSESSIVE = /^['’]s\s*$/

const CLUSTER_WINDOW = 12

// Oblasts where the war has been fought since 2014 (and the Russian border oblasts shelled or invaded):
// war reports are mostly about them, so with no other evidence a place there is the likelier reading.
const WAR_ZONE = new Set([
  'Donetsk Oblast', 'Luhansk Oblast', 'Kharkiv Oblast', 'Zaporizhzhia Oblast', 'Kherson Oblast', 'Dnipropetrovsk Oblast',
  'Sumy Oblast', 'Mykolaiv Oblast', 'Autonomous Republic of Crimea', 'Kursk Oblast', 'Belgorod Oblast',
])

// Of those, the oblasts the front line has run through since 2022: more likely still, and axes
// ("the Novopavlivka direction") lie there.
const FRONT_OBLASTS = new Set(['Donetsk Oblast', 'Luhansk Oblast', 'Kharkiv Oblast', 'Zaporizhzhia Oblast', 'Kherson Oblast'])

// prominenceOf(100,000 people) (build-gazetteer.ts: log10(population) / 6).
const CITY_PROMINENCE = 5 / 6

// Names of parts of the country that are no single oblast; each names the oblasts it covers.
const EAST = ['Donetsk Oblast', 'Luhansk Oblast', 'Kharkiv Oblast']
// Each with the lower-case substrings one of which must occur before the pattern is tried (a regex
// over every text would cost more than the rest of the geoparse on short texts).
const MACRO_REGIONS: ReadonlyArray<readonly [readonly string[], RegExp, readonly string[]]> = [
  [['donbas', 'донбас'], /\b(donbas|donbass)\b|донбас/i, ['Donetsk Oblast', 'Luhansk Oblast']],
  [['east', 'схід', 'сход', 'восток'], /\b(east(ern)? ukraine|ukraine'?s east|east of ukraine|(rebel|separatist|rebel-held|russian-held)[- ]east)\b|сх[іо]д\S* україни|восток\S* украины/i, EAST],
  [['south', 'півд', 'юг'], /\b(south(ern)? ukraine|ukraine'?s south|south of ukraine)\b|півд\S* україни|юг\S* украины/i, ['Kherson Oblast', 'Zaporizhzhia Oblast', 'Mykolaiv Oblast']],
  [['slobozhan', 'слобожан'], /slobozhan|слобожан/i, ['Kharkiv Oblast', 'Sumy Oblast']],
]

const W = {
  canonical: 1.0,
  variant: 0.85,
  prominence: 1.4,
  qualifierRegion: 3.0,
  qualifierDistrict: 2.0,
  sentenceRegion: 1.0,
  documentRegion: 0.5,
  country: 0.35,
  warZone: 0.35,
  front: 0.2,
  city: 0.4,
  frontAxis: 0.6,
  macroRegion: 0.8,
  cluster: 1.6,
  frontLine: 1.2,
  frontLineAxis: 2.0,
  direction: 1.5,
  temperature: 0.45,
}

export function resolveMentions(text: string, mentions: readonly RawMention[], g: Gazetteer, ctx: ResolveContext = {}): Place[] {
  const textBetween = (_m: unknown, from: number, to: number): string | null => (to < from ? null : text.slice(from, to))
  const works: Work[] = mentions.map((m) => {
    const candidates: Candidate[] = []
    // Entry number → position in `candidates`; only for long candidate lists (a scan serves short ones).
    const index = m.refs.length > 16 ? new Map<number, number>() : null
    // A variant that is another settlement's own name ("Oleksandrivsk": a former name of Zaporizhzhia,
    // and a town in Luhansk oblast) is "shadowed": it still counts (2014-2016 reports used the old names
    // of renamed villages), but an axis is not named by it.
    let canonicalSettlement = false
    for (const r of m.refs) if (r.weight === 0 && g.entryAt(r.entry).kind === 'settlement') canonicalSettlement = true
    for (const r of m.refs) {
      const quality = r.weight === 0 ? W.canonical : W.variant
      const e = g.entryAt(r.entry)
      let at: number | undefined
      if (index) at = index.get(r.entry)
      else for (let k = 0; k < candidates.length && at === undefined; k++) if (candidates[k]!.entry === e) at = k
      if (at === undefined) {
        index?.set(r.entry, candidates.length)
        candidates.push(candidate(e, quality, quality === W.variant && canonicalSettlement))
      } else if (candidates[at]!.quality < quality) candidates[at] = candidate(e, quality, false)
    }
    return { m, candidates, qualifiers: [], region: false, best: candidates[0]! }
  })
  for (const w of works) w.region = w.m.cue === 'region' || w.candidates.every((c) => c.kind === 'region')
  const isRegion = (w: Work) => w.region
  const isDistrict = (w: Work) => w.m.cue === 'district' || w.candidates.every((c) => c.kind === 'district')

  // Qualifiers: region/raion mentions right after a mention (after connectors), carried back over lists.
  for (let i = 0; i < works.length; i++) {
    if (isRegion(works[i]!)) continue
    let j = i + 1
    let prevEnd = works[i]!.m.end
    while (j < works.length) {
      const q = works[j]!
      if (q.m.start - prevEnd > 30) break
      const gap = textBetween(mentions, prevEnd, q.m.start)
      if (gap === null || gap.length > 30 || !CONNECTOR.test(gap)) break
      if (!isRegion(q) && !isDistrict(q)) break
      works[i]!.qualifiers.push(j)
      prevEnd = q.m.end
      j++
    }
    // "Donetsk Oblast's Yampil"
    if (i > 0 && isRegion(works[i - 1]!) && works[i]!.m.start - works[i - 1]!.m.end <= 4 && POSSESSIVE.test(textBetween(mentions, works[i - 1]!.m.end, works[i]!.m.start) ?? 'x')) works[i]!.qualifiers.push(i - 1)
  }
  for (let i = works.length - 2; i >= 0; i--) {
    const a = works[i]!
    const b = works[i + 1]!
    if (a.qualifiers.length > 0 || b.qualifiers.length === 0 || b.m.start - a.m.end > 8 || isRegion(a) || isRegion(b)) continue
    const gap = textBetween(mentions, a.m.end, b.m.start)
    if (gap !== null && LIST_JOINER.test(gap)) a.qualifiers = [...b.qualifiers]
  }

  // Regions named in the text, per sentence and overall.
  const docRegions = new Map<string, number>()
  const sentenceRegions = new Map<number, Set<string>>()
  let namesRussianRegion = false
  for (const w of works) {
    if (!isRegion(w)) continue
    for (const c of w.candidates) {
      if (!c.entry.admin1) continue
      docRegions.set(c.entry.admin1, (docRegions.get(c.entry.admin1) ?? 0) + 1)
      let s = sentenceRegions.get(w.m.sentence)
      if (!s) sentenceRegions.set(w.m.sentence, (s = new Set()))
      s.add(c.entry.admin1)
      if (c.entry.country === 'RU') namesRussianRegion = true
    }
  }
  const regionTotal = [...docRegions.values()].reduce((a, b) => a + b, 0)
  const macro = new Set<string>()
  if (works.length > 0) {
    const lower = text.toLowerCase()
    for (const [hints, pattern, oblasts] of MACRO_REGIONS) {
      if (hints.some((h) => lower.includes(h)) && pattern.test(text)) for (const o of oblasts) macro.add(o)
    }
  }

  // Static evidence. Per candidate only number and flag reads: the region sets are looked up per
  // candidate region once (a mention's candidates share few regions), the sentence's regions per mention.
  const warZone = new Map<string | null, number>()
  const regionPrior = (admin1: string | null, cue: RawMention['cue']): number => {
    const k = cue === 'direction' ? `>${admin1}` : admin1
    let v = warZone.get(k)
    if (v === undefined) {
      v = 0
      if (admin1 && WAR_ZONE.has(admin1)) v += W.warZone
      if (admin1 && FRONT_OBLASTS.has(admin1)) v += cue === 'direction' ? W.frontAxis : W.front
      if (admin1 && macro.has(admin1)) v += W.macroRegion
      if (admin1 && regionTotal > 0) v += W.documentRegion * ((docRegions.get(admin1) ?? 0) / regionTotal)
      warZone.set(k, v)
    }
    return v
  }
  for (const w of works) {
    const stated = qualifierEntries(w, works)
    const inSentence = sentenceRegions.get(w.m.sentence)
    const direction = w.m.cue === 'direction'
    for (const c of w.candidates) {
      let s = c.quality + W.prominence * c.prominence
      for (const q of stated) {
        if (q.kind === 'region' && c.admin1 === q.admin1) s += W.qualifierRegion
        if (q.kind === 'district' && (c.entry.admin2 === q.name || distanceKm(c.lat, c.lon, q.lat, q.lon) < 35)) s += W.qualifierDistrict
        if (q.kind === 'settlement' && distanceKm(c.lat, c.lon, q.lat, q.lon) < 35) s += W.qualifierDistrict
      }
      if (c.admin1 && inSentence?.has(c.admin1)) s += W.sentenceRegion
      if (c.country === 'UA' && !namesRussianRegion) s += W.country
      s += regionPrior(c.admin1, w.m.cue)
      // A city of 100,000 or more is what a bare name means unless the text says otherwise: the regional
      // priors above must not give Khmelnytskyi to a village of that name in Luhansk oblast.
      if (c.prominence >= CITY_PROMINENCE) s += W.city
      // Axes are named after towns: the more prominent, the likelier (Pokrovsk, not a village Pokrovske);
      // not after a place by another place's name (a former name shadowed by a town's own).
      if (direction && c.kind === 'settlement' && !c.shadowed) s += W.direction * Math.min(1, Math.max(0, (c.prominence - 0.4) / 0.3))
      c.score = s
    }
  }
  addFrontLineEvidence(works, ctx)

  // Clustering: each candidate gains from closeness to the other mentions' current choices. Only the
  // CLUSTER_WINDOW mentions on either side count, which keeps long texts linear and keeps the evidence
  // local (a long report moves from one front to another).

  clusterScores(works, works.map(isRegion))
  return works.map((w) => toPlace(w, works))
}

/**
 * The clustering rounds over flat typed arrays (one entry per candidate of every mention): the
 * neighbour loops then touch only numbers, which keeps long texts linear and fast from the first call.
 * Writes the final scores to the candidates and each mention's best.
 */
function clusterScores(works: Work[], regionFlags: readonly boolean[]): void {
  const nw = works.length
  const first = new Int32Array(nw + 1)
  for (let wi = 0; wi < nw; wi++) first[wi + 1] = first[wi]! + works[wi]!.candidates.length
  const total = first[nw]!
  const lat = new Float64Array(total)
  const lon = new Float64Array(total)
  const kx = new Float64Array(total)
  const base = new Float64Array(total)
  const score = new Float64Array(total)
  // admin1 of region candidates as small integers (-1: not a region); each mention's best candidate's admin1 likewise.
  const admin1Ids = new Map<string | null, number>()
  const admin1Id = (a: string | null) => {
    let id = admin1Ids.get(a)
    if (id === undefined) admin1Ids.set(a, (id = admin1Ids.size))
    return id
  }
  const regionAdmin = new Int32Array(total)
  const candAdmin = new Int32Array(total)
  const sentence = new Int32Array(nw)
  const direction = new Uint8Array(nw)
  const keyIds = new Int32Array(nw)
  const keyIdOf = new Map<string, number>()
  const best = new Int32Array(nw)
  for (let wi = 0; wi < nw; wi++) {
    const w = works[wi]!
    sentence[wi] = w.m.sentence
    direction[wi] = w.m.cue === 'direction' ? 1 : 0
    const key = nameKey(w.m.text)
    let kid = keyIdOf.get(key)
    if (kid === undefined) keyIdOf.set(key, (kid = keyIdOf.size))
    keyIds[wi] = kid
    const cs = w.candidates
    for (let ci = 0; ci < cs.length; ci++) {
      const c = cs[ci]!
      const at = first[wi]! + ci
      lat[at] = c.lat
      lon[at] = c.lon
      kx[at] = Math.cos((c.lat * Math.PI) / 180) * 111.32
      base[at] = score[at] = c.score
      candAdmin[at] = admin1Id(c.admin1)
      regionAdmin[at] = c.kind === 'region' ? candAdmin[at]! : -1
    }
  }
  const argmaxAt = (wi: number): number => {
    let b = first[wi]!
    for (let at = b + 1; at < first[wi + 1]!; at++) {
      if (score[at]! > score[b]! || (score[at] === score[b] && works[wi]!.candidates[at - first[wi]!]!.entry.id < works[wi]!.candidates[b - first[wi]!]!.entry.id)) b = at
    }
    return b
  }
  for (let wi = 0; wi < nw; wi++) best[wi] = argmaxAt(wi)

  const nLat = new Float64Array(2 * CLUSTER_WINDOW + 1)
  const nLon = new Float64Array(2 * CLUSTER_WINDOW + 1)
  const nWeight = new Float64Array(2 * CLUSTER_WINDOW + 1)
  const nAdmin = new Int32Array(2 * CLUSTER_WINDOW + 1)
  const weights = new Float64Array(nw)
  for (let round = 0; round < 2; round++) {
    for (let wi = 0; wi < nw; wi++) {
      // The mention's confidence in its current choice (its softmax share).
      const top = score[best[wi]!]!
      let sum = 0
      for (let at = first[wi]!; at < first[wi + 1]!; at++) sum += Math.exp((score[at]! - top) / W.temperature)
      weights[wi] = 1 / sum
    }
    for (let wi = 0; wi < nw; wi++) {
      if (regionFlags[wi] || first[wi + 1]! - first[wi]! < 2) continue
      let n = 0
      let totalWeight = 0
      const s = sentence[wi]!
      const hi = Math.min(nw - 1, wi + CLUSTER_WINDOW)
      for (let j = Math.max(0, wi - CLUSTER_WINDOW); j <= hi; j++) {
        if (j === wi || regionFlags[j] || keyIds[j] === keyIds[wi]) continue
        const a = best[j]!
        // Nearer in the text counts more: the same sentence fully, the next ones less (a report moves
        // from one axis to the next); the axis a sentence names ("On the Lyman direction, ...") is the
        // strongest hint for the places it lists.
        const gap = Math.abs(sentence[j]! - s)
        const locality = (gap === 0 ? 1 : gap === 1 ? 0.5 : gap === 2 ? 0.3 : 0.2) * (gap === 0 && direction[j] === 1 ? 2 : 1)
        const weight = weights[j]! * locality
        nLat[n] = lat[a]!
        nLon[n] = lon[a]!
        nAdmin[n] = candAdmin[a]!
        nWeight[n] = weight
        n++
        totalWeight += weight
      }
      if (totalWeight === 0) continue
      for (let at = first[wi]!; at < first[wi + 1]!; at++) {
        let sum = 0
        const region = regionAdmin[at]!
        if (region >= 0) {
          // A region is close to the places inside it.
          for (let k = 0; k < n; k++) if (nAdmin[k] === region) sum += nWeight[k]!
        } else {
          const cx = kx[at]!
          const cLat = lat[at]!
          const cLon = lon[at]!
          for (let k = 0; k < n; k++) {
            const x = (nLon[k]! - cLon) * cx
            const y = (nLat[k]! - cLat) * 110.57
            // Closeness kernel 1 / (1 + (d / 60 km)²): near places count fully, 60 km half, 200 km little.
            sum += nWeight[k]! / (1 + (x * x + y * y) / 3600)
          }
        }
        score[at] = base[at]! + W.cluster * (sum / totalWeight)
      }
    }
    let changed = false
    for (let wi = 0; wi < nw; wi++) {
      const b = argmaxAt(wi)
      if (b !== best[wi]) changed = true
      best[wi] = b
    }
    if (!changed && round > 0) break
  }
  for (let wi = 0; wi < nw; wi++) {
    const cs = works[wi]!.candidates
    for (let ci = 0; ci < cs.length; ci++) cs[ci]!.score = score[first[wi]! + ci]!
    works[wi]!.best = cs[best[wi]! - first[wi]!]!
  }
}

function qualifierEntries(w: Work, works: readonly Work[]): GazetteerEntry[] {
  return w.qualifiers.map((q) => works[q]!.best?.entry ?? works[q]!.candidates[0]!.entry)
}

function addFrontLineEvidence(works: readonly Work[], ctx: ResolveContext): void {
  const control = ctx.control
  const date = ctx.publishedAt
  if (!control || !date) return
  for (const w of works) {
    if (w.candidates.length < 2) continue
    // Only the leading candidates: a point query per candidate costs a polygon walk.
    const top = [...w.candidates].sort((a, b) => b.score - a.score).slice(0, 12)
    for (const c of top) {
      if (c.entry.kind !== 'settlement') continue
      const at = [c.entry.lon, c.entry.lat] as const
      if (!control.covers(at)) continue
      const status = control.statusAt(at, date)
      if (!status) continue
      // Axes lie on the line by definition; other places in battle reports mostly near it.
      c.score += (w.m.cue === 'direction' ? W.frontLineAxis : W.frontLine) * Math.exp(-status.distanceToLineKm / 25)
    }
  }
}

function toPlace(w: Work, works: readonly Work[]): Place {
  // Softmax over the scores (temperature W.temperature): each candidate's share.
  const cs = w.candidates
  let max = -Infinity
  for (const c of cs) if (c.score > max) max = c.score
  let sum = 0
  for (const c of cs) sum += Math.exp((c.score - max) / W.temperature)
  const share = (c: Candidate) => Math.exp((c.score - max) / W.temperature) / sum
  const best = w.best.entry
  const others: Candidate[] = []
  for (const c of cs) if (c !== w.best) others.push(c)
  if (others.length > 1) others.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))
  const alternatives: PlaceAlternative[] = new Array(others.length)
  for (let i = 0; i < others.length; i++) {
    const c = others[i]!
    alternatives[i] = { id: c.entry.id, name: c.entry.name, admin1: c.admin1, lat: c.lat, lon: c.lon, score: round(share(c)) }
  }
  let statedAdmin1: Place['statedAdmin1'] = null
  for (const q of w.qualifiers) {
    const qe = works[q]!.best.entry
    if (qe.kind !== 'region' || !qe.admin1 || best.kind === 'region') continue
    if (best.admin1 !== qe.admin1) statedAdmin1 = { name: qe.admin1, span: [works[q]!.m.start, works[q]!.m.end] }
    break
  }
  return {
    mention: w.m.text,
    span: [w.m.start, w.m.end],
    id: best.id,
    name: best.name,
    admin1: best.admin1,
    country: best.country,
    lat: best.lat,
    lon: best.lon,
    kind: best.kind,
    confidence: round(share(w.best)),
    alternatives,
    statedAdmin1,
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
