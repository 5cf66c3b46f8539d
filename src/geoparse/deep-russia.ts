// Places in Russia beyond the border oblasts (Dzerzhinsk, Samara, Temryuk, Engels: the deep strikes) share
// names with Ukrainian towns and villages, many of them Soviet names Ukraine has since changed
// (Дзержинськ was Toretsk, Красноармейск Pokrovsk) or plain namesakes (Samara in Sumy oblast, Temriuk
// in Donetsk oblast, Dmytrivka/Dmitrovka everywhere). War reports are mostly about Ukraine and the
// border, so such a place wins over a Ukrainian or border-oblast namesake only when the text says it is
// in Russia:
//  - its region is named in the text ("в Дзержинську Нижегородської області", "Engels, Saratov region",
//    the region in the headline and the town in the body), or
//  - the clause puts it in Russia: "in Russia", "в России", "на території РФ", "the Russian city of",
//    "російському місті", "Samara, Russia". Not any "Russia": "Минобороны России сообщило об освобождении Красноармейска"
//    is the Russian ministry speaking of Pokrovsk, and "Russian troops shelled Dmitrovka" a village in
//    Ukraine.
// A name no Ukrainian or border-oblast entry carries needs no cue: the penalty below only ranks a deep
// candidate under such a namesake, so a mention whose candidates are all deep keeps its ranking.
// Towns in Belarus are treated the same way, with "Belarus" (in any language, anywhere in the clause, or
// right after the name) as their cue: "Mogilev, Belarus" is not Mohyliv in Dnipropetrovsk oblast.
import { fastWordBoundaries } from '../text/index.js'
import type { RawMention } from './find-mentions.js'
import { type EntryFeatures, REGION, entryFeatures, fillEntry } from './entry-features.js'
import { prominenceOf } from './gazetteer/build-gazetteer.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'

// The prominence of a town of 15,000 and of a city of 50,000 people.
const SMALL_TOWN_PROMINENCE = prominenceOf(15_000)
const CITY_PROMINENCE = prominenceOf(50_000)

/**
 * The mentions without those that name only small far-Russian places (under 15,000 people) in a text
 * that gives no sign of being about Russia: no far-Russian region or city of 50,000 named, no "in
 * Russia" in the clause. Such a name alone is mostly a word or a name: "Ilyich" (the Mariupol steel
 * works; Il'ich, Krasnodar Krai), "Ural" trucks, the "Vostok" battalion, "Shakhta" (a mine), "ARTY"
 * (artillery; Arti, Sverdlovsk Oblast), all on the team's UCDP/CIR gold text.
 */
export function withoutUncuedDeepVillages(text: string, mentions: RawMention[], g: Gazetteer): RawMention[] {
  const f = entryFeatures(g)
  let lone: number[] | null = null
  for (let k = 0; k < mentions.length; k++) {
    let allDeep = true
    let top = 0
    let region = false
    for (const r of mentions[k]!.refs) {
      if (!f.filled[r.entry]) fillEntry(f, g, r.entry)
      if (!f.deep[r.entry]) {
        allDeep = false
        break
      }
      if (f.kind[r.entry] === REGION) region = true
      top = Math.max(top, f.prominence[r.entry]!)
    }
    if (!allDeep || mentions[k]!.refs.length === 0) continue
    if (region || top >= CITY_PROMINENCE) return mentions
    if (top < SMALL_TOWN_PROMINENCE) (lone ??= []).push(k)
  }
  if (lone === null) return mentions
  const drop = new Set(lone.filter((k) => !isInRussiaClause(text, mentions[k]!.start, mentions[k]!.end)))
  return drop.size === 0 ? mentions : mentions.filter((_, k) => !drop.has(k))
}

/** How much a deep-Russian candidate loses without a cue: more than a city's prominence and clustering gain. */
export const DEEP_RUSSIA_PENALTY = 3.0

// A sentence ends at . ! ? or a line break; the cue is looked for in the mention's sentence, at most
// this many characters either side.
const CLAUSE_REACH = 240

// Prepositional phrases that put a place in Russia, and "the Russian city of". \p{L} look-arounds stand
// for word boundaries in Cyrillic. (Asked of the sentence around each mention with a deep-Russian
// candidate: its `\b`s are written as V8 runs them fast, see text/fast-word-boundaries.ts.)
const RUSSIA_CUE = fastWordBoundaries(
  new RegExp(
    [
      String.raw`\b(?:in|inside|into|across|deep in|deep inside)\s+(?:the\s+)?(?:Russia|Russian Federation)\b`,
      String.raw`\bRussia['’]s\s+(?:\p{Lu}\p{L}+\s+)?(?:region|oblast|republic|krai|city|town|port)\b`,
      String.raw`\bRussia['’]s\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:region|oblast|republic|krai)\b`,
      String.raw`\bRussian\s+(?:city|town|village|port|region|republic|oblast|krai|refinery)\b`,
      String.raw`\b(?:city|town|port|refinery|airfield|airbase|air base|plant)\s+in\s+Russia\b`,
      String.raw`(?<!\p{L})(?:[ву]|на\s+території|на\s+территории|по|вглиб|вглубь|углиб|всередині|внутри)\s+(?:Росії|России|РФ)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:російськ|российск)\p{L}*\s+(?:міст|город|селищ|поселк|регіон|регион|республік|республик|област|НПЗ|нафтопереробн|нефтеперерабатывающ|аеродром|аэродром)\p{L}*`,
      // Belarus (whose towns count as deep, entry-features.ts): any word of it in the clause. Reports name
      // Belarus only for what happens there or comes from there, unlike Russia and its troops.
      String.raw`\bBelarus(?:ian|ians)?\b|(?<!\p{L})(?:Білорус|Беларус|Белорус)\p{L}*`,
    ].join('|'),
    'iu',
  ),
)

/**
 * Lowers the deep-Russian candidates of every mention that also has a Ukrainian or border-oblast one,
 * unless the text gives a cue (see the top of this file). `docRegions`: the admin1 numbers of the
 * regions the text names.
 */
export function addDeepRussiaEvidence(
  text: string,
  mentions: readonly RawMention[],
  c: { readonly first: Int32Array; readonly entry: Int32Array; readonly score: Float64Array },
  f: EntryFeatures,
  docRegions: ReadonlyMap<number, number>,
): void {
  const { first, entry, score } = c
  for (let k = 0; k < mentions.length; k++) {
    let deep = 0
    let other = 0
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      if (f.deep[entry[at]!]) deep++
      else other++
    }
    if (deep === 0 || other === 0) continue
    const m = mentions[k]!
    if (isInRussiaClause(text, m.start, m.end)) continue
    // A port, a refinery or an air base named by a town ("Порт Темрюк", "НПЗ в Туапсе"): a town of
    // 15,000 or more in Russia over Ukrainian namesakes that are all villages (Temriuk, Donetsk oblast).
    let facilityTown = false
    if (FACILITY_BEFORE.test(text.slice(Math.max(0, m.start - FACILITY_REACH), m.start))) {
      facilityTown = true
      for (let at = first[k]!; at < first[k + 1]!; at++) if (!f.deep[entry[at]!] && f.prominence[entry[at]!]! >= SMALL_TOWN_PROMINENCE) facilityTown = false
    }
    for (let at = first[k]!; at < first[k + 1]!; at++) {
      const e = entry[at]!
      if (!f.deep[e] || docRegions.has(f.admin1[e]!)) continue
      // The town the facility is named by: as far above the villages as a cue-less deep town is below.
      if (facilityTown && f.prominence[e]! >= SMALL_TOWN_PROMINENCE) {
        score[at] = score[at]! + DEEP_RUSSIA_PENALTY
        continue
      }
      score[at] = score[at]! - DEEP_RUSSIA_PENALTY
    }
  }
}

// The facility noun right before a name (and a preposition or an opening quote between): "Порт Темрюк",
// "порту Темрюк", "НПЗ в Туапсе", "нефтебаза в", "the port of", "refinery in". \p{L} look-behind stands for
// a word boundary in Cyrillic.
const FACILITY_BEFORE = /(?<!\p{L})(?:порт\p{L}{0,2}|нпз|нафтопереробн\p{L}+ завод\p{L}{0,2}|нефтеперерабатывающ\p{L}+ завод\p{L}{0,2}|аеродром\p{L}{0,2}|аэродром\p{L}{0,2}|port(?: of)?|refinery(?: in| at)?|air ?base(?: in| at)?|airfield(?: in| at)?)\s+(?:(?:в|у|біля|под|під|in|at)\s+)?[«"“]?$/iu
const FACILITY_REACH = 48

/** Whether the sentence around [start, end) puts a place in Russia ("in Russia", "в РФ", "the Russian city of") or names Belarus. */
export function isInRussiaClause(text: string, start: number, end: number): boolean {
  let from = start
  const low = Math.max(0, start - CLAUSE_REACH)
  while (from > low && !isSentenceEnd(text.charCodeAt(from - 1))) from--
  let to = end
  const high = Math.min(text.length, end + CLAUSE_REACH)
  while (to < high && !isSentenceEnd(text.charCodeAt(to))) to++
  return RUSSIA_CUE.test(text.slice(from, to)) || RUSSIA_AFTER.test(text.slice(end, Math.min(text.length, end + 24)))
}

// "Samara, Russia", "Самара (Росія)", "Mazyr, Belarus": the country given after the name.
const RUSSIA_AFTER = /^\s*[,(]\s*(?:Russia|Росія|Россия|РФ|Belarus|Білорусь|Беларусь)(?!\p{L})/u

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13
}
