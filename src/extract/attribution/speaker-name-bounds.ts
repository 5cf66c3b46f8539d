import { RU_SPEECH, UK_SPEECH } from './speech-verbs.js'

// Where a Ukrainian or Russian speaker's name ends when the frame handed over more: the dataset's cut
// of a text ("Про це повідомив командувач СБС у своєм...", "повідомляють телеграм-канали з
// російської пропагандис...") leaves a word cut mid-way, and the preposition or conjunction it hung
// on; a second predicate of the same subject ("повідомив Генштаб і оприлюднив відео", "сообщили в
// штабе и опубликовали кадры") follows the name after a conjunction. Both are cut by the kind of
// word, never by the sentence seen.

// A word touching the ellipsis that ends the text: cut by the dataset, whole or not.
const CUT_WORD = /\s+[^\s.…]+(?:\.{2,}|…)\s*$/u
// A preposition or conjunction left dangling at the end, with at most a possessive pronoun after it
// ("у своєм", "в своём"): it opened a phrase the cut took away. A phrase with more words stays
// ("з російської …": its words may still say whose the speaker is).
const DANGLING = /\s+(?:у|в|во|з|із|зі|с|со|від|от|на|до|по|для|через|про|о|об|за|при|і|й|та|и|а|але|но|або|или)(?:\s+(?:сво\p{L}*|його|її|їх|его|её|ее|их))?$/u
// A lower-case word that is an adjective only ("місцеві", "российские"): no name on its own.
const ADJECTIVE_ONLY = /^\p{Ll}[\p{L}'’ʼ-]*(?:ий|ій|ая|яя|ое|ее|ые|ие|і|ї|а|е|я)$/u

// Verbs a source's second predicate uses: publishing, showing, adding, besides the verbs of saying.
const SECOND_VERB = String.raw`(?:оприлюдн|опублік|опублик|публіку|публику|поширил|поширив|поширю|поширя|распростран|розмісти|размести|виклал|выложил|додав|додал|добавил|наголоси|подчеркну|уточни|показа|показу)\p{L}*`
const COORDINATED_VERB = new RegExp(String.raw`\s+(?:і|й|та|и|а\s+також|а\s+также)\s+(?:(?:також|также|ще|еще|ещё|вже|уже)\s+)?(?:${SECOND_VERB}|${UK_SPEECH}|${RU_SPEECH})(?![\p{L}]).*$`, 'iu')
const MAY_COORDINATE = /\s(?:і|й|та|и|а)\s/u
// A parenthetical source inside the sentence it speaks ("Удари, повідомляє штаб, завдано вночі",
// "Удары, сообщает министерство, наносились по аэродромам"): the comma closes the name, and the finite
// verb after it is the sentence's own. Past plural, feminine, neuter and reflexive forms and the
// present third person only: a masculine past form ("генерал") is too often a noun.
const COMMA_VERB = /,\s+\p{Ll}+(?:[аеиуяіы](?:ли|ла|ло|лись|лось|лася|лися|лося|лся|лась)|[аяуюі](?:ють|ют|ет|є)|[ую]ється|[ая]ется|ить|ять|ться|тся)(?![\p{L}]).*$/u

/**
 * The speaker's name without a word the text's cut left unfinished (and the function words it
 * hung on), without a second predicate after a conjunction and without the sentence's own verb
 * after the comma that closes a parenthetical source. Unchanged when nothing applies, or
 * when the cut would leave no name (a lone adjective, nothing).
 */
export function speakerNameBounds(phrase: string): string {
  let p = phrase
  if (p.includes('..') || p.includes('…')) {
    const cut = p.replace(CUT_WORD, '')
    if (cut !== p) {
      let q = cut
      for (let i = 0; i < 3; i++) {
        const next = q.replace(DANGLING, '')
        if (next === q) break
        q = next
      }
      q = q.trim()
      if (q && !ADJECTIVE_ONLY.test(q)) p = q
    }
  }
  if (p.includes(', ')) {
    const q = p.replace(COMMA_VERB, '').trim()
    if (q) p = q
  }
  if (MAY_COORDINATE.test(p)) {
    const q = p.replace(COORDINATED_VERB, '').trim()
    if (q) p = q
  }
  return p
}
