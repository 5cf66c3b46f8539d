// "Killed in eastern Ukraine", "in the ATO zone", "In the south, the Defence Forces hit …": a report that names
// no place, only the part of the country the war was in. Extraction's convention 104 keeps such an area out of
// claims (it names no place), but the report as a whole is still about somewhere, and a reader placing the
// report on a map puts it at the area's conventional point: UCDP GED codes these reports at its "Donets Basin
// Area" (the east, the ATO/JFO zone, the conflict zone before 2022) and "Southern Ukraine" points
// (region-points.ts, derived from the shared file by derive-region-points.ts; on the shared 2014-2022 rows, 38
// "east"/"zone" reports with no place are coded at Donbas against 16 at one of its oblasts).
//
// So a vague area becomes a place of its own, for the report's place only: placeVagueAreas runs after claims
// took their places, and adds an area only when the text names no place finer than a country (a named town,
// raion, oblast or Donbas always says more). Areas by date: "the conflict zone", "the front line" and "the war
// zone" meant Donbas from 2014 until the invasion of 24 February 2022, and the whole front after it (no one
// point); "the ATO/JFO zone" is Donbas by its own name, and "the east" and "the south" name their part of the
// country at any date.
import type { Place } from '../domain/index.js'
import { ucdpAreaPoint } from './gazetteer/ucdp-area-point.js'

interface VagueArea {
  readonly id: string
  readonly name: string
  /** The point UCDP codes the area at (ucdp-area-point.ts). */
  readonly point: { readonly lat: number; readonly lon: number }
}

const DONBAS: VagueArea = { id: 'area:donbas', name: 'Donbas', point: ucdpAreaPoint('Donets Basin Area') }
const SOUTH: VagueArea = { id: 'area:southern-ukraine', name: 'Southern Ukraine', point: ucdpAreaPoint('Southern Ukraine') }

/** The day the war left Donbas: "the conflict zone" before it is Donbas. */
const INVASION = '2022-02-24'

// Up to two words between the preposition and the area: "in the rebel east", "in Ukraine's war-torn east".
const MODS = String.raw`(?:[\p{L}'’-]+\s+){0,2}?`

/** The east of Ukraine, named as a direction of the country, not of a place ("east of Kharkiv" is no match). */
const EAST = new RegExp(
  [
    String.raw`\beast(?:ern)?\s+Ukrain(?:e|ian)\b`,
    String.raw`\bUkraine['’]s\s+${MODS}east\b`,
    String.raw`\beast\s+of\s+(?:Ukraine|the\s+country)\b`,
    // Not the Middle or Far East, nor "east of <town>" (a direction from a place).
    String.raw`\b(?:in|across|throughout|on|to|from)\s+(?:the\s+)?${MODS}(?<!\b(?:Middle|Far|Near)\s+)east\b(?!\s+of\s+(?!Ukraine|the\s+country)\p{Lu})(?![-‐]\p{L})`,
    String.raw`(?<!\p{L})(?:сход(?:і|у)\s+України|восток(?:е|а)?\s+Украины|на\s+сході|на\s+востоке)(?!\p{L})`,
  ].join('|'),
  'iu',
)

/** Donbas by the operation's own name: the ATO (2014-2018) and JFO (2018-2022) zone, in the three languages. */
const OPERATION_ZONE = new RegExp(
  [
    String.raw`\b(?:ATO|JFO|OOS)\b`,
    String.raw`\banti-?\s?terrorist\s+operation\b`,
    String.raw`\bjoint\s+forces?\s+operation\b`,
    String.raw`(?<!\p{L})(?:АТО|ООС|антитерористичної\s+операції|антитеррористической\s+операции|операції\s+об['’]єднаних\s+сил)(?!\p{L})`,
  ].join('|'),
  'u',
)

/** The war's zone before the invasion, when it was Donbas alone. */
const WAR_ZONE = new RegExp(
  [
    String.raw`\b(?:conflict|war|combat)[\s-]*(?:zone|area)s?\b`,
    String.raw`\bwarzone\b`,
    String.raw`\b(?:front[\s-]?line|line\s+of\s+(?:contact|conflict|separation|demarcation)|contact\s+line|demarcation\s+line)s?\b`,
    String.raw`(?<!\p{L})(?:зон(?:а|і|у|е)\s+(?:конфлікту|конфликта|бойових\s+дій|боевых\s+действий)|лінії?\s+(?:зіткнення|розмежування)|линии?\s+(?:соприкосновения|разграничения)|передов(?:ій|ой|ая|а))(?!\p{L})`,
  ].join('|'),
  'iu',
)

/** The south, as a direction of the country or an operational command ("Operational Command South", "OK 'South'"). */
const SOUTHERN = new RegExp(
  [
    String.raw`\bsouth(?:ern)?\s+Ukrain(?:e|ian)\b`,
    String.raw`\bUkraine['’]s\s+${MODS}south\b`,
    String.raw`\b(?:in|across|throughout|on|to)\s+(?:the\s+)?south\b(?!\s+of\b)(?![-‐]\p{L})`,
    String.raw`(?:^|\n)\s*South\s*:`,
    String.raw`\b(?:Operational\s+Command|OK|OC)\s+["'“«]?South\b`,
    String.raw`\bsouth(?:ern)?\s+(?:direction|operational\s+(?:zone|area|command))\b`,
    String.raw`\b(?:South[\s-]+Bu[hgz]h?|Yuzhnobuzh|Pivdennobuzh)\w*\s+(?:operational\s+)?(?:zone|direction)`,
    String.raw`(?<!\p{L})(?:півдн(?:і|я)\s+України|юг(?:е|а)?\s+Украины|на\s+півдні|на\s+юге|ОК\s*[«"]Південь[»"]|південн(?:ому|ий)\s+напрямк|южн(?:ом|ое)\s+направлени|південнобузьк|южнобужск)`,
  ].join('|'),
  'iu',
)

/**
 * The places of `text` with the vague area it names added (see the file's head), when it names no place finer
 * than a country; `places` unchanged otherwise. The area's place has the span of its first mention.
 */
export function placeVagueAreas(text: string, places: readonly Place[], publishedAt: string | null): readonly Place[] {
  if (places.some((p) => p.kind !== 'country')) return places
  const found = vagueAreaOf(text, publishedAt)
  if (!found) return places
  const place: Place = {
    mention: text.slice(found.span[0], found.span[1]),
    span: found.span,
    id: found.area.id,
    name: found.area.name,
    admin1: null,
    country: 'UA',
    lat: found.area.point.lat,
    lon: found.area.point.lon,
    kind: 'other',
    confidence: 0.3,
    alternatives: [],
    statedAdmin1: null,
  }
  return [...places, place]
}

/** The first vague area the text names, by the rules of the file's head, with its span. */
function vagueAreaOf(text: string, publishedAt: string | null): { readonly area: VagueArea; readonly span: [number, number] } | null {
  const beforeInvasion = publishedAt !== null && publishedAt < INVASION
  const candidates: { area: VagueArea; m: RegExpExecArray | null }[] = [
    { area: DONBAS, m: EAST.exec(text) },
    { area: DONBAS, m: OPERATION_ZONE.exec(text) },
    { area: DONBAS, m: beforeInvasion ? WAR_ZONE.exec(text) : null },
    { area: SOUTH, m: SOUTHERN.exec(text) },
  ]
  let best: { area: VagueArea; span: [number, number] } | null = null
  for (const { area, m } of candidates) {
    if (!m) continue
    // The match's own area words, without a leading line break or non-letter.
    const lead = /^[^\p{L}]*/u.exec(m[0])![0].length
    const span: [number, number] = [m.index + lead, m.index + m[0].length]
    if (!best || span[0] < best.span[0]) best = { area, span }
  }
  return best
}
