import type { IsoDate, Quantity, Side, Verdict } from '../domain/index.js'
import { describePlace, formatKm } from './describe.js'
import { figurePrecision } from './figure-precision.js'
import type { SignedDistances } from './signed-distance.js'
import type { ClaimWindow, PlaceRef, VerifyOptions } from './verify-context.js'

export interface DistanceJudgement {
  readonly verdict: Verdict
  readonly mismatch?: { readonly message: string; readonly suggestion: string }
}

// "3 km from", "within 10 km of", "5 km outside", "за 3 км від", "в 5 км от" — the words after a
// distance that make it a distance to a place (not a depth: "advanced 2 km").
const TO_PLACE = /^\s*(?:away\s+)?(?:from|of|outside|short\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|від|до|от|до\s+центру)\b/iu

/** Whether a km figure in a sentence is a distance to a named place ("3 km from Pokrovsk"). */
export function isDistanceToPlace(sentence: string, quantity: Quantity): boolean {
  if (quantity.unit !== 'km') return false
  const at = sentence.indexOf(quantity.text)
  return at >= 0 && TO_PLACE.test(sentence.slice(at + quantity.text.length))
}

/** Great-circle distance on a sphere of the WGS84 mean radius (within 0.5% of the ellipsoid: far inside the tolerance). */
export function greatCircleKm(a: PlaceRef, b: PlaceRef): number {
  const R = 6371.0088
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface DistanceClaimInput {
  readonly distances: SignedDistances
  readonly coverage: { readonly start: IsoDate; readonly end: IsoDate } | null
  readonly quantity: Quantity
  /** The settlements the claim names, in text order. */
  readonly places: readonly PlaceRef[]
  readonly actor: Side | null
  readonly window: ClaimWindow | null
  readonly options: VerifyOptions
}

/**
 * A distance stated in a claim. With two places: the distance between them from the gazetteer
 * (centre to centre). With one: the distance from the place to the other side's territory on the
 * claim's date ("Russian troops are 3 km from Kostiantynivka"). Tolerance: the larger of the
 * relative tolerance, the floor (a town's extent) and half the stated figure's last digit.
 */
export function judgeDistanceClaim(input: DistanceClaimInput): DistanceJudgement {
  const { quantity, places, options } = input
  const precision = figurePrecision(quantity.text)
  const claimed = quantity.value
  const tolerance = Math.max(options.distanceRelativeTolerance * claimed, options.distanceMinToleranceKm, precision.bound === 'about' ? precision.halfStepShare * claimed : 0)
  const fits = (v: number): boolean =>
    precision.bound === 'at-least' ? v >= claimed - tolerance : precision.bound === 'at-most' ? v <= claimed + tolerance : Math.abs(v - claimed) <= tolerance
  const toleranceText = `${precision.bound === 'at-least' ? 'at least ' : precision.bound === 'at-most' ? 'at most ' : ''}${formatKm(claimed)} ± ${formatKm(tolerance)}`
  const checkedThrough = input.coverage?.end ?? null
  const [a, b] = places
  if (a && b) {
    const km = greatCircleKm(a, b)
    const detail = { kind: 'distance', claimedKm: claimed, computedKm: Math.round(km * 10) / 10, toleranceKm: Math.round(tolerance * 10) / 10, between: 'places', placeNames: [a.name, b.name] } as const
    const said = `The claim puts ${describePlace(a)} and ${describePlace(b)} ${quantity.text} apart`
    if (fits(km)) return { verdict: { status: 'confirmed', reason: `${said}; the gazetteer gives ${formatKm(km)} centre to centre, within ${toleranceText}.`, lagDays: null, snapshots: [], checkedThrough, detail } }
    return {
      verdict: { status: 'contradicted', reason: `${said}; the gazetteer gives ${formatKm(km)} centre to centre, outside ${toleranceText}.`, lagDays: null, snapshots: [], checkedThrough, detail },
      mismatch: { message: `${quantity.text} between ${a.name} and ${b.name} recomputes to ${formatKm(km)} (gazetteer, centre to centre), outside ${toleranceText}.`, suggestion: `${formatKm(km)}` },
    }
  }
  if (!a) return { verdict: { status: 'unverifiable', reason: `The claim states ${quantity.text} but names no settlement to measure from.`, lagDays: null, snapshots: [], checkedThrough } }
  const { coverage, window } = input
  if (!coverage || !window) return { verdict: { status: 'unverifiable', reason: `The claim puts the line ${quantity.text} from ${describePlace(a)} but has no date to read the map on.`, lagDays: null, snapshots: [], checkedThrough } }
  if (window.end < coverage.start) return { verdict: { status: 'unverifiable', reason: `The claim puts the line ${quantity.text} from ${describePlace(a)} on ${window.end}, before the map series starts (${coverage.start}).`, lagDays: null, snapshots: [], checkedThrough } }
  if (window.end > coverage.end) return { verdict: { status: 'pending', reason: `The claim puts the line ${quantity.text} from ${describePlace(a)} on ${window.end}, after the last snapshot (${coverage.end}).`, lagDays: null, snapshots: [coverage.end], checkedThrough } }
  // The side approaching the place: the one named, else whichever side the place is not on.
  const at = [a.lon, a.lat] as const
  const ru = input.distances.get(at, window.end, 'RU')
  if (!ru) return { verdict: { status: 'unverifiable', reason: `No snapshot on ${window.end}.`, lagDays: null, snapshots: [], checkedThrough } }
  const side: Side = input.actor ?? (ru.km >= 0 ? 'RU' : 'UA')
  const km = Math.max(0, side === 'RU' ? ru.km : -ru.km)
  const whose = side === 'RU' ? 'the occupied area' : 'Ukrainian-held ground'
  const detail = { kind: 'distance', claimedKm: claimed, computedKm: Math.round(km * 10) / 10, toleranceKm: Math.round(tolerance * 10) / 10, between: 'line', placeNames: [a.name] } as const
  const said = `The claim puts ${side === 'RU' ? 'Russian' : 'Ukrainian'} forces ${quantity.text} from ${describePlace(a)} on ${window.end}`
  const mapText = `the map (snapshot ${ru.snapshot}) puts ${whose} ${formatKm(km)} from it`
  if (fits(km)) return { verdict: { status: 'confirmed', reason: `${said}; ${mapText}, within ${toleranceText}.`, lagDays: 0, snapshots: [ru.snapshot], checkedThrough, detail } }
  return {
    verdict: { status: 'contradicted', reason: `${said}; ${mapText}, outside ${toleranceText}.`, lagDays: null, snapshots: [ru.snapshot], checkedThrough, detail },
    mismatch: { message: `${quantity.text} from ${a.name} recomputes to ${formatKm(km)} to ${whose} on the map (snapshot ${ru.snapshot}), outside ${toleranceText}.`, suggestion: formatKm(km) },
  }
}
