import type { Span } from '../domain/index.js'
import type { PhraseMatch, SideData } from './lexicon/index.js'
import { gated } from '../text/index.js'

// Round 22 (a random sample of the CIR/Bellingcat dev pool; 62 of its rows tell fighting or clashes):
// a monitor's caption "Fighting in X", "Clashes in X", "Aftermath of heavy fighting in X", "Shelling and
// fighting in X village" reports the state of a settlement that day, as "fighting for X continues" does
// in a bulletin: `control` with no actor at X (convention 9; gold real-cir2 writes these captions so).
// A side as the fighters ("Chechen forces fighting in X", "Russian troops in clashes near X") keeps that
// side's assault (9), and so does fighting with no settlement named (a count or a scene of combat),
// fighting in a whole region or on an axis (9, 8), and "battle damage" (damage, a strike's).

/** The caption's words of fighting, with the adjectives monitors put before them. */
const FIGHTING = /^(?:(?:heavy|fierce|intense|ongoing|street|urban|close|close-quarters|widescale|widespread|sporadic)\s+)*(?:fighting|fights?|battles?|clash(?:es)?|combat|firefights?|gunfights?|skirmish(?:es)?)$/iu
/** Not fighting at a place: damage from it, its vehicles, its footage of one weapon ("battle damage", "fighting vehicle"). */
const NOT_PLACE_FIGHTING = /^\s*(?:damage|damaged|vehicles?|positions?|tank|footage of|work|use|used|engineers?|readiness|training)(?![\p{L}])/iu
/** "used in combat", "tested in battle". */
const USED_IN = /(?:used|tested|proven|lost|deployed)\s+in\s+$/iu
/** A settlement named where the fighting is: a capitalised name after a preposition of place, not a region, an axis or a side. */
const AT_SETTLEMENT = gated(/(?<![\p{L}])(?:in|near|at|around|outside|for|of|within|across)\s+(?:the\s+)?(?:(?:city|town|village|outskirts|centre|center|streets|suburbs?|north|south|east|west|northern|southern|eastern|western|central)\s+(?:of\s+)?)*(?!(?:Russian|Ukrainian|Ukranian|Chechen|Azov|DPR|LPR|DNR|LNR|Kadyrov|Wagner|Ukraine|Russia|Belarus|Crimea|Donbas|Donbass)(?![\p{L}]))\p{Lu}[\p{L}'’ʼ-]+(?![\p{L}'’ʼ-])(?!\s+(?:[Oo]blast|[Rr]egion|[Dd]irection|[Aa]xis|[Pp]rovince|[Kk]rai|[Ss]teel|[Pp]lant|[Ff]actory)(?![\p{L}]))/u)

/**
 * Whether a caption's actorless fighting tells the state of a named settlement (`control`, 9): every
 * event word of the claim is a word of fighting, not followed by what names other things, and a
 * settlement-shaped name follows a preposition of place in the clause, or in the rest of the sentence
 * the clause joins with "and".
 */
export function isFightingAtSettlement(text: string, clause: Span, triggers: readonly Span[], sentence: Span = clause): boolean {
  if (triggers.length === 0) return false
  for (const t of triggers) {
    if (!FIGHTING.test(text.slice(t[0], t[1]))) return false
    // "a drone used in combat", "tested in battle": the fighting names a use, not a place's.
    if (USED_IN.test(text.slice(Math.max(clause[0], t[0] - 12), t[0]))) return false
    if (NOT_PLACE_FIGHTING.test(text.slice(t[1], Math.min(clause[1], t[1] + 16)))) return false
  }
  // ("Clashes and the taking of prisoners in X": the settlement closes the sentence the fighting opens.)
  return AT_SETTLEMENT.test(text.slice(clause[0], clause[1])) || (sentence[1] > clause[1] && /^\s*(?:and|,)\s/u.test(text.slice(clause[1], clause[1] + 6)) && AT_SETTLEMENT.test(text.slice(clause[1], sentence[1])))
}

// Convention 113: "a placed civilian toll takes 72's side like a strike". A caption's toll told with its
// attack and no side ("Civilian casualties after shelling in X", "Two people wounded in a strike on Y")
// was made by whoever struck there, which held-ground-strike-side.ts asks of the place. The dead shown
// with no attack told (bodies, a mass grave: when they were killed the caption cannot say) and soldiers
// (whose side is their enemy's, 105) are not asked.
const ATTACK_CAUSE = gated(/(?<![\p{L}])(?:shell(?:ing|ed|s)?|strikes?|struck|attacks?|attacked|explosions?|blasts?|bomb(?:ing|ed|s)?|missiles?|rockets?|artillery|airstrikes?|air\s+raids?|drones?|mortars?|cluster)(?![\p{L}])/iu)
const SOLDIERS = gated(/(?<![\p{L}])(?:soldiers?|troops|servicem[ae]n|military|fighters|forces|personnel|marines|paratroopers|crews?)(?![\p{L}])/iu)

/**
 * Whether a caption's casualties clause is a toll told with its attack, naming no side and no soldiers;
 * `afterStrike`: the caption told the strike just before ("Hospital damaged by strike. Injuries reported.", 21).
 */
export function isAttackToll(text: string, clause: Span, sides: readonly PhraseMatch<SideData>[], afterStrike = false): boolean {
  const words = text.slice(clause[0], clause[1])
  if ((!afterStrike && !ATTACK_CAUSE.test(words)) || SOLDIERS.test(words)) return false
  return !sides.some((m) => m.span[0] >= clause[0] && m.span[1] <= clause[1] && (m.data.side === 'RU' || m.data.side === 'UA'))
}
