// Chooses, for every mention, which gazetteer entry it names, from the evidence in the text:
//
//  - how the name matched (canonical name or variant) and how prominent each candidate is;
//  - a region or raion named right after it ("Yampil, Donetsk region", "Prychepylivka, Novoaidar
//    district, Luhansk region"; carried back over lists: "Siversk, Yampil and Bilohorivka in the Donetsk
//    region"), in the same sentence, or anywhere in the text;
//  - the other places of the text (places in one report cluster: Yampil near Lyman and Siversk is the
//    Donetsk one);
//  - the country context (Ukrainian candidates first unless the text names Russian regions; a place in
//    Russia beyond the border oblasts over a namesake only with a cue, deep-russia.ts);
//  - with a control series and a date, the distance to the front line (battle reports are about
//    places near the line).
//
// Every candidate is kept, scored; the confidence is the winner's share of a softmax over the scores.
// A region stated right after the name that the chosen place is not in is kept as `statedAdmin1`.
import type { ControlView, GazetteerEntry, IsoDate, Lang, Place, PlaceAlternative } from '../domain/index.js'
import { prominenceOf } from './gazetteer/build-gazetteer.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { distanceKm } from './gazetteer/geo-distance.js'
import { nameKey } from './gazetteer/name-key.js'
import { russianToLatin, ukrainianToRussianCandidates } from './gazetteer/transliterate.js'
import type { RawMention } from './find-mentions.js'
import { type SharedAlternatives, sharedAlternatives } from './shared-alternatives.js'
import { addDeepRussiaEvidence } from './deep-russia.js'
import { contactLineHeldAnywhereOn, contactLineHeldOn, distanceToContactLineKm, distanceToLinesKm } from './contact-line.js'
import { frontLinesOn } from './front-lines-2022.js'
import { DISTRICT, type EntryFeatures, REGION, SETTLEMENT, entryFeatures, fillEntry } from './entry-features.js'

export interface ResolveContext {
  readonly publishedAt?: IsoDate | null
  readonly lang?: Lang
  readonly control?: ControlView | null
}

/**
 * The candidates of every mention, flat: mention `k`'s are `first[k] .. first[k + 1] - 1`, each with
 * its entry number, how it matched and its score.
 */
interface Candidates {
  readonly first: Int32Array
  readonly entry: Int32Array
  /** W.canonical or W.variant. */
  readonly quality: Float64Array
  /** Matched only by a variant that is another settlement's own name. */
  readonly shadowed: Uint8Array
  readonly score: Float64Array
}

const CONNECTOR = /^[\s,;:()\-–—]*(?:(?:in|of|the|near|at|ukraine['’]s|russia['’]s|у|в|на|із|из|біля|около|под|під|район[іе]?|р-н)[\s,;:()\-–—]+)*[\s,;:()\-–—]*$/i
// A settlement named after a place with a word of nearness between ("Георгиевка под Бахмутом", "Калинівка
// біля Броварів", "Hvardiiske outside Simferopol", "Vesele, not far from Avdiivka"): the place is the
// namesake near that settlement. "У районі"/"в районе" after a place points the same way ("Вільча в
// районі Вовчанська").
const POINTER_GAP = /^[\s,(]*(?:(?:що|что|which is|that is|just|some)\s+)?(?:під|под|біля|около|возле|близ|поблизу|вблизи|неподалік(?:\s+від)?|неподалеку\s+от|недалеко\s+(?:від|от)|(?:не\s*)?далеко\s+(?:від|от)|у\s+районі|в\s+районі|в\s+районе|на\s+околиці|на\s+окраине|near|outside|close\s+to|not\s+far\s+from|(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$/i
// A place followed by a region the gazetteer does not know, told as a Russian (or other foreign) oblast,
// krai or republic ("в Дзержинске Нижегородской области", "у Кстові Нижегородської області Росії",
// "Dzerzhinsk in Russia's Nizhny Novgorod region"), or by Russia in brackets ("Кировск (Россия)"): the
// place is abroad, so no Ukrainian namesake. The gazetteer has the Russian border oblasts only, and a
// town deeper in Russia matches nothing else in it ("Дзержинск" is Toretsk's former name). Tried only on
// the few characters after a mention that hold one of FOREIGN_KEYS; group 1 is the region's adjective,
// which must not start a region mention (a known region qualifies the place the usual way).
const FOREIGN_TAIL = /^[\s,(]*(?:(\p{Lu}[\p{L}-]*?(?:ской|ского|ском|ская|ського|ської|ському|ська)\s+(?:област(?:и|і|ь|ью)|обл\.|кра(?:я|ю|й|ем)|республик(?:и|е|а)|республік(?:и|і|а)))|\(\s*(?:Россия|Росія|РФ)\s*\)|(?:in\s+)?Russia['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){1,3})(?:region|oblast|province|krai|republic))/du
const FOREIGN_KEYS = /обл|кра|респ|Росс|Росі|РФ|Russia/
// Russia named right before a place ("аеродром РФ Маринівка", "порт в России «Приморск»") or right after
// it ("Маринівка в РФ", "Приморськ у Росії"): the place is in Russia, as FOREIGN_TAIL's are. Tried only
// when the few characters around hold RUSSIA_NEAR_KEYS.
// (Not "з РФ", "из России": forces from Russia, and the place after them is any.)
const RUSSIA_BEFORE = /(?<!(?:^|[^\p{L}])(?:з|із|зі|из|с|со|от|від)\s+)(?<!\p{L})(?:РФ|Росії|России)\s+[«"“„]?$/u
const RUSSIA_AFTER = /^[»"”“]?,?\s+(?:в|у|на\s+території|на\s+территории)\s+(?:РФ|Росії|России)(?!\p{L})/u
const RUSSIA_NEAR_KEYS = /РФ|Росі|Росс/
const RUSSIA_NEAR_CHARS = 24
const FOREIGN_TAIL_CHARS = 60
// (A comma after a cut word's dot still joins: "Зоряне, Балаган., Олександропіль Донецької області".)
const LIST_JOINER = /^\s*(?:,|\.,|and|та|і|и|й|or|або|или|,\s*and)\s*$/i
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

// The war zone of a report's date, when it has one. Before the full-scale invasion of 24 February 2022
// the war was fought in Donetsk and Luhansk oblasts alone (the ATO, later JFO, zone), so a 2015 report's
// "Vodiane" or "Pionerske" is not a village of Kharkiv or Zaporizhzhia oblast. From the invasion to the
// Russian withdrawal from the north (Kyiv Oblast cleared on 2 April 2022, Chernihiv Oblast on 3-4 April,
// Sumy Oblast on 8 April) Kyiv, Chernihiv and Sumy oblasts were front as well, Zhytomyr Oblast war zone;
// and Mykolaiv Oblast was front until the Russian withdrawal across the Dnipro (11 November 2022).
interface WarZone {
  readonly war: ReadonlySet<string>
  readonly front: ReadonlySet<string>
}
const DONBAS_2014 = new Set(['Donetsk Oblast', 'Luhansk Oblast'])
const WAR_ZONES: ReadonlyArray<{ readonly from: string; readonly zone: WarZone }> = [
  { from: '0000-00-00', zone: { war: DONBAS_2014, front: DONBAS_2014 } },
  {
    from: '2022-02-24',
    zone: {
      war: new Set([...WAR_ZONE, 'Kyiv Oblast', 'Chernihiv Oblast', 'Zhytomyr Oblast']),
      front: new Set([...FRONT_OBLASTS, 'Kyiv Oblast', 'Chernihiv Oblast', 'Sumy Oblast', 'Mykolaiv Oblast']),
    },
  },
  { from: '2022-04-09', zone: { war: WAR_ZONE, front: new Set([...FRONT_OBLASTS, 'Mykolaiv Oblast']) } },
  { from: '2022-11-12', zone: { war: WAR_ZONE, front: FRONT_OBLASTS } },
]

/** The war zone on a report's date; without a date, the one since November 2022. */
function warZoneOn(date: IsoDate | null | undefined): WarZone {
  let zone = WAR_ZONES[WAR_ZONES.length - 1]!.zone
  if (!date) return zone
  for (const z of WAR_ZONES) if (date >= z.from) zone = z.zone
  return zone
}

// The prominence of a city of 100,000 people.
const CITY_PROMINENCE = prominenceOf(100_000)

// Names of parts of the country that are no single oblast; each names the oblasts it covers.
const EAST = ['Donetsk Oblast', 'Luhansk Oblast', 'Kharkiv Oblast']
// Each with the lower-case substrings one of which every match of the pattern contains, and the most
// characters a match can have before that substring (its lead: "russian-held east" has 13 before
// "east"). The pattern is tried only where a hint occurs, starting at most its lead before it (see
// macroRegions).
export const MACRO_REGIONS: ReadonlyArray<readonly [readonly string[], RegExp, readonly string[], number]> = [
  [['donbas', 'донбас'], /\b(donbas|donbass)\b|донбас/i, ['Donetsk Oblast', 'Luhansk Oblast'], 0],
  [['east', 'схід', 'сход', 'восток'], /\b(east(ern)? ukraine|ukraine'?s east|east of ukraine|(rebel|separatist|rebel-held|russian-held)[- ]east)\b|сх[іо]д\S* україни|восток\S* украины/i, EAST, 13],
  [['south', 'півд', 'юг'], /\b(south(ern)? ukraine|ukraine'?s south|south of ukraine)\b|півд\S* україни|юг\S* украины/i, ['Kherson Oblast', 'Zaporizhzhia Oblast', 'Mykolaiv Oblast'], 10],
  [['slobozhan', 'слобожан'], /slobozhan|слобожан/i, ['Kharkiv Oblast', 'Sumy Oblast'], 0],
]
// Each pattern, sticky: tried at one position of the whole text (so \b still sees the character before).
const MACRO_STICKY = MACRO_REGIONS.map(([, pattern]) => new RegExp(pattern.source, `${pattern.flags}y`))

// The hints are found by one pass over the text's characters, each folded to lower case by a table
// (lower-casing a 3 MB text to search it cost 30 ms, and a case-insensitive regex over the hints 30 µs
// per 5 kB document). The fold is String#toLowerCase per character below U+0530; no character above
// lower-cases to a letter of the hints, and the one below whose lower case is two characters (İ) folds
// to itself, which no hint contains.
const FOLD_LIMIT = 0x530
const FOLD = new Uint16Array(FOLD_LIMIT)
for (let c = 0; c < FOLD_LIMIT; c++) {
  const lower = String.fromCharCode(c).toLowerCase()
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c
}
const HINTS = MACRO_REGIONS.flatMap(([hints], r) => hints.map((h) => ({ codes: [...h].map((ch) => ch.charCodeAt(0)), entry: r })))
// The hints by their first (folded) character, in HINTS order: a character of the text is compared
// with the hints that start with it only (every "d", "e", "s", "с", "в" of a text starts one).
const HINTS_BY_FIRST: Array<typeof HINTS | undefined> = new Array(FOLD_LIMIT).fill(undefined)
for (const h of HINTS) (HINTS_BY_FIRST[h.codes[0]!] ??= []).push(h)

/** Bit r set when a hint of MACRO_REGIONS[r] occurs in the text, in any case. */
export function macroHints(text: string): number {
  let found = 0
  const all = (1 << MACRO_REGIONS.length) - 1
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c >= FOLD_LIMIT) continue
    const hints = HINTS_BY_FIRST[FOLD[c]!]
    if (hints === undefined) continue
    for (let t = 0; t < hints.length; t++) {
      const h = hints[t]!
      const codes = h.codes
      if (i + codes.length > n || found & (1 << h.entry)) continue
      let k = 1
      while (k < codes.length) {
        const d = text.charCodeAt(i + k)
        if ((d < FOLD_LIMIT ? FOLD[d] : d) !== codes[k]) break
        k++
      }
      if (k === codes.length) found |= 1 << h.entry
    }
    if (found === all) break
  }
  return found
}

// Each entry's hints, in any case, as one regex: an occurrence is found by the regex engine (a sixth to
// a third of the time of macroHints's character scan, which looks for every entry's hints at once; one
// regex over all the hints, with a group per entry, cost as much as the scan). lastIndex is moved one
// past each occurrence's start, so overlapping hints are all seen.
const HINT_FINDERS = MACRO_REGIONS.map(([hints]) => new RegExp(hints.join('|'), 'gi'))

/**
 * Bit r set when MACRO_REGIONS[r]'s pattern matches somewhere in the text and a hint of it occurs (what
 * `macroHints(text) & (1 << r) && pattern.test(text)` gives): the pattern is tried only at the positions
 * from its lead before each hint occurrence to the occurrence. Every match holds a hint at most its lead
 * from its start. The regex engine folds a few characters above FOLD_LIMIT to letters of the hints
 * (U+1C80-U+1C85, old Cyrillic letter forms whose upper case is В, Д, О, С, Т), which the hint scan takes
 * as they are: a match found through such an occurrence sends the text to the whole-text search.
 */
export function macroRegions(text: string): number {
  let found = 0
  for (let r = 0; r < MACRO_REGIONS.length; r++) {
    const finder = HINT_FINDERS[r]!
    const sticky = MACRO_STICKY[r]!
    const lead = MACRO_REGIONS[r]![3]
    finder.lastIndex = 0
    let m: RegExpExecArray | null
    search: while ((m = finder.exec(text)) !== null) {
      const i = m.index
      finder.lastIndex = i + 1
      for (let at = Math.max(0, i - lead); at <= i; at++) {
        sticky.lastIndex = at
        if (!sticky.test(text)) continue
        const hint = m[0]
        for (let k = 0; k < hint.length; k++) if (hint.charCodeAt(k) >= FOLD_LIMIT) return macroRegionsByWholeSearch(text)
        found |= 1 << r
        break search
      }
    }
  }
  return found
}

/** What macroRegions computes, by searching the whole text with each hinted pattern. */
export function macroRegionsByWholeSearch(text: string): number {
  const hinted = macroHints(text)
  let found = 0
  for (let r = 0; r < MACRO_REGIONS.length; r++) if (hinted & (1 << r) && MACRO_REGIONS[r]![1].test(text)) found |= 1 << r
  return found
}

const W = {
  canonical: 1.0,
  variant: 0.85,
  prominence: 1.4,
  qualifierRegion: 3.0,
  qualifierDistrict: 2.0,
  pointer: 2.5,
  sense: 2.0,
  cityGuard: 2.0,
  foreign: -8,
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
  contactLine: 1.2,
  frontLines: 0.8,
  frontLineAxis: 2.0,
  direction: 1.5,
  temperature: 0.45,
}

export function resolveMentions(text: string, mentions: readonly RawMention[], g: Gazetteer, ctx: ResolveContext = {}): Place[] {
  const nm = mentions.length
  if (nm === 0) return []
  const f = entryFeatures(g)
  const c = candidatesOf(mentions, g, f)
  const { first, entry } = c
  const region = u8(U_REGION, nm)
  const district = u8(U_DISTRICT, nm)
  for (let k = 0; k < nm; k++) {
    const cue = mentions[k]!.cue
    let allRegion = true
    let allDistrict = true
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      const kind = f.kind[entry[at]!]!
      if (kind !== REGION) allRegion = false
      if (kind !== DISTRICT) allDistrict = false
    }
    region[k] = cue === 'region' || allRegion ? 1 : 0
    district[k] = cue === 'district' || allDistrict ? 1 : 0
  }
  const qualifiers = findQualifiers(text, mentions, region, district)
  const foreign = findForeign(text, mentions, region)

  // Regions named in the text, per sentence and overall.
  const docRegions = new Map<number, number>()
  const sentenceRegions = new Map<number, Set<number>>()
  let namesRussianRegion = false
  for (let k = 0; k < nm; k++) {
    if (!region[k]) continue
    const sentence = mentions[k]!.sentence
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      const e = entry[at]!
      const a = f.admin1[e]!
      if (a < 0) continue
      docRegions.set(a, (docRegions.get(a) ?? 0) + 1)
      let s = sentenceRegions.get(sentence)
      if (!s) sentenceRegions.set(sentence, (s = new Set()))
      s.add(a)
      if (f.country[e] === 2) namesRussianRegion = true
    }
  }
  let regionTotal = 0
  for (const n of docRegions.values()) regionTotal += n
  const macro = new Set<string>()
  const named = macroRegions(text)
  for (let r = 0; r < MACRO_REGIONS.length; r++) if (named & (1 << r)) for (const o of MACRO_REGIONS[r]![2]) macro.add(o)

  // Static evidence. The regional prior is computed once per admin1 (and once more for axes).
  const zone = warZoneOn(ctx.publishedAt)
  const nAdmin = f.admin1Names.length
  const prior = f64(F_PRIOR, 2 * (nAdmin + 1)).fill(Number.NaN)
  const score = c.score
  // Mentions whose choice a qualifier made: the region or raion named right after them, or the settlement
  // they are said to be near. Their choices are the report's senses of those names (see below).
  const anchored = u8(U_ANCHORED, nm).fill(0)
  // Last to first: a settlement that qualifies a mention comes after it, and its own static scores are
  // then known, so the place it is said to be near is its best candidate so far, not its first.
  for (let k = nm - 1; k >= 0; k--) {
    const qs = qualifiers[k]
    // What the region and raion qualifiers state: their best candidates by their own static evidence
    // (not their first: "Novomikhailovka (Maryinsky district)" read the raion as a Marine in Sumy oblast,
    // the first namesake the index lists).
    const stated = qs ? qs.map((q) => (region[q] || district[q] ? g.entryAt(entry[bestStatic(c, g, q)]!) : null)) : null
    const inSentence = sentenceRegions.size === 0 ? undefined : sentenceRegions.get(mentions[k]!.sentence)
    const direction = mentions[k]!.cue === 'direction'
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      const e = entry[at]!
      const prominence = f.prominence[e]!
      const a = f.admin1[e]!
      let s = c.quality[at]! + W.prominence * prominence
      if (stated) {
        for (let x = 0; x < stated.length; x++) {
          const q = stated[x]!
          if (q === null) {
            // A settlement it is said to be near: closeness to that settlement's best candidate so far,
            // full within 20-30 km, a fifth at 60 km.
            const p = bestStatic(c, g, qs![x]!)
            const d = distanceKm(f.lat[e]!, f.lon[e]!, f.lat[entry[p]!]!, f.lon[entry[p]!]!)
            s += W.pointer / (1 + (d / 30) ** 2)
            continue
          }
          if (q.kind === 'region' && (a < 0 ? null : f.admin1Names[a]) === q.admin1) s += W.qualifierRegion
          if (q.kind === 'district' && (g.entryAt(e).admin2 === q.name || distanceKm(f.lat[e]!, f.lon[e]!, q.lat, q.lon) < 35)) s += W.qualifierDistrict
          if (q.kind === 'settlement' && distanceKm(f.lat[e]!, f.lon[e]!, q.lat, q.lon) < 35) s += W.qualifierDistrict
        }
      }
      if (a >= 0 && inSentence?.has(a)) s += W.sentenceRegion
      if (f.country[e] === 1 && !namesRussianRegion) s += W.country
      const slot = (direction ? nAdmin + 1 : 0) + a + 1
      let p = prior[slot]!
      if (Number.isNaN(p)) prior[slot] = p = regionPriorOf(f, a, direction, zone, macro, docRegions, regionTotal)
      s += p
      // A city of 100,000 or more is what a bare name means unless the text says otherwise: the regional
      // priors above must not give Khmelnytskyi to a village of that name in Luhansk oblast.
      if (prominence >= CITY_PROMINENCE) {
        s += W.city
        // Unless a qualifier right after it says otherwise, more so: a region named elsewhere in the
        // sentence or the report, or the places around, do not make "Львову" beside "в Криму" a Crimean
        // Lvove, nor "в ДНР и Запорожье" a village of Donetsk oblast.
        // The city's own name only, not a former one it shares with villages ("Novooleksandrivka" was
        // Melitopol before 1842; "Станіслав" Ivano-Frankivsk before 1962).
        if (!qs && first[k + 1]! - first[k]! > 1 && isOwnName(mentions[k]!.text, g, e)) s += W.cityGuard
      }
      if (foreign !== null && foreign[k] && f.country[e] !== 2) s += W.foreign
      // Axes are named after towns: the more prominent, the likelier (Pokrovsk, not a village Pokrovske);
      // not after a place by another place's name (a former name shadowed by a town's own).
      if (direction && f.kind[e] === SETTLEMENT && !c.shadowed[at]) s += W.direction * Math.min(1, Math.max(0, (prominence - 0.4) / 0.3))
      score[at] = s
    }
    if (qs) anchored[k] = 1
  }
  addDeepRussiaEvidence(text, mentions, c, f, docRegions)
  addFrontLineEvidence(mentions, c, f, ctx)
  addContactLineEvidence(mentions, c, f, ctx)

  // Clustering: each candidate gains from closeness to the other mentions' current choices. Only the
  // CLUSTER_WINDOW mentions on either side count, which keeps long texts linear and keeps the evidence
  // local (a long report moves from one front to another).
  const best = clusterScores(text, mentions, c, f, g, region)
  addSenseMemory(c, g, best, anchored, region)
  // Pushed, not made as new Array(nm): optimised code that makes an array of over 16,383 elements
  // (a text of about 1 MB has that many mentions) is thrown away ("out of bounds"), and the call ran on
  // unoptimised until V8 had compiled the function again.
  const out: Place[] = []
  const shared = sharedAlternatives(g)
  for (let k = 0; k < nm; k++) {
    // A town abroad that only a Ukrainian namesake matched: no place.
    if (foreign !== null && (foreign[k] === 2 || (foreign[k] === 1 && f.country[entry[best[k]!]!] !== 2))) continue
    // The same when the Russian region is one the gazetteer knows but the town is not in it: "в Дмитрівці
    // Тамбовської області" (a village under cities500's 500 people) is no Dmytrivka of Donetsk oblast.
    // The town is still a place the text names: an unlisted one, in that region.
    const abroad = russianRegionOfUkrainianChoice(k, qualifiers, entry, best, f)
    if (abroad >= 0) {
      out.push(unlistedTown(mentions[k]!, g.entryAt(entry[best[k]!]!), g.entryAt(abroad)))
      continue
    }
    out.push(toPlace(k, mentions, c, best, qualifiers, f, g, shared))
  }
  return out
}

let positionOf = new Int32Array(0)

// The per-call arrays, by mention and by candidate, are views of buffers kept from call to call
// (resolveMentions runs to its end and is never re-entered): each typed array made costs 1-3 µs
// (calloc and V8's bookkeeping of memory outside the heap), some twenty per call, 6% of a 3 kB call.
// Every element of a view is written before it is read. Past SCRATCH_LIMIT elements an array is made
// fresh, so that one huge text does not leave huge buffers behind.
const SCRATCH_LIMIT = 1 << 18
const f64Buffers: Float64Array[] = []
const i32Buffers: Int32Array[] = []
const u8Buffers: Uint8Array[] = []

/** A Float64Array of length `n` for use `slot` (views of the same slot overlap). */
function f64(slot: number, n: number): Float64Array {
  if (n > SCRATCH_LIMIT) return new Float64Array(n)
  let b = f64Buffers[slot]
  if (b === undefined || b.length < n) f64Buffers[slot] = b = new Float64Array(Math.max(n, 2 * (b?.length ?? 0), 256))
  return b.subarray(0, n)
}

function i32(slot: number, n: number): Int32Array {
  if (n > SCRATCH_LIMIT) return new Int32Array(n)
  let b = i32Buffers[slot]
  if (b === undefined || b.length < n) i32Buffers[slot] = b = new Int32Array(Math.max(n, 2 * (b?.length ?? 0), 256))
  return b.subarray(0, n)
}

function u8(slot: number, n: number): Uint8Array {
  if (n > SCRATCH_LIMIT) return new Uint8Array(n)
  let b = u8Buffers[slot]
  if (b === undefined || b.length < n) u8Buffers[slot] = b = new Uint8Array(Math.max(n, 2 * (b?.length ?? 0), 256))
  return b.subarray(0, n)
}

// The slots: one per array of a call.
const F_QUALITY = 0
const F_SCORE = 1
const F_BASE = 2
const F_LAT = 3
const F_LON = 4
const F_KX = 5
const F_WEIGHT = 6
const F_PRIOR = 7
const I_FIRST = 0
const I_ENTRY = 1
const I_SENTENCE = 2
const I_KEY = 3
const I_BEST = 4
const I_ADMIN = 5
const U_SHADOWED = 0
const U_REGION = 1
const U_DISTRICT = 2
const U_DIRECTION = 3
const U_REGION_CANDIDATE = 4
const U_ANCHORED = 5
const U_FOREIGN = 6

// The neighbours of one mention in a clustering round (at most CLUSTER_WINDOW on either side).
const nLat = new Float64Array(2 * CLUSTER_WINDOW + 1)
const nLon = new Float64Array(2 * CLUSTER_WINDOW + 1)
const nWeight = new Float64Array(2 * CLUSTER_WINDOW + 1)
const nAdmin = new Int32Array(2 * CLUSTER_WINDOW + 1)

/** The regional prior of admin1 number `a` (-1: none) in this text, for a place or (`direction`) an axis. */
function regionPriorOf(f: EntryFeatures, a: number, direction: boolean, zone: WarZone, macro: ReadonlySet<string>, docRegions: ReadonlyMap<number, number>, regionTotal: number): number {
  let v = 0
  if (a >= 0) {
    const admin1 = f.admin1Names[a]!
    if (zone.war.has(admin1)) v += W.warZone
    if (zone.front.has(admin1)) v += direction ? W.frontAxis : W.front
    if (macro.has(admin1)) v += W.macroRegion
    if (regionTotal > 0) v += W.documentRegion * ((docRegions.get(a) ?? 0) / regionTotal)
  }
  return v
}

/**
 * Each mention's candidates, one per entry: the first ref of an entry places it, a later canonical ref
 * of the same entry upgrades a variant's quality.
 */
function candidatesOf(mentions: readonly RawMention[], g: Gazetteer, f: EntryFeatures): Candidates {
  const nm = mentions.length
  let refTotal = 0
  for (let k = 0; k < nm; k++) refTotal += mentions[k]!.refs.length
  const first = i32(I_FIRST, nm + 1)
  const entry = i32(I_ENTRY, refTotal)
  const quality = f64(F_QUALITY, refTotal)
  const shadowed = u8(U_SHADOWED, refTotal)
  // Entry number → its position + 1 among the current mention's candidates (0: not yet one); cleared
  // again after each mention, so a lookup is one array read however long the list (an "Ivanivka" has
  // over a hundred).
  if (positionOf.length !== g.size) positionOf = new Int32Array(g.size)
  const pos = positionOf
  let n = 0
  try {
    for (let k = 0; k < nm; k++) {
      const refs = mentions[k]!.refs
      const from = n
      first[k] = from
      // A variant that is another settlement's own name ("Oleksandrivsk": a former name of Zaporizhzhia,
      // and a town in Luhansk oblast) is "shadowed": it still counts (2014-2016 reports used the old names
      // of renamed villages), but an axis is not named by it.
      let canonicalSettlement = false
      for (const r of refs) {
        if (!f.filled[r.entry]) fillEntry(f, g, r.entry)
        if (r.weight === 0 && f.kind[r.entry] === SETTLEMENT) canonicalSettlement = true
      }
      for (const r of refs) {
        const q = r.weight === 0 ? W.canonical : W.variant
        const at = pos[r.entry]! - 1
        if (at < 0) {
          pos[r.entry] = n + 1
          entry[n] = r.entry
          quality[n] = q
          shadowed[n] = q === W.variant && canonicalSettlement ? 1 : 0
          n++
        } else if (quality[at]! < q) {
          quality[at] = q
          shadowed[at] = 0
        }
      }
      for (let at = from; at < n; at++) pos[entry[at]!] = 0
    }
  } catch (error) {
    pos.fill(0) // a bug mid-mention must not leave positions behind for the next call
    throw error
  }
  first[nm] = n
  // Every score is written by the static evidence in resolveMentions before it is read.
  return { first, entry, quality, shadowed, score: f64(F_SCORE, n) }
}

/**
 * Region / raion mentions that qualify each mention: right after it (after connectors), carried back
 * over lists ("Siversk, Yampil and Bilohorivka in the Donetsk region"), or before it with a possessive.
 */
function findQualifiers(text: string, mentions: readonly RawMention[], region: Uint8Array, district: Uint8Array): Array<number[] | undefined> {
  const nm = mentions.length
  // Filled with undefined, not made as new Array(nm) (see resolveMentions's out).
  const qualifiers: Array<number[] | undefined> = []
  for (let k = 0; k < nm; k++) qualifiers.push(undefined)
  const add = (k: number, q: number) => (qualifiers[k] ??= []).push(q)
  for (let i = 0; i < nm; i++) {
    if (region[i]) continue
    let j = i + 1
    let prevEnd = mentions[i]!.end
    while (j < nm) {
      const q = mentions[j]!
      if (q.start - prevEnd > 30) break
      if (q.start < prevEnd) break
      const gap = text.slice(prevEnd, q.start)
      // A region or raion qualifies after connectors; a settlement only right after the place, with a
      // word of nearness between ("Георгиевки под Бахмутом").
      if (!region[j] && !district[j]) {
        if (j === i + 1 && POINTER_GAP.test(gap)) {
          add(i, j)
          prevEnd = q.end
          j++
          continue
        }
        break
      }
      if (!CONNECTOR.test(gap)) break
      add(i, j)
      prevEnd = q.end
      j++
    }
    // "Donetsk Oblast's Yampil"
    if (i > 0 && region[i - 1] && mentions[i]!.start - mentions[i - 1]!.end <= 4) {
      const from = mentions[i - 1]!.end
      const to = mentions[i]!.start
      if (POSSESSIVE.test(to < from ? 'x' : text.slice(from, to))) add(i, i - 1)
    }
  }
  for (let i = nm - 2; i >= 0; i--) {
    const a = mentions[i]!
    const b = mentions[i + 1]!
    if (qualifiers[i] !== undefined || qualifiers[i + 1] === undefined || b.start - a.end > 8 || region[i] || region[i + 1]) continue
    if (b.start >= a.end && LIST_JOINER.test(text.slice(a.end, b.start))) qualifiers[i] = [...qualifiers[i + 1]!]
  }
  return qualifiers
}

// Vowels, soft and hard signs and apostrophes, Latin and Cyrillic: what consonantSkeleton drops.
const NOT_CONSONANT = /[^bcdfghjklmnpqrstvwxzбвгґджзйклмнпрстфхцчшщ]/g

/** The first three consonants of a name, lower-cased: "Львову", "Львів" and "Lviv"'s are alike in script. */
function consonantSkeleton(name: string): string {
  return name.toLowerCase().replace(NOT_CONSONANT, '').slice(0, 3)
}

/**
 * Whether `text` is a form of the entry's own name (English, Ukrainian or Russian), judged by the
 * first consonants: "Львову" of Lviv, "Kiev" of Kyiv, "Николаев" of Mykolaiv (its Russian name), but not
 * "Станіслав" of Ivano-Frankivsk. Asked only for the candidate cities of a mention.
 */
function isOwnName(text: string, g: Gazetteer, e: number): boolean {
  if (ownSkeletonsOf !== g) {
    ownSkeletons.clear()
    ownSkeletonsOf = g
  }
  let own = ownSkeletons.get(e)
  if (own === undefined) {
    const x = g.entryAt(e)
    ownSkeletons.set(e, (own = [consonantSkeleton(x.name), x.nameUk === null ? '-' : consonantSkeleton(x.nameUk), x.nameRu === null ? '-' : consonantSkeleton(x.nameRu)]))
  }
  const k = consonantSkeleton(text)
  return k === own[0] || k === own[1] || k === own[2]
}

// The cities' skeletons by entry number (a few dozen entries are cities), for the last gazetteer asked about.
const ownSkeletons = new Map<number, readonly [string, string, string]>()
let ownSkeletonsOf: Gazetteer | null = null

/** Mention `k`'s best candidate by the scores so far (a position in the candidate arrays). */
function bestStatic(c: Candidates, g: Gazetteer, k: number): number {
  return argmaxAt(c, g, k)
}

let senseOf = new Uint8Array(0)

/**
 * One sense per report: a name whose place a qualifier settled ("Шахове Покровського району", "Uspenivka
 * in Zaporizhzhia region", "Георгиевка под Бахмутом") keeps that place at its other mentions, which
 * usually name it bare ("бої біля Шахового"). The anchored mentions' best candidates are marked by entry
 * number once the clustering has chosen; every other mention with a marked entry among its candidates
 * gains for it and chooses again. Marks are cleared again, so one pass over the candidates, and none when
 * nothing is anchored.
 */
function addSenseMemory(c: Candidates, g: Gazetteer, best: Int32Array, anchored: Uint8Array, regionFlags: Uint8Array): void {
  const nm = anchored.length
  const { first, entry, score } = c
  let any = false
  for (let k = 0; k < nm; k++) if (anchored[k] && !regionFlags[k] && first[k + 1]! - first[k]! > 1) any = true
  if (!any) return
  if (senseOf.length !== g.size) senseOf = new Uint8Array(g.size)
  const marked: number[] = []
  for (let k = 0; k < nm; k++) {
    if (!anchored[k] || regionFlags[k] || first[k + 1]! - first[k]! < 2) continue
    const e = entry[best[k]!]!
    if (!senseOf[e]) marked.push(e)
    senseOf[e] = 1
  }
  try {
    for (let k = 0; k < nm; k++) {
      if (anchored[k] || regionFlags[k] || first[k + 1]! - first[k]! < 2) continue
      let gained = false
      for (let at = first[k]!; at < first[k + 1]!; at++) {
        if (!senseOf[entry[at]!]) continue
        score[at] = score[at]! + W.sense
        gained = true
      }
      if (gained) best[k] = argmaxAt(c, g, k)
    }
  } finally {
    for (const e of marked) senseOf[e] = 0
  }
}

/**
 * The entry number of the Russian region that qualifies mention `k` (right after it, or carried back
 * over a list) when its chosen place is in Ukraine; -1 otherwise. The name is then of a Russian town the
 * gazetteer lacks, and its Ukrainian namesake is the wrong place. A candidate in that region would have
 * won by the qualifier's weight, so only the chosen one is looked at.
 */
function russianRegionOfUkrainianChoice(
  k: number,
  qualifiers: ReadonlyArray<readonly number[] | undefined>,
  entry: Int32Array,
  best: Int32Array,
  f: EntryFeatures,
): number {
  const qs = qualifiers[k]
  const chosen = entry[best[k]!]!
  // A Ukrainian town of 15,000 or more before a Russian region is an item of a list ("в Харкові,
  // Бєлгородській області та Курській"), not a namesake of a Russian village.
  if (qs === undefined || f.country[chosen] !== 1 || f.prominence[chosen]! >= LIST_TOWN_PROMINENCE) return -1
  for (const q of qs) {
    const e = entry[best[q]!]!
    if (f.kind[e] === REGION) return f.country[e] === 2 ? e : -1
  }
  return -1
}

// The prominence of a town of 15,000 people.
const LIST_TOWN_PROMINENCE = prominenceOf(15_000)

/** The prefix of the ids of towns no gazetteer entry holds (placed at their region's centre). */
export const UNLISTED_PREFIX = 'unlisted:'

/**
 * A town in a Russian region that the gazetteer does not hold, named as the text names it: a Latin
 * mention as written ("Martynivka in Russia's Kursk region"); a Cyrillic one by the Russian name of the
 * Ukrainian namesake it matched, romanised ("Дмитрівці Тамбовської області": Дмитровка, Dmitrovka), as
 * the town's own name is Russian. Placed at the region's centre, with a low confidence.
 */
function unlistedTown(m: RawMention, namesake: GazetteerEntry, region: GazetteerEntry): Place {
  let name = m.text
  if (/[\u0400-\u04ff]/.test(m.text)) {
    const ru = namesake.nameRu ?? namesake.variants.find((v) => /[\u0400-\u04ff]/.test(v) && !/[іїєґІЇЄҐ]/.test(v)) ?? (namesake.nameUk === null ? undefined : ukrainianToRussianCandidates(namesake.nameUk)[0])
    name = ru === undefined ? namesake.name : russianToLatin(ru)
  }
  return {
    mention: m.text,
    span: [m.start, m.end],
    id: `${UNLISTED_PREFIX}${region.admin1}:${name}`,
    name,
    admin1: region.admin1,
    country: region.country,
    lat: region.lat,
    lon: region.lon,
    kind: 'settlement',
    confidence: 0.3,
    alternatives: [],
    statedAdmin1: null,
  }
}

/**
 * Mentions followed by a foreign region or by Russia (FOREIGN_TAIL) as 1, and mentions inside such a
 * region's name as 2; null when there is none.
 */
function findForeign(text: string, mentions: readonly RawMention[], region: Uint8Array): Uint8Array | null {
  let flags: Uint8Array | null = null
  const nm = mentions.length
  for (let k = 0; k < nm; k++) {
    if (region[k]) continue
    const end = mentions[k]!.end
    const start = mentions[k]!.start
    const head = text.slice(Math.max(0, start - RUSSIA_NEAR_CHARS), start)
    const near = text.slice(end, end + RUSSIA_NEAR_CHARS)
    if ((RUSSIA_NEAR_KEYS.test(head) && RUSSIA_BEFORE.test(head)) || (RUSSIA_NEAR_KEYS.test(near) && RUSSIA_AFTER.test(near))) {
      ;(flags ??= u8(U_FOREIGN, nm).fill(0))[k] = 1
      continue
    }
    const tail = text.slice(end, end + FOREIGN_TAIL_CHARS)
    if (!FOREIGN_KEYS.test(tail)) continue
    const m = FOREIGN_TAIL.exec(tail)
    if (m === null) continue
    const adjective = m.indices?.[1] ?? m.indices?.[2]
    if (adjective) {
      const at = end + adjective[0]
      let known = false
      for (let j = k + 1; j < nm && mentions[j]!.start <= at; j++) if (mentions[j]!.start === at && region[j]) known = true
      if (known) continue
      // Words of the foreign region's own name are no places either ("Novgorod" of "Nizhny Novgorod").
      flags ??= u8(U_FOREIGN, nm).fill(0)
      for (let j = k + 1; j < nm && mentions[j]!.start < end + adjective[1]; j++) if (mentions[j]!.start >= at) flags[j] = 2
    }
    ;(flags ??= u8(U_FOREIGN, nm).fill(0))[k] = 1
  }
  return flags
}

function addFrontLineEvidence(mentions: readonly RawMention[], c: Candidates, f: EntryFeatures, ctx: ResolveContext): void {
  const control = ctx.control
  const date = ctx.publishedAt
  if (!control || !date) return
  const { first, entry, score } = c
  for (let k = 0; k < mentions.length; k++) {
    const from = first[k]!
    const n = first[k + 1]! - from
    if (n < 2) continue
    // Only the leading candidates: a point query per candidate costs a polygon walk.
    const order: number[] = []
    for (let at = from; at < from + n; at++) order.push(at)
    order.sort((a, b) => score[b]! - score[a]!)
    if (order.length > 12) order.length = 12
    for (const at of order) {
      const e = entry[at]!
      if (f.kind[e] !== SETTLEMENT) continue
      const lngLat = [f.lon[e]!, f.lat[e]!] as const
      if (!control.covers(lngLat)) continue
      const status = control.statusAt(lngLat, date)
      if (!status) continue
      // Axes lie on the line by definition; other places in battle reports mostly near it.
      score[at] = score[at]! + (mentions[k]!.cue === 'direction' ? W.frontLineAxis : W.frontLine) * Math.exp(-status.distanceToLineKm / 25)
    }
  }
}

// A name one of whose candidates is a town of 10,000 people or more means the town, wherever the line
// is: the line's pull is for villages ("Lyman" is the town of Donetsk oblast, not a Luhansk village).
const TOWN_PROMINENCE = prominenceOf(10_000)

/**
 * A report of the years the line of contact held (September 2014 - February 2022, and in each oblast the
 * months after the invasion when its fighting stayed along it) names, of settlements of Donetsk and Luhansk
 * oblasts sharing a name, most likely the one near the line (contact-line.ts): the front-line evidence
 * above, for years no control map covers. Only mentions with a choice to make, none of it a town.
 */
function addContactLineEvidence(mentions: readonly RawMention[], c: Candidates, f: EntryFeatures, ctx: ResolveContext): void {
  const date = ctx.publishedAt
  const lines = frontLinesOn(date)
  if (lines !== null) addFrontLinesEvidence(mentions, c, f, lines)
  if (!contactLineHeldAnywhereOn(date)) return
  const { first, entry, score } = c
  for (let k = 0; k < mentions.length; k++) {
    if (first[k + 1]! - first[k]! < 2) continue
    let town = false
    for (let at = first[k]!; at < first[k + 1]!; at++) if (f.prominence[entry[at]!]! >= TOWN_PROMINENCE && f.kind[entry[at]!] === SETTLEMENT) town = true
    if (town) continue
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      const e = entry[at]!
      const a = f.admin1[e]!
      if (f.kind[e] !== SETTLEMENT || a < 0 || !contactLineHeldOn(date, f.admin1Names[a]!)) continue
      score[at] = score[at]! + W.contactLine * Math.exp(-distanceToContactLineKm(f.lat[e]!, f.lon[e]!) / 25)
    }
  }
}

/**
 * The same for the months from the invasion to the first control map that ships (front-lines-2022.ts), over
 * every oblast: of settlements sharing a name, the one near the fighting of the report's date ("Andriivka"
 * in a report of March 2022 near Borodianka, "Kamianka" in August 2022 on the Zaporizhzhia front). A name
 * one of whose candidates is a town of 10,000 people or more means a town: with one such town it is that
 * town, and among several (Pervomaisk of Luhansk and of Mykolaiv oblasts) the line chooses between the towns.
 * It adds to the 2014-2022 line's pull in Donetsk and Luhansk oblasts, which stays: most of the fighting of
 * those months was there, and a Novomykhailivka by Marinka is likelier than one on the Zaporizhzhia front
 * (measured on the monitor's dev rows: the lines alone, in place of the old line's pull, lost a dozen Donbas
 * villages to namesakes on other fronts).
 */
function addFrontLinesEvidence(mentions: readonly RawMention[], c: Candidates, f: EntryFeatures, lines: Parameters<typeof distanceToLinesKm>[0]): void {
  const { first, entry, score } = c
  for (let k = 0; k < mentions.length; k++) {
    if (first[k + 1]! - first[k]! < 2) continue
    let towns = 0
    for (let at = first[k]!; at < first[k + 1]!; at++) if (f.prominence[entry[at]!]! >= TOWN_PROMINENCE && f.kind[entry[at]!] === SETTLEMENT) towns++
    if (towns === 1) continue
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      const e = entry[at]!
      if (f.kind[e] !== SETTLEMENT || (towns > 1 && f.prominence[e]! < TOWN_PROMINENCE)) continue
      score[at] = score[at]! + W.frontLines * frontLinesPull(lines, f, e)
    }
  }
}

// Each entry's pull to the lines of each period, worked out once per gazetteer (a name like Ivanivka has
// over a hundred candidates, each a walk over some ninety segments): NaN until asked.
const pulls = new WeakMap<EntryFeatures, Map<unknown, Float64Array>>()

function frontLinesPull(lines: Parameters<typeof distanceToLinesKm>[0], f: EntryFeatures, e: number): number {
  let byLines = pulls.get(f)
  if (!byLines) pulls.set(f, (byLines = new Map()))
  let pullOf = byLines.get(lines)
  if (!pullOf) byLines.set(lines, (pullOf = new Float64Array(f.lat.length).fill(Number.NaN)))
  let p = pullOf[e]!
  if (Number.isNaN(p)) pullOf[e] = p = Math.exp(-distanceToLinesKm(lines, f.lat[e]!, f.lon[e]!) / 25)
  return p
}

/** Whether the text between two names only lists them ("X, Y", "X и Y", "X та Y", "X, and Y"). */
function coordinated(text: string, from: number, to: number): boolean {
  return to - from >= 1 && to - from <= 8 && LIST_JOINER.test(text.slice(from, to))
}

/**
 * The clustering rounds over the flat candidate arrays: the neighbour loops touch only numbers, which
 * keeps long texts linear and fast from the first call. Updates the scores in place and returns each
 * mention's chosen candidate (a position in the candidate arrays).
 */
function clusterScores(text: string, mentions: readonly RawMention[], c: Candidates, f: EntryFeatures, g: Gazetteer, regionFlags: Uint8Array): Int32Array {
  const nw = mentions.length
  const { first, entry, score } = c
  const total = first[nw]!
  const base = f64(F_BASE, total)
  base.set(score.subarray(0, total))
  const sentence = i32(I_SENTENCE, nw)
  const direction = u8(U_DIRECTION, nw)
  const keyIds = i32(I_KEY, nw)
  const keyIdOf = new Map<string, number>()
  const best = i32(I_BEST, nw)
  for (let wi = 0; wi < nw; wi++) {
    const m = mentions[wi]!
    sentence[wi] = m.sentence
    // Bit 1: the mention names an axis; bit 2: it is listed together with the next one.
    direction[wi] = (m.cue === 'direction' ? 1 : 0) | (wi + 1 < nw && coordinated(text, m.end, mentions[wi + 1]!.start) ? 2 : 0)
    const key = m.key ?? nameKey(m.text)
    let kid = keyIdOf.get(key)
    if (kid === undefined) keyIdOf.set(key, (kid = keyIdOf.size))
    keyIds[wi] = kid
  }
  for (let wi = 0; wi < nw; wi++) best[wi] = argmaxAt(c, g, wi)

  // Each candidate's point and region by position, read in order by the rounds below (the entry
  // feature arrays are indexed by entry number, a scattered read per candidate per round).
  const { lat, lon, kx, kind, admin1 } = f
  const cLat = f64(F_LAT, total)
  const cLon = f64(F_LON, total)
  const cKx = f64(F_KX, total)
  const cAdmin = i32(I_ADMIN, total)
  const cRegion = u8(U_REGION_CANDIDATE, total)
  for (let at = 0; at < total; at++) {
    const e = entry[at]!
    cLat[at] = lat[e]!
    cLon[at] = lon[e]!
    cKx[at] = kx[e]!
    cAdmin[at] = admin1[e]!
    cRegion[at] = kind[e] === REGION ? 1 : 0
  }
  const weights = f64(F_WEIGHT, nw)
  for (let round = 0; round < 2; round++) {
    for (let wi = 0; wi < nw; wi++) {
      // The mention's confidence in its current choice (its softmax share).
      const from = first[wi]!
      const to = first[wi + 1]!
      // A lone candidate's share is exp(0) / exp(0) (scores are finite).
      if (to - from === 1) {
        weights[wi] = 1
        continue
      }
      const top = score[best[wi]!]!
      let sum = 0
      for (let at = from; at < to; at++) sum += Math.exp((score[at]! - top) / W.temperature)
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
        // Two names listed together ("в районах Степногорска и Приморского", "near Zarichne and Torske")
        // lie together more surely still than two names of one sentence.
        const listed = (j === wi + 1 && (direction[wi]! & 2) !== 0) || (j === wi - 1 && (direction[j]! & 2) !== 0)
        const locality = (gap === 0 ? 1 : gap === 1 ? 0.5 : gap === 2 ? 0.3 : 0.2) * (gap === 0 && (direction[j]! & 1) !== 0 ? 2 : 1) * (listed ? 2 : 1)
        const weight = weights[j]! * locality
        nLat[n] = cLat[a]!
        nLon[n] = cLon[a]!
        nAdmin[n] = cAdmin[a]!
        nWeight[n] = weight
        n++
        totalWeight += weight
      }
      if (totalWeight === 0) continue
      for (let at = first[wi]!; at < first[wi + 1]!; at++) {
        let sum = 0
        if (cRegion[at] === 1) {
          // A region is close to the places inside it.
          const region = cAdmin[at]!
          for (let k = 0; k < n; k++) if (nAdmin[k] === region) sum += nWeight[k]!
        } else {
          const cx = cKx[at]!
          const pLat = cLat[at]!
          const pLon = cLon[at]!
          for (let k = 0; k < n; k++) {
            const x = (nLon[k]! - pLon) * cx
            const y = (nLat[k]! - pLat) * 110.57
            // Closeness kernel 1 / (1 + (d / 60 km)²): near places count fully, 60 km half, 200 km little.
            sum += nWeight[k]! / (1 + (x * x + y * y) / 3600)
          }
        }
        score[at] = base[at]! + W.cluster * (sum / totalWeight)
      }
    }
    let changed = false
    for (let wi = 0; wi < nw; wi++) {
      const b = argmaxAt(c, g, wi)
      if (b !== best[wi]) changed = true
      best[wi] = b
    }
    if (!changed && round > 0) break
  }
  return best
}

/**
 * Mention `wi`'s best candidate: the highest score, the smallest id on a tie. A plain function, not a
 * closure made per call: an inlined closure is a new call target at every call, and the optimised
 * clustering code was thrown away at each one (V8's "wrong call target").
 */
function argmaxAt(c: Candidates, g: Gazetteer, wi: number): number {
  const { first, entry, score } = c
  let b = first[wi]!
  for (let at = b + 1; at < first[wi + 1]!; at++) {
    if (score[at]! > score[b]! || (score[at] === score[b] && g.entryAt(entry[at]!).id < g.entryAt(entry[b]!).id)) b = at
  }
  return b
}

let expScratch = new Float64Array(64)
const otherScratch = new Int32Array(16)

function toPlace(
  k: number,
  mentions: readonly RawMention[],
  c: Candidates,
  bestOf: Int32Array,
  qualifiers: ReadonlyArray<readonly number[] | undefined>,
  f: EntryFeatures,
  g: Gazetteer,
  shared: SharedAlternatives,
): Place {
  // Softmax over the scores (temperature W.temperature): each candidate's share.
  const { first, entry, score } = c
  const from = first[k]!
  const to = first[k + 1]!
  const bestAt = bestOf[k]!
  let max = -Infinity
  for (let at = from; at < to; at++) if (score[at]! > max) max = score[at]!
  // Each candidate's exp is worked out once (the same expression, so the same value, as before).
  if (expScratch.length < to - from) expScratch = new Float64Array(Math.max(2 * (to - from), 64))
  const ex = expScratch
  let sum = 0
  for (let at = from; at < to; at++) sum += ex[at - from] = Math.exp((score[at]! - max) / W.temperature)
  const best = g.entryAt(entry[bestAt]!)
  const alternatives: PlaceAlternative[] = new Array(to - from - 1)
  const n = to - from - 1
  if (n > 16) {
    // A merge sort in scratch arrays (no array and comparator closure per mention; an "Ivanivka" has
    // over a hundred alternatives). Scores are finite and ids distinct, so ranksBefore is a strict total
    // order and every correct sort gives the one order Array#sort gave.
    if (sortScratch.length < n) {
      sortScratch = new Int32Array(2 * n)
      mergeScratch = new Int32Array(2 * n)
    }
    let m = 0
    for (let at = from; at < to; at++) if (at !== bestAt) sortScratch[m++] = at
    const others = sortByRank(c, g, n)
    for (let i = 0; i < n; i++) alternatives[i] = shared.of(entry[others[i]!]!, ex[others[i]! - from]! / sum)
  } else if (n > 0) {
    // Higher score first, then by id: an insertion sort (stable, as Array#sort is) of the usual few, in
    // a scratch array (no array made per mention).
    const others = otherScratch
    let m = 0
    for (let at = from; at < to; at++) if (at !== bestAt) others[m++] = at
    for (let x = 1; x < n; x++) {
      const v = others[x]!
      let y = x - 1
      while (y >= 0 && ranksBefore(c, g, v, others[y]!)) {
        others[y + 1] = others[y]!
        y--
      }
      others[y + 1] = v
    }
    for (let i = 0; i < n; i++) alternatives[i] = shared.of(entry[others[i]!]!, ex[others[i]! - from]! / sum)
  }
  let statedAdmin1: Place['statedAdmin1'] = null
  const qs = qualifiers[k]
  if (qs) {
    for (const q of qs) {
      const qe = g.entryAt(entry[bestOf[q]!]!)
      if (qe.kind !== 'region' || !qe.admin1 || best.kind === 'region') continue
      if (best.admin1 !== qe.admin1) statedAdmin1 = { name: qe.admin1, span: [mentions[q]!.start, mentions[q]!.end] }
      break
    }
  }
  const m = mentions[k]!
  return {
    mention: m.text,
    span: [m.start, m.end],
    id: best.id,
    name: best.name,
    admin1: best.admin1,
    country: best.country,
    lat: best.lat,
    lon: best.lon,
    // A river's name with a place cue is a site named after it (an airfield: find-mentions' judge).
    kind: best.kind === 'river' && m.cue === 'place' ? 'other' : best.kind,
    confidence: round(ex[bestAt - from]! / sum),
    alternatives,
    statedAdmin1,
  }
}

let sortScratch = new Int32Array(256)
let mergeScratch = new Int32Array(256)

/**
 * Sorts the first `n` candidate positions in sortScratch by rank (ranksBefore), stably: a bottom-up
 * merge sort between sortScratch and mergeScratch. Returns the array that holds the result.
 */
function sortByRank(c: Candidates, g: Gazetteer, n: number): Int32Array {
  let src = sortScratch
  let dst = mergeScratch
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n)
      const hi = Math.min(lo + 2 * width, n)
      let a = lo
      let b = mid
      let o = lo
      while (a < mid && b < hi) dst[o++] = ranksBefore(c, g, src[b]!, src[a]!) ? src[b++]! : src[a++]!
      while (a < mid) dst[o++] = src[a++]!
      while (b < hi) dst[o++] = src[b++]!
    }
    const t = src
    src = dst
    dst = t
  }
  return src
}

/** Whether candidate `a` ranks before `b`: a higher score, or the same score and a smaller id. */
function ranksBefore(c: Candidates, g: Gazetteer, a: number, b: number): boolean {
  const sa = c.score[a]!
  const sb = c.score[b]!
  return sa > sb || (sa === sb && g.entryAt(c.entry[a]!).id < g.entryAt(c.entry[b]!).id)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
