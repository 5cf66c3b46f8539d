import type { Claim } from '../domain/index.js'

/**
 * Convention 46: details of an event already claimed are no new claim. Two forms point back at the
 * event by their words, whatever else the sentence adds:
 *  - a part of a toll just told ("Among the dead was a 14-year-old boy", "All the injured were taken
 *    to hospital", "Среди погибших …", "Все пострадавшие доставлены в больницу", "Серед поранених …");
 *  - the strike itself named again as the subject, with no place or figure of its own ("The attack came
 *    as …", "Удар пришелся по территории бывшей автобазы", "Влучання у підприємство, виникла пожежа").
 * Only after a claim of the same family within the few sentences before (CLOSE characters). A new
 * place or count ("The night's barrage knocked out two plants in the Kharkiv region") is a claim.
 */
export function eventDetails(text: string, claims: readonly Pick<Claim, 'kind' | 'span' | 'quantity'>[]): Set<number> {
  const out = new Set<number>()
  claims.forEach((c, i) => {
    const head = text.slice(c.span[0], Math.min(c.span[1], c.span[0] + 40))
    // Cheap gate: the first letter of the span opens one of the forms.
    if (!/^[\s"“«—–-]*[AaСсВвУуTtПпIi\p{N}OoFfSsHhMm]/u.test(head)) return
    let told: ReadonlyArray<Claim['kind']>
    if (c.kind !== 'casualties' && c.kind !== 'strike' && !/^[\s"“«—–-]*[IiTt]/u.test(head)) return
    if (c.kind === 'casualties' && TOLL_PART.test(head)) told = ['casualties']
    // "It was the heaviest attack on the city since …", "It was an organised withdrawal, not a rout": a
    // pronoun subject with the event as its predicate says what the event just told was.
    else if (c.quantity === null && EVENT_PREDICATE.test(text.slice(c.span[0], Math.min(c.span[1], c.span[0] + 120)))) told = ANY_KIND
    else if (c.kind === 'strike' && c.quantity === null && STRIKE_AGAIN.test(head) && !NEW_PLACE_OR_FIGURE.test(text.slice(c.span[0], c.span[1]).replace(/^[\s"“«—–-]*\S+/u, ''))) told = ['strike', 'casualties']
    else return
    // Claims come in text order: look back only as far as CLOSE reaches.
    for (let j = i - 1; j >= 0; j--) {
      const b = claims[j]!
      if (c.span[0] - b.span[1] > CLOSE) break
      if (b.span[1] <= c.span[0] && told.includes(b.kind)) {
        out.add(i)
        break
      }
    }
  })
  return out
}

const ANY_KIND: ReadonlyArray<Claim['kind']> = ['advance', 'capture', 'withdrawal', 'encirclement', 'assault', 'repelled', 'control', 'area-change', 'strike', 'evacuation', 'casualties', 'other']

// "It was the fourth attack on the site", "This was the largest strike of the war", "It was an orderly
// withdrawal": a demonstrative or "it" as subject, a copula, and a noun phrase (article or ordinal
// first) headed by an event noun as the predicate, not a clause ("It was Russian troops that took …"
// has no article) and not a figure ("That is the most in any month, and it brings the total to …").
const EVENT_PREDICATE = /^[\s"“«—–-]*(?:it|this|that)\s+(?:was|is|had been|has been|marked|became)\s+(?:(?:at\s+least|only|also|probably|likely)\s+)?(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:attack|strike|raid|assault|withdrawal|retreat|pullback|pullout|offensive|counterattack|counter-attack|counteroffensive|bombardment|shelling|barrage|operation|incursion|push)(?![\p{L}])/iu

// How far back (in characters, two or three sentences) the event the detail points at may stand.
const CLOSE = 600

// A part of a toll: "among the dead", "all the injured", "среди погибших", "все пострадавшие", "серед загиблих", "усіх поранених".
const TOLL_PART = /^[\s"“«—–-]*(?:among\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims|casualties|hurt)|(?:\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|several|half|all|none)\s+of\s+(?:the|those|them)(?:\s+(?:dead|killed|injured|wounded|victims|casualties|hurt))?(?![\p{L}])|all\s+(?:of\s+)?(?:the\s+)?(?:injured|wounded|victims|casualties)|(?:среди|серед)\s+(?:погибш|пострадавш|ранен|убит|жертв|загибл|поранен|постраждал|травмован)\p{L}*|(?:все|всех|всі|усі|усіх|всіх)\s+(?:пострадавш|ранен|поранен|постраждал|травмован)\p{L}*)(?![\p{L}])/iu

// The strike named again as the subject: "The attack came", "The strike hit", "Удар пришелся по", "Влучання у".
const STRIKE_AGAIN = /^[\s"“«—–-]*(?:(?:the|this|that)\s+(?:attack|strike|raid|barrage|shelling|bombardment)\s+(?:came|happened|took place|occurred|hit|struck|landed)(?![\p{L}])|(?:удар|влучання|прильот|прилёт|попадание)\s+(?:при(?:ш[её]лся|шлось|йшовся|йшлося)(?![\p{L}])|(?:у|в|по)\s))/iu

// A name or a figure after the span's first word: a place or count of its own makes a new claim.
const NEW_PLACE_OR_FIGURE = /\p{N}|(?<![\p{L}])\p{Lu}\p{Ll}/u
