// "The region", "області", "над областью", "в регионе", "над приграничьем": words that point at a
// region without naming it. A governor's or a regional administration's report counts "населені пункти
// області" and the drones shot down "over the region"; an analyst reads the region the report is about
// (gold convention 39). Each pointer becomes a place of its own, with the pointer's span, resolved to:
//   1. a region named before it in its paragraph ("У Сумській області … Над областю збили 12 дронів");
//   2. else the region the report's lead names ("A Bryansk-region fuel depot … over the region");
//   3. else the region most of the report's settlements lie in (a strict majority), as a reader of a
//      Gladkov or Lysak post knows the region from its towns.
// A pointer with none of these is left out. Kept apart from geoparseText: the words name no place by
// themselves, and the geoparser's own evaluation counts names.
import type { Place } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'

/**
 * The pointer words. English: "the region" / "the oblast" / "the province" (not "the region's
 * governor"). Ukrainian and Russian: the bare noun after a lowercase word or a preposition, in any
 * case ("населені пункти області", "Над областю", "в регионе"), and the border areas ("над
 * приграничьем", "по прикордонню"); a capitalised word before it names the region itself
 * ("Донецької області"), which the geoparser already finds.
 */
export const POINTER = /\b(?:the|this) (?:region|oblast|province)\b(?!['’]|-)|(?:^|[\s,(«"])(?:([\p{L}'’]+)\s+)?(област(?:і|ю|ь|и|ью)|регіон(?:і|у|ом)?|регион(?:е|а|ом)?|приграничь(?:е|я|ю|ем)|прикордонн(?:я|ю|ям|і))(?=[\s,.;:!?)»"]|$)/giu

/**
 * Words every pointer holds, found with the pattern's own case flags: the pattern is tried only just
 * before each (see `pointerMatches`), not at every character of the text. Keys never overlap one
 * another (no key's end is another's start), so a scan finds every occurrence.
 */
const POINTER_KEY = /region|oblast|province|област|регіон|регион|приграничь|прикордонн/giu

/** The pattern tried at one position. */
const POINTER_AT = new RegExp(POINTER.source, 'iuy')

/** Lowercase words before the Cyrillic noun that still make it a pointer: prepositions are capitalised at a sentence start. */
const PREPOSITIONS: ReadonlySet<string> = new Set('над по в у на з із зі із-за до для через из с со для от за'.split(' '))

/** How far into the text the lead runs: the headline and the first paragraphs. */
const LEAD_CHARS = 700

/** A paragraph this long is prose, not a headline, a byline or a dateline line. */
const LEAD_PARAGRAPH = 100

/** The places of `text` with a place added for each region pointer that resolves (see the file's head). */
export function placeRegionPointers(text: string, places: readonly Place[], gazetteer: Gazetteer): Place[] {
  const added: Place[] = []
  let dominant: Place | null | undefined
  for (const m of pointerMatches(text)) {
    const before = m[1]
    // "Донецької області": a region named, not pointed at (the first letter of a sentence's preposition excepted).
    if (before && /^\p{Lu}/u.test(before) && !PREPOSITIONS.has(before.toLowerCase())) continue
    const word = m[2] ?? m[0]
    const start = m.index + m[0].length - word.length
    const span: [number, number] = [start, start + word.length]
    if (places.some((p) => p.span[0] < span[1] && span[0] < p.span[1])) continue
    const region = regionInParagraph(text, places, span[0]) ?? regionOfLead(text, places) ?? (dominant === undefined ? (dominant = dominantRegion(places, gazetteer)) : dominant)
    if (!region) continue
    added.push({ ...region, mention: text.slice(span[0], span[1]), span, alternatives: [], statedAdmin1: null })
  }
  return added.length === 0 ? (places as Place[]) : [...places, ...added]
}

/**
 * What `text.matchAll(POINTER)` finds, when the lower-cased text holds a key (none otherwise), found
 * by trying the pattern only where a match can start: every match holds a key, and starts at most one
 * word, its spaces and one character before the key it begins with (or inside the word before it).
 * Running the pattern along a whole ~5 kB report was a third of geoparsing (most reports name
 * "області" a few times, and the pattern tries its optional word before the noun at every space).
 */
export function pointerMatches(text: string): RegExpExecArray[] {
  const keys: number[] = []
  // (The keys as the lower-cased text holds them, as the gate did: a folded spelling, "oblaſt",
  // counts for the pattern only beside a plain one.)
  let plain = false
  for (const k of text.matchAll(POINTER_KEY)) {
    keys.push(k.index)
    plain ||= POINTER_KEY_WORDS.has(k[0].toLowerCase())
  }
  const out: RegExpExecArray[] = []
  if (!plain) return out
  // No match starts before `from`: where the last match ended, or past the last key tried.
  let from = 0
  for (const key of keys) {
    if (key < from) continue
    for (let at = Math.max(from, earliestStart(text, key)); at <= key; at++) {
      POINTER_AT.lastIndex = at
      const m = POINTER_AT.exec(text)
      if (m === null) continue
      out.push(m)
      from = m.index + m[0].length
      break
    }
    if (from <= key) from = key + 1
  }
  return out
}

const POINTER_KEY_WORDS: ReadonlySet<string> = new Set(POINTER_KEY.source.split('|'))

/**
 * Where a pointer match holding the key at `key` can start, at the earliest: back over the word the
 * key is in, the spaces before it, the word before those, and one character (the space, comma or
 * bracket the pattern opens with). A surrogate counts as a letter: going back too far only costs tries.
 */
function earliestStart(text: string, key: number): number {
  let i = key
  while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--
  while (i > 0 && SPACE.test(text[i - 1]!)) i--
  while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--
  return Math.max(0, i - 1)
}

const SPACE = /\s/
const LETTER = /\p{L}/u

function isWordUnit(c: number): boolean {
  if (c === 0x27 || c === 0x2019 || (c >= 0xd800 && c <= 0xdfff)) return true
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x44f) || (c > 0x7f && LETTER.test(String.fromCharCode(c)))
}

/** The region named last before `at` in its paragraph (blank-line separated). */
function regionInParagraph(text: string, places: readonly Place[], at: number): Place | undefined {
  const paragraph = text.lastIndexOf('\n\n', at)
  let found: Place | undefined
  for (const p of places) if (p.kind === 'region' && p.span[0] > paragraph && p.span[1] <= at && (!found || p.span[0] > found.span[0])) found = p
  return found
}

/**
 * The first region the lead names: the headline, bylines and the first paragraph of prose (the first
 * of LEAD_PARAGRAPH characters or more), within LEAD_CHARS. A region a later paragraph names in
 * passing ("не плутати з Покровськом на Донеччині") is not what the report is about.
 */
function regionOfLead(text: string, places: readonly Place[]): Place | undefined {
  let end = 0
  while (end < LEAD_CHARS) {
    const next = text.indexOf('\n\n', end)
    const stop = next < 0 ? text.length : next
    if (stop - end >= LEAD_PARAGRAPH || next < 0) {
      end = stop
      break
    }
    end = next + 2
  }
  end = Math.min(end, LEAD_CHARS)
  let found: Place | undefined
  for (const p of places) if (p.kind === 'region' && p.span[1] <= end && (!found || p.span[0] < found.span[0])) found = p
  return found
}

/** The region a strict majority of the report's settlements lie in, as a place; null when none has one. */
function dominantRegion(places: readonly Place[], gazetteer: Gazetteer): Place | null {
  const counts = new Map<string, number>()
  let settlements = 0
  for (const p of places) {
    if (p.kind !== 'settlement' || !p.admin1) continue
    settlements++
    counts.set(p.admin1, (counts.get(p.admin1) ?? 0) + 1)
  }
  let best: string | null = null
  let most = 0
  for (const [admin1, n] of counts) if (n > most) [best, most] = [admin1, n]
  if (best === null || most * 2 <= settlements) return null
  const region = gazetteer.regions().find((r) => r.admin1 === best)
  const entry = region?.id ? gazetteer.get(region.id) : undefined
  if (!entry || entry.kind !== 'region') return null
  return { mention: '', span: [0, 0], id: entry.id, name: entry.name, admin1: entry.admin1, country: entry.country, lat: entry.lat, lon: entry.lon, kind: 'region', confidence: Math.round((most / settlements) * 1000) / 1000, alternatives: [], statedAdmin1: null }
}
