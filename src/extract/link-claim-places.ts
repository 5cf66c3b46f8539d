import type { Claim, Place, Span } from '../domain/index.js'
import type { ClaimAnchor } from './extract-claims.js'
import { endsWithMatch } from '../text/index.js'

const PLACE_ANAPHOR = /\b(?:the (?:city|town|village|settlement|area|district)|there|its (?:\p{L}+ )?(?:outskirts|districts?|part|edge|centre|center|suburbs|outskirt))\b|^(?:where|де|где)\s|(?:^|\s)(?:місто|місті|міста|містом|містечк\p{L}*|село|селі|села|селом|селище|селища|селищі|населеного пункту|населеному пункті|городе|город|города|городом|поселок|посёлок|поселка|посёлка|поселке|посёлке|селе|селом|населённого пункта|населенного пункта|там)(?=\s|[,.;]|$)/iu

/** Words that point back at one settlement ("the area" may mean several: not borrowed across sentences). */
const SETTLEMENT_ANAPHOR = /\b(?:the (?:city|town|village|settlement)(?:['’]s)?|there|its (?:\p{L}+ )?(?:outskirts|districts?|part|edge|centre|center|suburbs|outskirt))\b|(?:^|\s)(?:місто|місті|міста|містом|містечк\p{L}*|село|селі|села|селом|селище|селища|селищі|населеного пункту|населеному пункті|городе|город|города|городом|поселок|посёлок|поселка|посёлка|поселке|посёлке|селе|селом|населённого пункта|населенного пункта|там)(?=\s|[,.;]|$)/iu

/**
 * Comparative adverbs of direction ("Южнее идёт зачистка …", "Північніше тривають бої"): "further
 * south", never a name (the village is Южное / Південне), though a gazetteer may match them.
 */
const COMPARATIVE = /^(?:южнее|севернее|западнее|восточнее|юго-западнее|юго-восточнее|северо-западнее|северо-восточнее|південніше|північніше|західніше|східніше|південно-західніше|південно-східніше|північно-західніше|північно-східніше)$/iu

/** How far back (characters) "the town" looks for the settlement it means: about two sentences. */
const ANAPHOR_REACH = 400

const LOCATOR_BEFORE = endsWithMatch(/(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western)(?:ern)?\s+of|\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:from|of|north of|south of|east of|west of)|(?:північніше|південніше|східніше|західніше|на північ від|на південь від|на схід від|на захід від|севернее|южнее|восточнее|западнее|к северу от|к югу от|к востоку от|к западу от))\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+|village\s+of\s+)?$/iu)

/**
 * Links each claim to the places its clause names (indexes into `places`), leaving out places in the
 * attribution ("spokesman for the Kharkiv group"), countries, a region when a settlement is named
 * ("Siversk in the Donetsk region": Siversk), and reference points ("north of Kupiansk") when the
 * clause names the place itself. A clause naming no place takes the sentence's places that no other
 * claim names, else all of the sentence's.
 */
export function linkClaimPlaces(text: string, claims: readonly Claim[], anchors: readonly ClaimAnchor[], places: readonly Place[]): Claim[] {
  const byId = new Map(anchors.map((a) => [a.claimId, a]))
  // Places in text order, searched by offset: each claim looks only at its sentence's places.
  const ordered = places.map((place, index) => ({ place, index })).sort((a, b) => a.place.span[0] - b.place.span[0])
  // Settlements linked to the claims so far, in text order (what "the town" can point back to).
  const linkedBefore: { place: Place; index: number }[] = []
  // The places the last claim got, in its sentence: a toll ("…, killing a woman") shares them.
  let lastInSentence: { sentence: Span; chosen: { place: Place; index: number }[] } | null = null
  const context: PlaceContext = { regionLike: new Map(), locator: new Map() }
  return claims.map((claim) => {
    const anchor = byId.get(claim.id)
    if (!anchor) return claim
    const inSentence = placesWithin(ordered, anchor.sentence).filter(({ place }) => !anchor.excluded.some((x) => overlaps(x, place.span)) && place.kind !== 'country' && !COMPARATIVE.test(place.mention))
    let chosen = inSentence.filter(({ place }) => within(place.span, anchor.clause))
    if (chosen.length === 0) {
      // No place of its own: the sentence's places no other claim names; another claim's places only
      // when the clause points back at one ("the city", "there", "місто").
      const unclaimed = inSentence.filter(({ place }) => !anchor.siblings.some((s) => within(place.span, s)))
      if (unclaimed.length > 0) chosen = unclaimed
      else if (anchor.sharesPlaces || PLACE_ANAPHOR.test(text.slice(anchor.clause[0], anchor.clause[1]))) chosen = inSentence
      // A region named anywhere in the sentence frames all its claims ("Authorities in Sumy Oblast …
      // as Russian forces step up attacks along the border").
      else chosen = inSentence.filter(({ place }) => place.kind === 'region')
      // "the town", "в городе" with no place in the sentence: the settlement last named before it.
      // Only settlements an earlier claim is about count (not a spokesman's "Khortytsia group").
      if (chosen.length === 0 && SETTLEMENT_ANAPHOR.test(text.slice(anchor.clause[0], anchor.clause[1]))) {
        let last: { place: Place; index: number } | undefined
        for (let i = linkedBefore.length - 1; i >= 0; i--) {
          const candidate = linkedBefore[i]!
          if (candidate.place.span[0] < anchor.sentence[0] - ANAPHOR_REACH) break
          if (candidate.place.span[1] <= anchor.sentence[0]) {
            last = candidate
            break
          }
        }
        if (last) chosen = [last]
      }
    }
    if (chosen.length === 0 && anchor.sharesPlaces && lastInSentence && lastInSentence.sentence[0] === anchor.sentence[0]) chosen = lastInSentence.chosen
    chosen = dropContext(text, chosen, context)
    lastInSentence = { sentence: anchor.sentence, chosen }
    const indexes = [...new Set(chosen.map((c) => c.index))]
    // The same place named twice links once (by gazetteer id).
    const seen = new Set<string>()
    const unique = indexes.filter((i) => {
      const id = places[i]!.id
      if (seen.has(id)) return false
      seen.add(id)
      return true
    })
    for (const i of unique) if (places[i]!.kind === 'settlement') insertByStart(linkedBefore, { place: places[i]!, index: i })
    return { ...claim, places: unique }
  })
}

/** Inserts keeping `list` sorted by span start (claims come in text order, so this is mostly an append). */
function insertByStart(list: { place: Place; index: number }[], item: { place: Place; index: number }): void {
  let i = list.length
  while (i > 0 && list[i - 1]!.place.span[0] > item.place.span[0]) i--
  list.splice(i, 0, item)
}

/** The places whose spans lie within `span` (`ordered` sorted by start), by binary search. */
function placesWithin(ordered: readonly { place: Place; index: number }[], span: Span): { place: Place; index: number }[] {
  let lo = 0
  let hi = ordered.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ordered[mid]!.place.span[0] < span[0]) lo = mid + 1
    else hi = mid
  }
  const out: { place: Place; index: number }[] = []
  for (let i = lo; i < ordered.length && ordered[i]!.place.span[0] < span[1]; i++) if (ordered[i]!.place.span[1] <= span[1]) out.push(ordered[i]!)
  return out
}

/** Words after a name that make it a region's name ("Donetsk People's Republic", "Донецька обласна …"). */
const REGION_AFTER = /^(?:\s*(?:,|and|та|і|и|й)\s*[\p{L}'’-]+)*[\s'’-]*(?:people['’]s republic|regions?\b|oblasts?\b|regional\b|governorate|народн\p{L}* республік\p{L}*|народн\p{L}* республик\p{L}*|area\b|обл\.|област\p{L}*|обласн\p{L}*|областн\p{L}*|край|краю)/iu

/** What the words around each place (by index) say of it, read once however many claims the place is a candidate for. */
interface PlaceContext {
  readonly regionLike: Map<number, boolean>
  readonly locator: Map<number, boolean>
}

function dropContext(text: string, chosen: { place: Place; index: number }[], context: PlaceContext): { place: Place; index: number }[] {
  let out = chosen
  const regionLike = ({ place: p, index }: { place: Place; index: number }): boolean => {
    let known = context.regionLike.get(index)
    if (known === undefined) context.regionLike.set(index, (known = p.kind === 'region' || REGION_AFTER.test(text.slice(p.span[1], p.span[1] + 80))))
    return known
  }
  const specific = out.filter((c) => !regionLike(c) && (c.place.kind === 'settlement' || c.place.kind === 'district' || c.place.kind === 'river' || c.place.kind === 'other'))
  if (specific.length > 0) out = specific
  const isLocator = ({ place, index }: { place: Place; index: number }): boolean => {
    let known = context.locator.get(index)
    if (known === undefined) context.locator.set(index, (known = LOCATOR_BEFORE(text.slice(Math.max(0, place.span[0] - 40), place.span[0]))))
    return known
  }
  const main = out.filter((c) => !isLocator(c))
  return main.length > 0 ? main : out
}

/**
 * Links repeated claims to the first one: same speaker, kind, actor, places, time and figure (a headline
 * restating the lead, a quote restating the paraphrase). Kept, never dropped.
 */
export function linkDuplicateClaims(claims: readonly Claim[]): Claim[] {
  const first = new Map<string, string>()
  return claims.map((claim) => {
    const key = [
      claim.speaker.name ?? '', claim.kind, claim.actorSide ?? '', claim.modality, [...claim.places].sort().join(','),
      claim.time.start ?? '', claim.time.end ?? '', claim.quantity ? `${claim.quantity.value}${claim.quantity.unit}` : '',
    ].join('|')
    const original = first.get(key)
    if (original === undefined) {
      first.set(key, claim.id)
      return claim
    }
    return { ...claim, duplicateOf: original }
  })
}

function within(inner: Span, outer: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1]
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}
