// The alternatives of a Place are values: an entry's id, name, admin1 and point, and the candidate's
// share rounded to three decimals (PlaceAlternative is readonly). The same entry comes back with the
// same share again and again: every "Ivanivka" lists the same hundred-odd villages, most of them at
// 0 or a few thousandths. Making a fresh object per alternative per mention was the geoparser's largest
// allocation (about 120,000 objects, each with three boxed numbers, for a 3 MB text), and since a
// text's places all live until the end of the call, every young-generation collection copied them.
// So each (entry, rounded share) is one frozen object, shared by every Place that lists it.
import type { PlaceAlternative } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'

// Shares are rounded to 1/1000 (0..1000 steps); an entry number times 1001 plus the step stays a
// small integer (< 2^30) for any gazetteer under a million entries.
const STEPS = 1000
// Distinct (entry, share) pairs kept; past this the table starts again (a 3 MB text of real reports
// has about 20,000).
const LIMIT = 200_000

export class SharedAlternatives {
  private byKey = new Map<number, PlaceAlternative>()
  /**
   * The alternatives with share 0 (most of them: the long tail of every ambiguous name), by entry
   * number: an array read instead of a Map lookup.
   */
  private readonly zero: Array<PlaceAlternative | undefined>

  constructor(private readonly g: Gazetteer) {
    this.zero = new Array<PlaceAlternative | undefined>(g.size).fill(undefined)
  }

  /** The alternative for entry `entry` with the share `share` (0..1), rounded to three decimals. */
  of(entry: number, share: number): PlaceAlternative {
    const step = Math.round(share * STEPS)
    if (step === 0) return (this.zero[entry] ??= this.make(entry, 0))
    const key = entry * (STEPS + 1) + step
    let a = this.byKey.get(key)
    if (a === undefined) {
      if (this.byKey.size >= LIMIT) this.byKey = new Map()
      a = this.make(entry, step)
      this.byKey.set(key, a)
    }
    return a
  }

  private make(entry: number, step: number): PlaceAlternative {
    const e = this.g.entryAt(entry)
    // Same fields in the same order as Place's JSON has always had them; step / STEPS is the value
    // Math.round(share * 1000) / 1000 gives.
    return Object.freeze({ id: e.id, name: e.name, admin1: e.admin1, lat: e.lat, lon: e.lon, score: step / STEPS })
  }
}

const sharedOf = new WeakMap<Gazetteer, SharedAlternatives>()

/** The shared alternatives of gazetteer `g` (one table per gazetteer). */
export function sharedAlternatives(g: Gazetteer): SharedAlternatives {
  let s = sharedOf.get(g)
  if (!s) sharedOf.set(g, (s = new SharedAlternatives(g)))
  return s
}
