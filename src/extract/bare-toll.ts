import type { Span } from '../domain/index.js'
import { numberWordValue, parseFigure } from '../text/index.js'
import type { FoundQuantity } from './find-quantities.js'

/**
 * An English toll that counts with a bare figure, no noun after it: the figure before the toll word
 * ("Five killed in shelling", "9 dead, 64 wounded", "…, leaving three dead", "Seven were killed",
 * "at least 6 killed", "two more died") or right after an active "kill" ("Ukraine clashes kill four,
 * including three civilians", "Fresh fighting kills five in the east"). Wire headlines write tolls so
 * throughout (UCDP GED's English headlines, eval:silver-ucdp); findQuantities reads only figures with
 * the noun they count. The figure counts people (`unit: 'people'`), as "five people" would, or
 * soldiers when the clause speaks of fighters and of no civilians ("the attackers had left about 30
 * dead on the approaches").
 *
 * Only the words next to the toll word are read (at most an approximation, "more"/"others" and a
 * passive or reporting auxiliary between), so a figure of another phrase ("in 2014", "93rd", "24
 * hours") is not taken. Run only for a casualties claim's trigger: two anchored regexes over 60
 * characters on either side of it.
 */
export function findBareTolls(text: string, clause: Span, trigger: Span): FoundQuantity[] {
  const word = text.slice(trigger[0], trigger[1])
  const out: FoundQuantity[] = []
  const found = (span: Span, value: number): void => {
    const words = text.slice(clause[0], clause[1])
    const unit = FIGHTERS.test(words) && !CIVILIANS.test(words) ? 'soldiers' : 'people'
    out.push({ span, text: text.slice(span[0], span[1]), value, unit, of: null })
  }
  if (TOLL_WORD.test(word)) {
    const from = Math.max(clause[0], trigger[0] - 60)
    const m = BEFORE.exec(text.slice(from, trigger[0]))
    const value = m ? valueOf(m[1]!) : null
    if (m && value !== null) found([from + m.index, trigger[1]], value)
  }
  // "Death toll from the shelling of Horlivka rises to four", "the toll has climbed to 31", "Ukraine raises
  // death toll from rebel attacks to 17": the toll noun's figure, after its verb of change.
  // (The event word may run on past the noun: "Death toll in Kiev clashes rises".)
  const toll = TOLL_NOUN.exec(word)
  if (toll) {
    const at = trigger[0] + toll.index + toll[0].length
    const to = Math.min(clause[1], at + 100)
    const raised = RAISE_BEFORE.test(text.slice(Math.max(clause[0], trigger[0] - 30), trigger[0]))
    const m = (raised ? RAISED_TO : TOLL_CHANGE).exec(text.slice(at, to))
    const value = m ? valueOf(m[1]!) : null
    if (m && value !== null) found([trigger[0], at + m[0].length], value)
  }
  // "Armed Forces of Ukraine lost 4,000 killed": a force's loss counted by its dead.
  const lost = LOST_KILLED.exec(word)
  if (lost) {
    const value = valueOf(lost[1]!)
    if (value !== null) out.push({ span: trigger, text: word, value, unit: 'soldiers', of: null })
  }
  if (KILL_VERB.test(word)) {
    const to = Math.min(clause[1], trigger[1] + 60)
    const m = AFTER.exec(text.slice(trigger[1], to))
    const value = m ? valueOf(m[1]!) : null
    if (m && value !== null) found([trigger[0], trigger[1] + m[0].length], value)
  }
  return out
}

const TOLL_WORD = /^(?:killed|dead|died|die|dies|wounded|injured|hurt)$/iu
const KILL_VERB = /^(?:kill|kills|killed|killing)$/iu
const NUMBER_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)`
const APPROX = String.raw`(?:(?:at least|more than|over|about|around|nearly|almost|up to|some|another|as many as)\s+)?`
// A figure that is a number of its own: not a year, a time or an ordinal, not joined to a word.
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})?(?![\d:.,]\d)(?![-–]?\p{L})|(?:${NUMBER_WORDS})(?![\p{L}-]))`
// "Five killed", "9 dead", "Seven were killed", "two more died", "six others wounded", "three
// reported killed", "12 people" is findQuantities' (a noun between).
const BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.,:-])${APPROX}${FIGURE}\s+(?:(?:more|others?)\s+)?(?:(?:were|are|was|is|have been|has been|had been|reported|were reported|are reported|reportedly|confirmed|now)\s+){0,2}$`, 'iu')
// "kill four,", "kills five in", "killing two and wounding …": the figure closes the object.
const AFTER = new RegExp(String.raw`^\s+${APPROX}${FIGURE}(?:\s+more)?(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:in|on|at|near|as|after|during|including|and|amid|despite|while|since|across|overnight|outside|inside)(?![\p{L}]))`, 'iu')

const TOLL_NOUN = /^(?:[\p{L}'’]+\s+)?toll(?![\p{L}])/iu
const TOLL_VERB = String.raw`(?:rises|rose|risen|rising|climbs|climbed|climbing|hits|hit|tops|topped|reaches|reached|increases|increased|grows|grew|grown|jumps|jumped|mounts|mounted|soars|soared|surges|surged|passes|passed|exceeds|exceeded|stands|stood|is|was|now|up)`
// The toll's own words up to its verb (no clause break, no other verb's figure), the verb, "to"/"at", the figure.
const TOLL_CHANGE = new RegExp(String.raw`^(?:\s+[^,;:.!?]{0,80}?)?\s+(?:has\s+|have\s+|had\s+)?${TOLL_VERB}(?:\s+(?:to|at))?\s+${APPROX}${FIGURE}(?!\s*(?:%|per ?cent|percent))`, 'iu')
const RAISE_BEFORE = /(?<![\p{L}])(?:raises|raised|raise|raising|puts|put|revised|revises|updated|updates)\s+(?:(?:the|its|their|a)\s+)?(?:\p{L}+\s+)?$/iu
const RAISED_TO = new RegExp(String.raw`^\s+[^,;:.!?]{0,80}?\s+(?:to|at)\s+${APPROX}${FIGURE}`, 'iu')
const LOST_KILLED = new RegExp(String.raw`^(?:lost|lose|loses|losing)\s+${APPROX}(\d[\d,.]*)\s+(?:(?:people|men|soldiers|servicemen)\s+)?(?:killed|dead)$`, 'iu')

const FIGHTERS = /(?<![\p{L}])(?:attackers|assault (?:group|team)s?|troops|soldiers?|servicem[ae]n|militants|fighters|invaders|occupiers|enemy|mercenaries|militiam[ae]n|militias?|marines|paratroopers|rebels|separatists|infantry|combatants)(?![\p{L}])/iu
const CIVILIANS = /(?<![\p{L}])(?:civilians?|residents?|people|persons?|children|child|wom[ae]n|m[ae]n|passengers?|workers?|pensioners?|inhabitants?|villagers?|families|family)(?![\p{L}])/iu

function valueOf(figure: string): number | null {
  const v = /^\d/.test(figure) ? parseFigure(figure, false) : numberWordValue(figure)
  return v !== null && v > 0 && v < 10_000 ? v : null
}
