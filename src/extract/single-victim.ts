import type { Span } from '../domain/index.js'
import type { FoundQuantity } from './find-quantities.js'

/**
 * One victim named by a noun in the singular, in Ukrainian or Russian ("поранено 58-річну жінку",
 * "загинув 67-річний чоловік", "машиніста травмовано", "ранен водитель", "погиб охранник",
 * "Пострадал мирный житель"): a toll of one person, as the newer gold files write it (blind11-14:
 * `{ value: 1, unit: 'people' }`). The age is no figure (convention 48); the singular noun is.
 *
 * The noun must stand within three words of the toll's event word, with no figure or number word
 * right before it ("двох чоловіків", "5 чоловік" count more than one, and findQuantities reads
 * them), so a driver who "розповів" or a man "затримали" in another clause of the sentence is not
 * counted. Only the singular forms (nominative, accusative and the animate genitive-accusative) are
 * listed; plural forms never match. Run only for a casualties claim's clause: one regex over a short
 * stretch of text, after a literal gate.
 */
export function findSingleVictims(text: string, clause: Span, trigger: Span): FoundQuantity[] {
  const from = Math.max(clause[0], trigger[0] - 60)
  const to = Math.min(clause[1], trigger[1] + 60)
  const window = text.slice(from, to)
  if (!GATE.test(window)) return []
  const out: FoundQuantity[] = []
  for (const m of window.matchAll(SINGLE_VICTIM)) {
    const start = from + m.index
    const end = start + m[0].length
    if (wordsBetween(text, start < trigger[0] ? [end, trigger[0]] : [trigger[1], start]) > 3) continue
    if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue
    out.push({ span: [start, end], text: m[0], value: 1, unit: 'people', of: null })
  }
  return out
}

// The stems every listed noun starts with, for a cheap test before the pattern.
const GATE = /жін|чолов|воді|водит|мешкан|жител|пенсіон|пенсион|дитин|ребён|ребен|хлопч|мальчик|дівчин|девоч|підліт|подрост|охорон|охран|машиніст|машинист|пасажир|пассажир|працівни|сотрудни|рабоч|волонт|рятувальн|спасател|медик|поліцейськ|полицейск|фермер|тракторист|енергетик|энергетик|цивільн|людин|женщин|мужчин|велосипедист/iu

const SINGLE_VICTIM = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      // Ukrainian, nominative and accusative (the genitive-accusative of the animate masculine)
      String.raw`жінк[аиу]|чоловік(?:а)?|водій|водія|мешкан(?:ець|ця|ка|ку)|жител(?:ь|я|ька|ьку)|пенсіонер(?:а|ка|ку)?|дитин[аиу]|хлопчик(?:а)?|дівчинк[аиу]|підліт(?:ок|ка)|охорон(?:ець|ця)|машиніст(?:а)?|пасажир(?:а|ка|ку)?|працівни(?:к|ка|ця|цю)|волонтер(?:а|ка|ку)?|рятувальни(?:к|ка)|медик(?:а)?|поліцейськ(?:ий|ого)|фермер(?:а)?|тракторист(?:а)?|енергетик(?:а)?|цивільн(?:ий|ого)|людин[аиу]|велосипедист(?:а)?`,
      // Russian
      String.raw`женщин[аыу]|мужчин[аыу]|водител(?:ь|я)|жител(?:ь|я|ьница|ьницу)|пенсионер(?:а|ка|ку)?|р[её]б[её]н(?:ок|ка)|мальчик(?:а)?|девочк[аиу]|подрост(?:ок|ка)|охранник(?:а)?|машинист(?:а)?|пассажир(?:а|ка|ку)?|рабоч(?:ий|его)|сотрудни(?:к|ка|ца|цу)|волонт[её]р(?:а)?|спасател(?:ь|я)|медик(?:а)?|полицейск(?:ий|ого)|тракторист(?:а)?|энергетик(?:а)?`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'giu',
)

// A figure or a number word right before the noun ("двох чоловіків" is plural and never matches;
// "5 чоловік", "один чоловік" are findQuantities' to read), with at most one adjective between.
const COUNT_BEFORE = /(?:[\p{N}]|(?<![\p{L}])(?:один|одна|одну|одного|одне|два|дві|двоє|три|троє|чотири|четверо|два|две|двое|трое|четыре|четверо|пять|пятеро|п['’ʼ]ять|п['’ʼ]ятеро))\s+(?:[\p{L}-]+\s+)?$/iu

/** Words (runs of letters or digits) in text[span), for how far a noun stands from its event word. */
function wordsBetween(text: string, span: Span): number {
  if (span[1] <= span[0]) return 0
  const between = text.slice(span[0], span[1])
  if (/[.;!?]/u.test(between)) return 99
  return between.match(/[\p{L}\p{N}]+(?:[-'’ʼ][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/**
 * The English form of the same rule (convention 59): one victim named by "a"/"an" and a noun in the
 * singular, before the toll word ("A woman died as a result of shelling", "a man was killed", "A civilian
 * resident of the town died", "there is a dead man") or right after an active one ("killed a civilian
 * and wounded another", "killing a pensioner"): a toll of 1, unit `soldiers` when the noun is a
 * serviceman. The noun stands within five words before the toll word (a place phrase between: "A man in
 * Stepnoe in the district died") or two words after it, with no sentence stop between; only "a"/"an" (or
 * "one", which findQuantities already reads) counts it, so "the woman", "women" and "two men" do not.
 * One regex after a literal gate, over at most 60 characters on either side of the toll word.
 */
export function findSingleVictimsEn(text: string, clause: Span, trigger: Span): FoundQuantity[] {
  // A caption's toll told by its victim alone: "Deceased man in the cellar", "Casualty of shelling" (one victim).
  const caption = EN_CAPTION_VICTIM.exec(text.slice(trigger[0], trigger[1]))
  if (caption) return [{ span: trigger, text: text.slice(trigger[0], trigger[1]), value: 1, unit: caption[1] && EN_SOLDIER_NOUN.test(caption[1]) ? 'soldiers' : 'people', of: null }]
  if (!EN_TOLL_WORD.test(text.slice(trigger[0], trigger[1]))) return []
  const from = Math.max(clause[0], trigger[0] - 60)
  const to = Math.min(clause[1], trigger[1] + 60)
  const window = text.slice(from, to)
  const out: FoundQuantity[] = []
  if (EN_GATE.test(window)) for (const m of window.matchAll(EN_SINGLE_VICTIM)) {
    const start = from + m.index
    const end = start + m[0].length
    const before = end <= trigger[0]
    // ("A dead civilian", "a wounded soldier": the toll word is the victim's modifier, a toll of one.)
    if (!before && start < trigger[1]) {
      if (trigger[0] > start && trigger[1] < end && /^(?:dead|killed|wounded|injured)$/iu.test(text.slice(trigger[0], trigger[1]))) out.push({ span: [start, end], text: m[0], value: 1, unit: EN_SOLDIER_NOUN.test(m[1]!) ? 'soldiers' : 'people', of: null })
      continue
    }
    // "A man in Stepnoe in the Volnovakha district of the DPR died": a place phrase may stand longer.
    if (before ? wordsBetween(text, [end, trigger[0]]) > (EN_PLACE_PHRASE.test(text.slice(end, trigger[0])) ? 10 : 5) : wordsBetween(text, [trigger[1], start]) > 2) continue
    // After the toll word only an active "killed a civilian", "killing a man", or "the death of a
    // mercenary": not "died a hero".
    if (!before && /^deaths?$/iu.test(text.slice(trigger[0], trigger[1])) && /^\s+of\s+$/u.test(text.slice(trigger[1], start))) {
      out.push({ span: [start, end], text: m[0], value: 1, unit: EN_SOLDIER_NOUN.test(m[1]!) ? 'soldiers' : 'people', of: null })
      continue
    }
    if (!before && !/^(?:kill|killed|kills|killing|wounded|wounding|injured|injuring)$/iu.test(text.slice(trigger[0], trigger[1]))) continue
    const unit = EN_SOLDIER_NOUN.test(m[1]!) ? 'soldiers' : 'people'
    out.push({ span: [start, end], text: m[0], value: 1, unit, of: null })
  }
  // A headline drops the article: "Ukrainian soldier killed in Donbas", "DPR militiaman killed in
  // shelling", "Elderly woman wounded ...". The noun opens the clause, after at most three capitalised
  // modifiers that are no number words ("One Ukrainian soldier" is findQuantities' to read).
  if (out.length === 0 && wordsBetween(text, [clause[0], trigger[0]]) <= 4) {
    const head = EN_HEAD_VICTIM.exec(text.slice(clause[0], trigger[0]))
    if (head) {
      const start = clause[0] + head.index + head[0].length - head[1]!.length
      const end = start + head[1]!.length
      out.push({ span: [start, end], text: head[1]!, value: 1, unit: EN_SOLDIER_NOUN.test(head[1]!) ? 'soldiers' : 'people', of: null })
    }
  }
  // A named person as the clause's subject: "Kyrylo Petrenko, a champion of the Cossack duel, died near
  // X", "Archpriest Ivan Sokolov died during the operation", "Deputy Head Kovalenko was killed": one victim
  // (convention 105), a soldier when he died near a town (the front's formula) or is called one.
  if (out.length === 0 && /^(?:killed|died|dies|die)$/iu.test(text.slice(trigger[0], trigger[1]))) {
    const lead = text.slice(Math.max(0, trigger[0] - 160), trigger[0])
    const named = EN_NAMED_VICTIM.exec(lead)
    if (named && !EN_NOT_A_NAME.test(named[1]!) && (named[2] === undefined || !/[;:.!?]/u.test(named[2]))) {
      const start = trigger[0] - lead.length + named.index + named[0].indexOf(named[1]!)
      const end = start + named[1]!.length
      const soldier = /^\s+near\s+\p{Lu}/u.test(text.slice(trigger[1], trigger[1] + 12)) || (named[2] !== undefined && new RegExp(String.raw`(?<![\p{L}])(?:${EN_NOUNS.split('|').filter((n) => EN_SOLDIER_NOUN.test(n)).join('|')}|soldiers?|brigade|battalion|regiment|defender)(?![\p{L}])`, 'iu').test(named[2]))
      out.push({ span: [start, end], text: named[1]!, value: 1, unit: soldier ? 'soldiers' : 'people', of: null })
    }
  }
  // And after an active toll verb: "shelling kills militiaman", "honey jar kills Ukrainian soldier",
  // "shelling of Donetsk kills civilian - DPR": the bare noun, at most one capitalised modifier, then
  // the clause's end, a dash or a place phrase.
  if (out.length === 0 && /^(?:kill|kills|killed|killing|wounds|wounding|injures|injuring)$/iu.test(text.slice(trigger[0], trigger[1]))) {
    const tail = EN_TAIL_VICTIM.exec(text.slice(trigger[1], Math.min(clause[1] + 2, trigger[1] + 50)))
    if (tail) {
      const start = trigger[1] + tail.index + tail[0].length - tail[1]!.length
      const end = start + tail[1]!.length
      out.push({ span: [start, end], text: tail[1]!, value: 1, unit: EN_SOLDIER_NOUN.test(tail[1]!) ? 'soldiers' : 'people', of: null })
    }
  }
  return out
}

/**
 * A proper name (two to four capitalised words, or a title and a surname) opening the text or a clause
 * after a stop, an optional appositive between commas, then the toll word ("was killed", "died").
 */
const EN_NAMED_VICTIM = /(?:^|[.;:!?]\s+|^["“])((?:\p{Lu}[\p{Ll}'’-]+\s+){0,3}\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)(,[^,]{3,90},)?\s+(?:was\s+|has\s+)?$/u
/** Words that make the capitalised run no person's name: numbers, determiners, sides and bodies, plural victims. */
const EN_NOT_A_NAME = /(?<![\p{L}])(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Another|Both|All|No|Several|Many|Most|Some|The|This|That|Dozens|Hundreds|Russian|Ukrainian|Russians|Ukrainians|Armed|Forces|Ministry|Staff|General|Defen[cs]e|Civilians|People|Soldiers|Troops|Residents|Children|Servicemen|Militiamen|Fighters|Two|Local|Region|Oblast|District|City|Village|Republic|Militia|Army|Guard)(?![\p{L}])/u
const EN_TOLL_WORD = /^(?:killed|kill|kills|killing|dead|died|dies|die|wounded|wounding|injured|injuring|hurt|death|taken prisoner|taken captive|captured)$/iu
const EN_GATE = /\ban? /iu
const EN_NOUNS = String.raw`woman|man|person|civilian|resident|child|girl|boy|teenager|pensioner|driver|volunteer|journalist|rescuer|medic|policeman|farmer|worker|employee|passenger|local|villager|serviceman|servicewoman|soldier|militiaman|fighter|marine|paratrooper|guardsman|militant|commander|mercenary|officer`
const EN_SOLDIER_NOUN = /^(?:serviceman|servicewoman|soldier|militiaman|fighter|marine|paratrooper|guardsman|militant|commander|mercenary|officer)$/iu
/** A caption frame's toll words that hold their one victim: "Deceased man", "Deceased Russian soldier", "Casualty (of shelling)". */
const EN_CAPTION_VICTIM = new RegExp(String.raw`^(?:(?:deceased|dead)\s+(?:[\p{L}-]+\s+)?(${EN_NOUNS})|casualty(?:\s+of\s[^.;:!?]*)?)$`, 'iu')
/** The nouns with a capital or a small first letter: a headline opens on its noun ("Civilian dies in …"). */
const EN_NOUNS_ANY_CASE = EN_NOUNS.split('|').map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|')
/** A place phrase between a victim and the toll word ("in Stepnoe in the Volnovakha district of the DPR"). */
const EN_PLACE_PHRASE = /^\s+(?:in|near|of|from)\s[^,;:.!?]*$/u
// After an active toll verb: an optional capitalised modifier, the bare noun, then an end, a dash, a
// comma or a place or time phrase ("kills civilian - DPR", "kills militiaman in Horlivka").
const EN_TAIL_VICTIM = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}'’.-]*\s+)?(${EN_NOUNS})(?=\s*$|\s*[-–—,:;]|\s+(?:in|near|at|on|during|after|as|amid|while|overnight|today|yesterday)\b)`, 'u')
// "a woman", "a 16-year-old girl", "a civilian resident", "a dead man": the article, at most one
// modifier (a word or an age), the noun; not "a man-made", "a woman's", nor "a child among the dead" (one
// of several).
// The clause's opening noun phrase: capitalised modifiers (no number word, no article), the singular
// noun, then only "reported"/"was" before the toll word.
const EN_HEAD_VICTIM = new RegExp(String.raw`^[\s"“'‘]*(?:(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Another|Both|All|No|Several|Many|Most|Some|The|This|That|A|An)\s)(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}-year-old)\s+){0,3}(${EN_NOUNS_ANY_CASE})\s+(?:(?:reportedly|reported|was|is|has\s+been)\s+)?$`, 'u')
const EN_SINGLE_VICTIM = new RegExp(String.raw`(?<![\p{L}\p{N}-])an? (?:(?:[\p{L}]+|\d{1,3}-year-old) )?(${EN_NOUNS})(?![\p{L}\p{N}'’-])(?!\s+among)`, 'giu')
