import type { Span } from '../domain/index.js'

/**
 * An event noun in the bare plural names a kind of event, not an event: "a steady rise in attacks on
 * industrial targets deep inside Russia", "restricted what residents may post about drone attacks",
 * "Ukrainian strikes on Russian territory would not go unanswered", "the high cost of mechanized
 * assaults across open ground". Convention 80: a generic reference to a campaign with no place is no
 * claim. English marks the difference in the noun phrase: one event, or a counted set, takes a
 * determiner or a figure ("the attack", "its strikes", "two assaults", "41 drones"), or is pinned by a
 * place or a time ("strikes on Kharkiv", "attacks overnight").
 *
 * So a plural event noun is generic when it is the object of a preposition with nothing between but
 * its modifiers ("Russian", "small-group", "drone", "heavier": no determiner, possessive or number);
 * when no capitalised word after it names anything but a side ("on Russian territory", "deep inside
 * Russia"); and when its clause holds no figure and no date. English only: the article system is the
 * mark. A war monitor's caption ("buildings destroyed in strikes") is terse, not generic: the caller
 * leaves captions alone.
 */
export function isGenericPluralEvent(text: string, trigger: Span, clause: Span, dated: boolean): boolean {
  if (dated) return false
  const word = text.slice(trigger[0], trigger[1])
  if (!PLURAL_EVENT.test(word)) return false
  if (/\p{N}/u.test(text.slice(clause[0], clause[1]))) return false
  if (!bareBefore(text, clause[0], trigger[0])) return false
  return !namesSomething(complementOf(text.slice(trigger[1], clause[1])))
}

// The plural event nouns of attacks and strikes; the noun is the trigger's last word.
const PLURAL_EVENT = /(?:^|[\s-])(?:attacks|assaults|strikes|airstrikes|raids|bombings|bombardments|offensives|counterattacks|counter-attacks|counteroffensives|incursions)$/iu

/**
 * Whether the noun phrase ending at the noun is bare and the object of a preposition ("a rise in
 * attacks", "about drone attacks", "the cost of mechanized assaults", "with heavier attacks"): its
 * modifiers are read back from the noun (at most three words) to the preposition, and a determiner,
 * a possessive or a figure among them makes the phrase specific. The object of a verb ("intensified
 * glide bomb strikes on the town", "launched attacks") or a subject is told as done and stays; so does
 * a noun after "by", "after", "during" or "from", which give a toll's or a move's cause.
 */
function bareBefore(text: string, from: number, nounAt: number): boolean {
  const words = text.slice(Math.max(from, nounAt - 60), nounAt).split(/\s+/u).filter((w) => w.length > 0)
  for (let k = words.length - 1, read = 0; k >= 0 && read < 3; k--, read++) {
    const w = words[k]!.replace(/^[("“'‘]+|[)"”'’]+$/gu, '')
    if (PREPOSITION.test(w)) return true
    if (!MODIFIER.test(w) || /[,;:]$/u.test(words[k]!)) return false
  }
  return false
}

// A modifier of an attack noun: a side's adjective, a compound ("small-group", "long-range"), a
// participle or comparative ("mechanized", "heavier"), an adjective's ending, or a weapon or arm.
const MODIFIER = /^(?:Russian|Ukrainian|\p{Ll}[\p{Ll}]*-[\p{Ll}-]+|\p{Ll}+(?:ed|er|al|ic|ive|ous|ful|ary|less|ant|ent|ile|ical)|drone|missile|rocket|artillery|glide|bomb|air|ground|infantry|tank|armou?red|cross-border|frontal|massive|mass|small|large|big|deadly|deep|urban|night|daily|constant)$/u

// The prepositions whose bare plural object names a kind of event.
const PREPOSITION = /^(?:in|on|of|about|with|for|against|over|amid|despite|through|like|than)$/iu

// Capitalised words after the noun that name no place: the sides and their capitals, the countries at war.
const SIDE_WORD = /^(?:Russian|Russians|Russia|Russia['’]s|Ukrainian|Ukrainians|Ukraine|Ukraine['’]s|Moscow|Moscow['’]s|Kyiv|Kyiv['’]s|Kremlin|Kremlin['’]s|I)$/u

/**
 * The noun's complement: what follows it up to the first punctuation mark or "but" ("on industrial
 * targets deep inside Russia" of `…, but the official picture is blurred," one Moscow-based economist
 * said`); the speaker's words after it name where the speaker is, not where the attacks land.
 */
function complementOf(after: string): string {
  const m = /[,;:"“”«»()—–]|\sbut\s/u.exec(after)
  return m ? after.slice(0, m.index) : after
}

/** Whether a capitalised word after the noun names something other than a side: a place, a unit, a site. */
function namesSomething(after: string): boolean {
  for (const m of after.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’ʼ-]*/gu)) if (!SIDE_WORD.test(m[0])) return true
  return false
}
