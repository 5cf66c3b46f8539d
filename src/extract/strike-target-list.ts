import type { Span } from '../domain/index.js'

// Convention 74 in Ukrainian and Russian (round 18, real headlines): one strike verb with a list of
// targets at several places ("удари по НПЗ у Саратові, нафтобазі у Феодосії та складу в Криму",
// "поразила завод в Дзержинске и нефтяной терминал в Крыму") is one claim per target and place, each
// with only its own places; two events of one sentence told by their own verbs at their own places
// ("В Феодосії палає нафтобаза, у Севастополі лунали вибухи") are two claims. A list of places under
// one target ("нафтобазам у Гвардійському та Сімферополі") and two targets at one place ("по заводу и
// аэродрому в Умани") stay one claim.

/** A conjunction or comma between two conjuncts of the list, with the target's preposition repeated or not. */
const LIST_SEPARATOR = /(?:\s*,\s*(?:(?:а також|а также|і|та|й|и)\s+)?|\s+(?:та|і|й|и|а також|а также)\s+)/gu
const TARGET_PREPOSITION = /^(?:(?:по|на|проти|против)\s+)?/u
// What a target is: a plant, depot, base, terminal, station, port, ship, aircraft, an equipment.
const FACILITY = String.raw`(?:нафтобаз|нефтебаз|нафтосховищ|нефтехранилищ|нафтопереробн|нефтеперерабатыва|НПЗ|ГПЗ|ГПК|завод|комбінат|комбинат|фабрик|склад|арсенал|аеродром|аэродром|аеропорт|аэропорт|авіабаз|авиабаз|баз[аиіуые]|підстанці|подстанци|електропідстанці|электроподстанци|енергооб|энергообъект|термінал|терминал|порт|станці|станци|нафтопровод|нефтепровод|трубопровод|резервуар|ТЕЦ|ТЭЦ|ТЕС|ТЭС|ГЕС|ГЭС|АЕС|АЭС|корабл|корабел|судн|суд[оа]|танкер|катер|штаб|казарм|полігон|полигон|радар|РЛС|ЗРК|пункт|об['’ʼ]єкт|объект|підприємств|предприяти|цех|депо|літак|самол[её]т|вертол[ьі]?[оё]т|гелікоптер|локомотив|ешелон|эшелон)\p{L}*`
// Up to three words before the noun that qualify it: adjectives (a town's among them, "Волгоградському",
// "Марійському"), counts and quantifiers ("кілька", "дві", "несколько"). An adjective has a stem of three
// letters or more before its ending, so that "на", "де", "где" are none.
const MODIFIER = String.raw`(?:(?:\p{N}+|кілька|декілька|ряд|ще|також|несколько|ещё|еще|также|два|дві|три|чотири|две|четыре|[\p{L}'’ʼ-]{3,}(?:ий|ій|ой|ый|ая|яя|ое|ее|ого|его|ому|ему|ої|ей|ую|юю|им|ім|ым|их|іх|ых|ими|ыми|і|ые|ие|а|е|є|у|ю))\s+)`
const TARGET_HEAD = new RegExp(String.raw`^${MODIFIER}{0,3}?${FACILITY}(?![\p{L}])`, 'u')
// An event of its own at its own place: a location phrase opening the conjunct ("у Севастополі …",
// "в России горит …", "на окупованій Херсонщині …").
const LOCATION_HEAD = /^(?:(?:а|і|й|та|и)\s+)?(?:в|у|во|на|під|под|біля|около|возле|поблизу|неподалік|над)\s+(?:(?:тимчасово|временно|окупован\p{L}*|оккупирован\p{L}*)\s+){0,2}["«]?\p{Lu}\p{Ll}/u
/** A name in a stretch of text: a capital and a small letter, or a quoted name. */
const NAME = /(?<![\p{L}])\p{Lu}\p{Ll}|[«"“]\s*\p{L}/u

/**
 * The segments of a strike clause that lists targets at several places after its event words, each
 * from its target to the next (the first from the clause's start), or [] when the clause lists no
 * two targets each with a place. `after` is where the event words end: the list follows them.
 */
export function strikeTargetSegments(text: string, clause: Span, after: number): Span[] {
  if (after >= clause[1] || after < clause[0]) return []
  const tail = text.slice(after, clause[1])
  // Where each later target begins, and where the conjunct before it ends.
  const cuts: { end: number; start: number }[] = []
  LIST_SEPARATOR.lastIndex = 0
  for (let m = LIST_SEPARATOR.exec(tail); m !== null; m = LIST_SEPARATOR.exec(tail)) {
    if (m[0].length === 0) {
      LIST_SEPARATOR.lastIndex++
      continue
    }
    const rest = tail.slice(m.index + m[0].length)
    const prep = TARGET_PREPOSITION.exec(rest)![0]
    if (!TARGET_HEAD.test(rest.slice(prep.length))) continue
    cuts.push({ end: after + m.index, start: after + m.index + m[0].length })
  }
  if (cuts.length === 0) return []
  // Conjuncts with no place of their own join the next one ("по заводу и аэродрому в Умани"), the
  // last joins the one before; the first conjunct's place is looked for after the event words.
  const bounds = [after, ...cuts.map((c) => c.start)]
  const ends = [...cuts.map((c) => c.end), clause[1]]
  // (A conjunct's own words end at a comma, a dash or a colon: "підстанцію на АЕС, станція на межі
  // блекауту — Міненерго" names no second place.)
  const named = bounds.map((b, i) => NAME.test(ownWords(text.slice(b, ends[i]))))
  const kept: { end: number; start: number }[] = []
  for (let i = 0; i < cuts.length; i++) {
    // The cut after conjunct i stays when conjunct i names a place; the last conjunct, placeless, drops its own cut.
    if (!named[i]) continue
    if (i === cuts.length - 1 && !named[i + 1]) continue
    kept.push(cuts[i]!)
  }
  if (kept.length === 0) return []
  const out: Span[] = []
  let start = clause[0]
  for (const c of kept) {
    out.push([start, c.end])
    start = c.start
  }
  out.push([start, clause[1]])
  return out
}

const CONJUNCT_END = /,|\s[—–-]\s|:/u

function ownWords(conjunct: string): string {
  const end = CONJUNCT_END.exec(conjunct)
  return end ? conjunct.slice(0, end.index) : conjunct
}

/**
 * Where a strike clause holding event words of two events splits: before a location phrase that
 * opens the later event ("В окупованій Феодосії палає нафтобаза, у Севастополі … лунали вибухи",
 * "Россия атакует Киев …, в России горит Афипский НПЗ"), when each side of it names its own place
 * and holds event words. `words` are the event words' spans, in order. Null when there is no such point.
 */
export function strikeEventSplit(text: string, clause: Span, words: readonly Span[]): number | null {
  if (words.length < 2) return null
  const from = words[0]![1]
  const to = words.at(-1)![0]
  // The commas between the first event word's end and the last event word's start.
  for (let at = text.indexOf(',', from); at >= 0 && at < to; at = text.indexOf(',', at + 1)) {
    let start = at + 1
    while (start < clause[1] && /\s/u.test(text[start]!)) start++
    if (!LOCATION_HEAD.test(text.slice(start, Math.min(clause[1], start + 60)))) continue
    if (!words.some((w) => w[1] <= at) || !words.some((w) => w[0] >= start)) continue
    // Each side names a place: the first past its opening word (a sentence's capital is no name).
    const first = text.slice(clause[0], at)
    if (!NAME.test(first.slice(1))) continue
    return at
  }
  return null
}

// A target that is a site, not equipment a loss counts (radars, air defence, aircraft, vessels: 55, 75).
const EQUIPMENT = String.raw`(?:корабл|корабел|судн|суд[оа]|танкер|катер|радар|РЛС|ЗРК|літак|самол[её]т|вертол[ьі]?[оё]т|гелікоптер|локомотив|ешелон|эшелон)\p{L}*`
const EQUIPMENT_HEAD = new RegExp(String.raw`^${MODIFIER}{0,3}?${EQUIPMENT}(?![\p{L}])`, 'u')

/** Whether a segment of strikeTargetSegments opens with a facility (a depot, a plant, a base), not with equipment. */
export function isFacilityTarget(text: string, segment: Span): boolean {
  const words = text.slice(segment[0], segment[1]).trimStart()
  const rest = words.slice(TARGET_PREPOSITION.exec(words)![0].length)
  return TARGET_HEAD.test(rest) && !EQUIPMENT_HEAD.test(rest)
}

/** Whether a stretch opens with a facility (over up to three modifiers, a capital or a quote first), not with equipment. */
export function opensWithFacility(stretch: string): boolean {
  const t = stretch.trimStart().replace(/^["«„“]/u, '')
  const lowered = t.charAt(0).toLowerCase() + t.slice(1)
  return (TARGET_HEAD.test(t) && !EQUIPMENT_HEAD.test(t)) || (TARGET_HEAD.test(lowered) && !EQUIPMENT_HEAD.test(lowered))
}
