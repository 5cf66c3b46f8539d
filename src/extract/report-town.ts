import type { Place } from '../domain/index.js'

/**
 * Ground inside a settlement, named without the settlement: a street or square ("on Soborna Street",
 * "the bus stop on my street", "the streets", "вул. Шевченка" is already a pointer of its own), a side,
 * edge or quarter of "town" ("on the southern edge", "the eastern side of town"), and "here" in a
 * report filed from the place. A feature or an interview told from one town uses these for that town.
 */
const INSIDE_TOWN = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]+\s+(?:Street|Avenue|Boulevard|Square|Lane)|(?:my|our|this|that|their|the)\s+(?:street|streets|neighbou?rhood|block|courtyard)|(?:the|its)\s+(?:(?:southern|northern|eastern|western|south-eastern|south-western|north-eastern|north-western|southeastern|southwestern|northeastern|northwestern)\s+)(?:edge|side|fringe|limits|quarter|end)|(?:side|edge|end|centre|center|part|outskirts)\s+of\s+town|here)(?![\p{L}])/u
const INSIDE_TOWN_KEYS = /Street|Avenue|Boulevard|Square|Lane|street|neighbo|block|courtyard|edge|side|fringe|limits|quarter|end|town|here/

/** Whether a clause locates its event inside a settlement it does not name. */
export function pointsInsideTown(clause: string): boolean {
  return INSIDE_TOWN_KEYS.test(clause) && INSIDE_TOWN.test(clause)
}

/**
 * The town a report is about: the settlement it names most often as a place of its own (a headline
 * and a dateline count; reference points, axes and excluded words do not), the first named on a tie.
 * "DRUZHKIVKA, Ukraine — The bombs arrive after lunch now … the post office on Soborna Street": the
 * dateline is the only name the town gets. Null when no settlement is named twice and there is no
 * dateline to stand for the report's own ground.
 */
export function reportTown<C extends { place: Place }>(ordered: readonly C[], counts: (c: C) => boolean, isDateline: (c: C) => boolean): C | null {
  const tally = new Map<string, { first: C; n: number; dateline: boolean }>()
  for (const c of ordered) {
    if (c.place.kind !== 'settlement' || !counts(c)) continue
    const t = tally.get(c.place.id)
    const dateline = isDateline(c)
    if (t) {
      t.n++
      t.dateline ||= dateline
    } else tally.set(c.place.id, { first: c, n: 1, dateline })
  }
  let best: { first: C; n: number; dateline: boolean } | null = null
  for (const t of tally.values()) if (!best || t.n > best.n) best = t
  if (!best) return null
  return best.n >= 2 || best.dateline ? best.first : null
}

/**
 * A dateline in capitals with no agency mark ("DRUZHKIVKA, Ukraine — …", "KHERSON, Ukraine - …",
 * "ЗАПОРІЖЖЯ —"): the name opens a line, in capitals, and a dash follows within a few words.
 */
export function isCapitalsDateline(text: string, span: readonly [number, number]): boolean {
  if (span[0] > 0 && text[span[0] - 1] !== '\n') return false
  const name = text.slice(span[0], span[1])
  if (name.length < 3 || name !== name.toUpperCase() || name === name.toLowerCase()) return false
  return CAPITALS_DATELINE_AFTER.test(text.slice(span[1], span[1] + 40))
}
const CAPITALS_DATELINE_AFTER = /^(?:,\s*[\p{L} .]{2,25})?\s*[—–-]\s/u
