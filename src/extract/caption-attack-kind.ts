import type { ClaimKind, Span } from '../domain/index.js'
import { gated } from '../text/index.js'

// Round 22 (a random sample of the CIR/Bellingcat dev pool, 80 rows; the class: 3 of them, 79 rows of the
// pool say "attack"): in a war monitor's caption "attack" names what the footage shows, far more often a
// strike than a ground assault: "Ukrainian artillery attacking a Russian position", "Rocket attack on the
// brewery", "Aftermath of a Russian attack in X", "Oil refinery attack in X", "Drone footage of an attack
// on two Russian tanks". The lexicon reads "attack" as a ground assault unless drones or missiles are
// named (refineKind), which fits a bulletin's "attacked near X" but not a caption. In a caption (the
// monitor's feed, or a text that reads as its caption) an attack is:
//  - a strike when its weapon is fire (artillery, a rocket, a mortar, an ATGM, an aircraft, a helicopter:
//    "artillery attack", "attacking … with ATGM"), when it is seen in its aftermath ("aftermath of",
//    "after", "following", "during", "post" an attack), or when its target is a site or a building; on
//    positions it is a strike when a weapon of fire is named (convention 112: positions struck are a strike);
//  - equipment lost (`casualties`, 112 and 75) when its target is military equipment ("attack on a
//    Russian BUK", "attacking a BMP-2");
//  - a ground assault still when troops attack with neither (“Russian troops attack Ukrainian positions”
//    keeps the bulletin's reading; only a weapon of fire makes positions a strike's).

/** The weapons of fire that make an attack a strike ("artillery attack", "ATGMs attack", "Su-25 attack"). */
const FIRE_WEAPON = String.raw`(?:artillery|artillerymen|gunners|rockets?|missiles?|mortars?|shell(?:s|ing)|ATGMs?|anti-tank|MLRS|Grads?|HIMARS|howitzers?|tanks?|drones?|UAVs?|UCAVs?|Bayraktars?|TB2|air|aircraft|airstrikes?|jets?|helicopters?|bombers?|bombs?|cluster|Su-\d+|Ka-\d+|Mi-\d+|Tochka|Iskander|Kalibr|Smerch|Uragan|Stugna(?:-P)?|Javelins?|NLAWs?|RPGs?)`
/** A weapon just before the attack word ("Ukrainian artillery attack", "Russian missile attacks", "ATGMs attack"). */
const WEAPON_BEFORE = gated(new RegExp(String.raw`(?<![\p{L}\p{N}])${FIRE_WEAPON}(?:\s+(?:fire|strike|strikes))?\s+(?:[\p{L}-]+\s+)?$`, 'iu'))
/** A weapon after the attack word, as its means ("attacking Ukrainian positions with ATGM", "attack by helicopters"). */
const WEAPON_AFTER = gated(new RegExp(String.raw`^[^.;]{0,60}?(?<![\p{L}])(?:with|by|using|from)\s+(?:an?\s+|the\s+|\p{N}+\s+)?(?:[\p{L}-]+\s+){0,2}?${FIRE_WEAPON}(?![\p{L}])`, 'iu'))
/** The attack seen in its aftermath: what the footage shows is the damage, the strike's. */
const AFTERMATH_BEFORE = gated(/(?<![\p{L}])(?:aftermath|consequences|result|after|following|during|post|amid|before|footage|cctv|video)\s+(?:of\s+)?(?:(?:an?|the|this|that)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}$/iu)
/** A site or a building as the attack's target (positions only with a weapon of fire, above), told after it ("attack on the oil depot", "attacking a Russian position"). */
const SITE = String.raw`(?:checkpoints?|roadblocks?|bases?|airbase|airfield|airport|barracks|depots?|warehouses?|refinery|refineries|plant|factory|station|substation|bridge|dam|railway|rail|port|terminal|buildings?|houses?|homes?|apartments?|blocks?|school|hospital|ministry|headquarters|HQ|administration|office|market|centre|center|mall|brewery|zoo|stadium|church|civilians|residents|people)`
const SITE_AFTER = gated(new RegExp(String.raw`^\s*(?:on|against|at)?\s*(?:(?:an?|the|two|three|several|multiple)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?${SITE}(?![\p{L}])`, 'iu'))
/** A site told before a noun or passive attack ("Oil refinery attack in X", "Oil depot attacked by helicopters", "the plant in X under attack"). */
const SITE_BEFORE = gated(new RegExp(String.raw`(?<![\p{L}])${SITE}\s+(?:(?:[\p{L}'’-]+\s+){0,3}?(?:was|were|is|being|under)\s+)?$`, 'iu'))
/** Military equipment as the target: equipment lost (112). */
const EQUIPMENT = String.raw`(?:tanks?|T-\d+\p{L}*|BMPs?(?:-\d)?|BTRs?(?:-\d+)?|BMDs?(?:-\d)?|MT-LBs?|APCs?|IFVs?|AFVs?|BUK|SAM|Pantsir|Tor|howitzers?|MLRS|Grads?|(?:military\s+)?(?:vehicles?|trucks?)|convoy|column|helicopters?|jets?)`
const EQUIPMENT_AFTER = gated(new RegExp(String.raw`^\s*(?:on|against)?\s*(?:(?:an?|the|two|three|several|multiple|\p{N}+)\s+)?(?:(?:Russian|Ukrainian|Ukranian|enemy|separatist)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,1}?${EQUIPMENT}(?![\p{L}])`, 'iu'))
const ATTACK_WORD = /^attack(?:s|ed|ing)?$/iu

/** A caption attack's reading: its kind, and for equipment hit the side named on the equipment (its owner, who lost it). */
export interface CaptionAttack {
  readonly kind: ClaimKind
  readonly owner: 'RU' | 'UA' | null
}

/**
 * What a caption's attack word tells, given its clause: a `strike`, equipment lost (`casualties`, with
 * the equipment's owner when a side is named on it), or null to keep the reading as a ground assault.
 * Only for a caption's attack words (the caller checks the feed).
 */
export function captionAttackKind(text: string, clause: Span, trigger: Span): CaptionAttack | null {
  if (!ATTACK_WORD.test(text.slice(trigger[0], trigger[1]))) return null
  const before = text.slice(Math.max(clause[0], trigger[0] - 60), trigger[0])
  const after = text.slice(trigger[1], Math.min(clause[1], trigger[1] + 80))
  const equipment = EQUIPMENT_AFTER.exec(after)
  if (equipment) return { kind: 'casualties', owner: /Russian/iu.test(equipment[0]) ? 'RU' : /Ukrain|Ukranian/iu.test(equipment[0]) ? 'UA' : null }
  if (WEAPON_BEFORE.test(before) || WEAPON_AFTER.test(after) || AFTERMATH_BEFORE.test(before) || SITE_BEFORE.test(before) || SITE_AFTER.test(after)) return { kind: 'strike', owner: null }
  return null
}
