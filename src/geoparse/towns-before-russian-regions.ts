// A town deep in Russia named in a Ukrainian spelling the gazetteer does not hold, right before its
// region: "в Будьонівську Ставропольського краю" (GeoNames has Будённовск and the guess Будьонновськ;
// Ukrainian outlets write Будьонівськ), "у Енгельсі Саратовської області". The region says where to look,
// so the word before it is compared, in Latin letters, with the towns of that region only: a spelling
// close to one of them names it. Only after a preposition of place ("в", "у", "біля", "под"), so that a
// title or a noun before the region ("Губернатор Курської області") is never read as a town, and only
// for Russian regions: the gazetteer has every Ukrainian settlement under its own names (KATOTTG), and
// a Ukrainian word before a Ukrainian region that matches none is no settlement.
import type { GazetteerEntry, Place } from '../domain/index.js'
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { nameSimilarity } from './gazetteer/gazetteer.js'
import { nominativeCandidates } from './gazetteer/inflect.js'
import { looseLatinKey } from './gazetteer/name-key.js'
import { russianToLatin, ukrainianToLatin } from './gazetteer/transliterate.js'
import { UNLISTED_PREFIX } from './resolve-mentions.js'

// A preposition of place, then one capitalised Cyrillic word (hyphenated parts allowed) and the spaces
// before the region's mention, which ends the match.
const TOWN_BEFORE = /(?:^|[\s(«"])(?:в|у|біля|поблизу|під|под|около|возле|близ|вблизи|із|из|з)\s+(\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}?[\p{Ll}'’ʼ]+)?)\s+$/u

// How many characters before a region the preposition and town can take.
const REACH = 48

// A Latin spelling at least this close to a town's names is that town (Budonivsk ~ Budyonnovsk 0.91;
// unrelated towns of one krai stay under 0.8).
const MIN_SIMILARITY = 0.88

/** The places of `text` with a place added for each unknown spelling of a town before its Russian region. */
export function placeTownsBeforeRussianRegions(text: string, places: readonly Place[], gazetteer: Gazetteer): Place[] {
  let added: Place[] | null = null
  // A name the gazetteer matched only to a Ukrainian namesake, left as an unlisted town of the Russian
  // region after it (resolve-mentions.ts): a spelling close to one of that region's towns names it.
  let replaced: Place[] | null = null
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!
    if (!p.id.startsWith(UNLISTED_PREFIX) || p.admin1 === null) continue
    const town = closestTown(p.mention, gazetteer.inRegion(p.admin1, 'settlement'))
    if (town !== null) (replaced ??= [...places])[i] = townPlace(p.mention, p.span, town)
  }
  if (replaced !== null) places = replaced
  for (const region of places) {
    if (region.kind !== 'region' || region.country !== 'RU' || region.admin1 === null) continue
    const from = Math.max(0, region.span[0] - REACH)
    const m = TOWN_BEFORE.exec(text.slice(from, region.span[0]))
    if (m === null) continue
    const word = m[1]!
    const end = region.span[0] - (m[0].length - m[0].trimEnd().length)
    const span: [number, number] = [end - word.length, end]
    if (places.some((p) => p.span[0] < span[1] && span[0] < p.span[1])) continue
    const town = closestTown(word, gazetteer.inRegion(region.admin1, 'settlement'))
    if (town === null) continue
    ;(added ??= []).push(townPlace(word, span, town))
  }
  if (added === null) return places as Place[]
  return [...places, ...added].sort((a, b) => a.span[0] - b.span[0])
}

function townPlace(mention: string, span: readonly [number, number], town: GazetteerEntry): Place {
  return {
    mention, span: [span[0], span[1]], id: town.id, name: town.name, admin1: town.admin1, country: town.country, lat: town.lat, lon: town.lon,
    kind: town.kind, confidence: 0.8, alternatives: [], statedAdmin1: null,
  }
}

/** The town of `towns` whose names are closest to a nominative of `form` in Latin letters, if close enough. */
function closestTown(form: string, towns: readonly GazetteerEntry[]): GazetteerEntry | null {
  const keys = new Set<string>()
  for (const n of nominativeCandidates(form)) {
    keys.add(looseLatinKey(ukrainianToLatin(n)))
    keys.add(looseLatinKey(russianToLatin(n)))
  }
  let best: GazetteerEntry | null = null
  let bestScore = MIN_SIMILARITY
  for (const t of towns) {
    for (const name of [t.name, t.nameRu, t.nameUk]) {
      if (name === null) continue
      const own = looseLatinKey(/[\u0400-\u04ff]/.test(name) ? russianToLatin(name) : name)
      for (const k of keys) {
        const s = nameSimilarity(k, own)
        if (s > bestScore || (s === bestScore && best !== null && (t.prominence ?? 0) > (best.prominence ?? 0))) [best, bestScore] = [t, s]
      }
    }
  }
  return best
}
