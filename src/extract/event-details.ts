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
    if (c.kind !== 'casualties' && c.kind !== 'strike') return
    const head = text.slice(c.span[0], Math.min(c.span[1], c.span[0] + 40))
    // Cheap gate: the first letter of the span opens one of the forms.
    if (!/^[\s"“«—–-]*[AaСсВвУуTtПп]/u.test(head)) return
    let told: ReadonlyArray<Claim['kind']>
    if (c.kind === 'casualties' && TOLL_PART.test(head)) told = ['casualties']
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

// How far back (in characters, two or three sentences) the event the detail points at may stand.
const CLOSE = 600

// A part of a toll: "among the dead", "all the injured", "среди погибших", "все пострадавшие", "серед загиблих", "усіх поранених".
const TOLL_PART = /^[\s"“«—–-]*(?:among\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims|casualties|hurt)|all\s+(?:of\s+)?(?:the\s+)?(?:injured|wounded|victims|casualties)|(?:среди|серед)\s+(?:погибш|пострадавш|ранен|убит|жертв|загибл|поранен|постраждал|травмован)\p{L}*|(?:все|всех|всі|усі|усіх|всіх)\s+(?:пострадавш|ранен|поранен|постраждал|травмован)\p{L}*)(?![\p{L}])/iu

// The strike named again as the subject: "The attack came", "The strike hit", "Удар пришелся по", "Влучання у".
const STRIKE_AGAIN = /^[\s"“«—–-]*(?:(?:the|this|that)\s+(?:attack|strike|raid|barrage|shelling|bombardment)\s+(?:came|happened|took place|occurred|hit|struck|landed)(?![\p{L}])|(?:удар|влучання|прильот|прилёт|попадание)\s+(?:при(?:ш[её]лся|шлось|йшовся|йшлося)(?![\p{L}])|(?:у|в|по)\s))/iu

// A name or a figure after the span's first word: a place or count of its own makes a new claim.
const NEW_PLACE_OR_FIGURE = /\p{N}|(?<![\p{L}])\p{Lu}\p{Ll}/u
