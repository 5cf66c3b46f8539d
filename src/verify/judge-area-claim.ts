import type { AreaCheckDetail, ControlView, IsoDate, Quantity, Side, Verdict } from '../domain/index.js'
import { addDays, formatWindow } from './dates.js'
import { formatKm2, formatPercent } from './describe.js'
import { figurePrecision } from './figure-precision.js'
import type { ClaimWindow, PlaceRef, RegionArea, RegionDirectory, VerifyOptions } from './verify-context.js'

export interface AreaClaimInput {
  readonly view: ControlView
  readonly regions: RegionDirectory | null
  /** km² or percent. */
  readonly quantity: Quantity
  /** `change`: an area gained or lost over the window ("captured 3,386 km² in 10 months"); `held`: the area held at its end. */
  readonly measure: 'change' | 'held'
  readonly actor: Side | null
  readonly window: ClaimWindow
  /** The claim's places (regions pick the area; a settlement alone makes the area unknowable). */
  readonly places: readonly PlaceRef[]
  readonly options: VerifyOptions
  /** Gross gain and loss between two dates in a region (whole map: undefined); the verifier caches it. */
  readonly grossChange?: (from: IsoDate, to: IsoDate, region: string | undefined) => { readonly gainedKm2: number; readonly lostKm2: number } | null
}

export interface AreaJudgement {
  readonly verdict: Verdict
  /** Set when the figure recomputes outside the tolerance (a `numeric-mismatch` finding). */
  readonly mismatch?: { readonly message: string; readonly suggestion: string }
}

// The four oblasts Russia claims to have annexed in 2022: "3% of the four regions".
const FOUR_REGIONS = ['Donetsk Oblast', 'Luhansk Oblast', 'Zaporizhzhia Oblast', 'Kherson Oblast']
const COUNTRY_WORDS = /\b(?:country|ukraine|ukrainian territory|the territory of ukraine)\b|україн|украин|країни|страны/iu
const FOUR_REGIONS_WORDS = /\b(?:four|4)\s+(?:\p{L}+\s+)?regions\b|чотирьох\s+(?:\p{L}+\s+)?областей|четыр[её]х\s+(?:\p{L}+\s+)?областей|4\s+областей/iu

type Candidate = { readonly measure: AreaCheckDetail['measure']; readonly value: number }

/**
 * An area (km²) or a share of territory (%) recomputed from the map for the stated period and
 * region. A change is compared with the net change (occupied at the end minus at the start) and,
 * failing that, with the gross gain (or loss, for Ukrainian gains): reports rarely say which they
 * mean, and the verdict names the one that matched. Shares divide by the region's (or Ukraine's)
 * area from the shipped oblast boundaries. Tolerance: the larger of the relative tolerance, half
 * the stated figure's last digit, and a floor (see VerifyOptions); "over"/"up to" figures are bounds.
 */
export function judgeAreaClaim(input: AreaClaimInput): AreaJudgement {
  const { view, quantity, window, options } = input
  const coverage = view.coverage
  const unit = quantity.unit === 'percent' ? 'percent' : 'km2'
  const claimedText = unit === 'km2' ? formatKm2(quantity.value) : formatPercent(quantity.value)
  const period = input.measure === 'held' ? `on ${window.end}` : `over ${formatWindow(window)}`
  const says = `The claim gives ${claimedText} ${input.measure === 'held' ? 'held' : input.actor === 'UA' ? 'regained by Ukrainian forces' : input.actor === 'RU' ? 'gained by Russian forces' : 'changing hands'} ${period}`
  const unverifiable = (why: string): AreaJudgement => ({ verdict: { status: 'unverifiable', reason: `${says}: ${why}`, lagDays: null, snapshots: [], checkedThrough: coverage?.end ?? null } })
  if (!coverage) return unverifiable('there is no control series to compute it from.')

  // Where: the regions named, or the share's referent, or the whole map.
  const scope = resolveScope(input)
  if (!scope.ok) return unverifiable(scope.reason)
  const from = input.measure === 'held' ? null : window.start === window.end ? addDays(window.start, -1) : window.start
  const to = window.end
  if ((from ?? to) < coverage.start) return unverifiable(`the period starts before the map series (${coverage.start}).`)
  if (to > coverage.end) {
    return {
      verdict: {
        status: 'pending',
        reason: `${says}: the period ends after the last snapshot (${coverage.end}); it can be recomputed once the map reaches ${to}.`,
        lagDays: null,
        snapshots: [coverage.end],
        checkedThrough: coverage.end,
      },
    }
  }
  const regionNames = scope.regions.map((r) => r.name)
  const areaOn = (date: IsoDate): { km2: number; snapshot: IsoDate } => {
    let km2 = 0
    let snapshot = ''
    for (const r of regionNames.length ? regionNames : [undefined]) {
      const a = view.areaOn(date, r)
      if (a) {
        km2 += a.areaKm2
        snapshot = a.snapshotDate
      }
    }
    return { km2, snapshot }
  }
  const end = areaOn(to)
  const start = from === null ? null : areaOn(from)
  const snapshots = [start?.snapshot, end.snapshot].filter((d): d is string => typeof d === 'string' && d !== '')
  const where = regionNames.length ? regionNames.join(', ') : 'the whole map'
  const toShare = (km2: number): number => (scope.shareOf ? (km2 / scope.shareOf.areaKm2) * 100 : km2)

  const candidates: Candidate[] = []
  if (start === null) candidates.push({ measure: 'held', value: toShare(end.km2) })
  else {
    const net = end.km2 - start.km2
    if (input.actor !== 'UA') candidates.push({ measure: 'net', value: toShare(net) })
    if (input.actor !== 'RU') candidates.push({ measure: 'net', value: toShare(-net) })
  }
  const precision = figurePrecision(quantity.text)
  const claimed = quantity.value
  // A bound ("more than 4,000") is a bound, not a rounded figure: its last digit gives no leeway.
  const tolerance = Math.max(
    options.areaRelativeTolerance * Math.abs(claimed),
    precision.bound === 'about' ? precision.halfStepShare * Math.abs(claimed) : 0,
    unit === 'km2' ? options.areaMinToleranceKm2 : options.shareMinTolerancePoints,
  )
  const fits = (value: number): boolean =>
    precision.bound === 'at-least' ? value >= claimed - tolerance : precision.bound === 'at-most' ? value <= claimed + tolerance : Math.abs(value - claimed) <= tolerance
  let match = candidates.find((c) => fits(c.value))
  // The gross gain is at least the net and the gross loss at least the negative net, so the change
  // polygons are worth computing only when the claimed figure lies above those.
  const grossCouldFit = candidates.some((c) => c.measure === 'net' && (precision.bound === 'at-most' || claimed + tolerance >= c.value))
  if (!match && start !== null && from !== null && grossCouldFit) {
    // Gross figures need the change polygons: computed only when the net did not match.
    let gained = 0
    let lost = 0
    for (const r of regionNames.length ? regionNames : [undefined]) {
      const change = input.grossChange ? input.grossChange(from, to, r) : view.changeBetween(from, to, r)
      if (change) {
        gained += change.gainedKm2
        lost += change.lostKm2
      }
    }
    if (input.actor !== 'UA') candidates.push({ measure: 'gained', value: toShare(gained) })
    if (input.actor !== 'RU') candidates.push({ measure: 'lost', value: toShare(lost) })
    match = candidates.find((c) => fits(c.value))
  }
  // Without a match, the net (or the area held) is the figure to give: the map's primary measure.
  const shown = match ?? (candidates[0] as Candidate)
  const fmt = (v: number): string => (unit === 'km2' ? formatKm2(v) : formatPercent(v))
  const measureWords: Record<Candidate['measure'], string> = { net: 'net change', gained: 'gross gain', lost: 'gross loss', held: 'area held' }
  const computedText = candidates
    .map((c) => `${measureWords[c.measure]} ${c.measure === 'net' && c.value > 0 ? '+' : ''}${fmt(c.value)}`)
    .filter((t, i, all) => all.indexOf(t) === i)
    .join(', ')
  const shareText = scope.shareOf ? ` of ${scope.shareOf.name} (${formatKm2(scope.shareOf.areaKm2)} by the shipped boundaries)` : ''
  const toleranceText = `${precision.bound === 'at-least' ? 'at least ' : precision.bound === 'at-most' ? 'at most ' : ''}${fmt(claimed)} ± ${fmt(tolerance)}`
  const mapText = `the map gives ${computedText}${shareText} (snapshots ${snapshots.join(' → ')})`
  const detail: AreaCheckDetail = {
    kind: 'area',
    unit,
    claimed,
    bound: precision.bound,
    computed: Math.round(shown.value * 1000) / 1000,
    tolerance: Math.round(tolerance * 1000) / 1000,
    measure: shown.measure,
    from,
    to,
    region: regionNames.length ? regionNames.join(', ') : null,
    ...(scope.shareOf ? { shareOf: { name: scope.shareOf.name, areaKm2: Math.round(scope.shareOf.areaKm2) } } : {}),
  }
  if (match) {
    return {
      verdict: { status: 'confirmed', reason: `${says} for ${where}; ${mapText}: the ${measureWords[match.measure]} is within the tolerance (${toleranceText}).`, lagDays: 0, snapshots, checkedThrough: coverage.end, detail },
    }
  }
  return {
    verdict: { status: 'contradicted', reason: `${says} for ${where}; ${mapText}: none is within the tolerance (${toleranceText}).`, lagDays: null, snapshots, checkedThrough: coverage.end, detail },
    mismatch: {
      message: `${quantity.text} (${period}, ${where}) recomputes to ${fmt(shown.value)} (${measureWords[shown.measure]}) on the map, outside ${toleranceText}.`,
      suggestion: `${fmt(shown.value)} (${[shown, ...candidates.filter((c) => c !== shown && c.value !== shown.value)].map((c, i) => (i === 0 ? measureWords[c.measure] : `${measureWords[c.measure]} ${fmt(c.value)}`)).join('; ')}; map snapshots ${snapshots.join(' → ')})`,
    },
  }
}

type Scope = { readonly ok: true; readonly regions: readonly RegionArea[]; readonly shareOf: RegionArea | null } | { readonly ok: false; readonly reason: string }

function resolveScope(input: AreaClaimInput): Scope {
  const { regions, quantity, places } = input
  const regionPlaces = places.filter((p) => p.kind === 'region')
  const named: RegionArea[] = []
  for (const p of regionPlaces) {
    const r = regions?.resolveRegion(p.admin1 ?? p.name) ?? regions?.resolveRegion(p.name) ?? null
    if (!r) return { ok: false, reason: `the map's region layer does not know ${p.name}, so the area cannot be computed for it.` }
    if (!named.some((n) => n.name === r.name)) named.push(r)
  }
  if (quantity.unit === 'percent') {
    const of = quantity.of?.trim() ?? ''
    if (!regions) return { ok: false, reason: 'no region layer is loaded, so a share cannot be computed.' }
    if (FOUR_REGIONS_WORDS.test(of)) {
      const four = FOUR_REGIONS.map((n) => regions.resolveRegion(n)).filter((r): r is RegionArea => r !== null)
      if (four.length !== 4) return { ok: false, reason: 'the region layer lacks one of the four oblasts (Donetsk, Luhansk, Zaporizhzhia, Kherson).' }
      const areaKm2 = four.reduce((s, r) => s + r.areaKm2, 0)
      return { ok: true, regions: four, shareOf: { name: 'the four oblasts of Donetsk, Luhansk, Zaporizhzhia and Kherson', areaKm2 } }
    }
    const ofRegion = of ? regions.resolveRegion(of.replace(/^(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?/iu, '')) : null
    if (ofRegion) return { ok: true, regions: [ofRegion], shareOf: ofRegion }
    if (COUNTRY_WORDS.test(of) || (of === '' && named.length === 0 && places.some((p) => p.kind === 'country'))) {
      if (!regions.country) return { ok: false, reason: 'no country outline is loaded, so a share of the country cannot be computed.' }
      return { ok: true, regions: [], shareOf: regions.country }
    }
    if (named.length > 0) {
      const areaKm2 = named.reduce((s, r) => s + r.areaKm2, 0)
      return { ok: true, regions: named, shareOf: { name: named.map((r) => r.name).join(', '), areaKm2 } }
    }
    return { ok: false, reason: of ? `the share is of "${of}", which the map's regions do not cover.` : 'the claim does not say what the percentage is a share of.' }
  }
  if (named.length === 0) {
    const local = places.find((p) => p.kind === 'settlement' || p.kind === 'district' || p.kind === 'river')
    if (local) return { ok: false, reason: `the area is tied to ${local.name}, and the map cannot tell which area around it the figure counts.` }
  }
  return { ok: true, regions: named, shareOf: null }
}
