import type { Side, Span } from '../domain/index.js'

/**
 * "Shelling of Russian troops", "artillery fire from a Ukrainian brigade hit Russian forces in X": fire a
 * caption tells landing on one side's troops is that side's loss (conventions 112, 126), inflicted by the
 * other: the side whose troops were hit, or null. Positions, equipment and places hit stay strikes; troops
 * with no side named ("enemy troops") give none.
 */
export function captionTroopsHitOwner(text: string, trigger: Span, clause: Span): Side | null {
  const m = TROOPS_HIT.exec(text.slice(trigger[0], clause[1]))
  if (!m) return null
  return /^russian/i.test(m[1]!) ? 'RU' : 'UA'
}

// ("Positions of the Russian forces" hit are positions: "of" after a thing of theirs names its holder.)
// (Round 23: "attack on Russian units", "artillery fire destroying Russian vehicles near X": units are troops,
// and a side's vehicles, tanks or armour hit are its equipment lost, 112; "Russian vehicle positions" stay positions.)
const TROOPS_HIT = /(?<![\p{L}])(?:(?<!(?:positions?|vehicles?|equipment|bases?|depots?|columns?|convoys?|trenches|lines?|headquarters|locations?)\s+)of|on|at|against|hit|hits|hitting|struck|strikes|striking|targeting|targeted|targets|pounding|pounded|pounds|destroying|destroys)\s+(?:the\s+)?(?:(?:alleged|reported|suspected)\s+)?(Russian|Ukrainian|Ukranian)\s+(?:(?:military|armou?red|armed)\s+)?(?:troops|forces|soldiers|infantry|infantrymen|servicemen|personnel|fighters|units|vehicles?|tanks?|armou?r|equipment)(?![\p{L}])(?!\s+(?:positions?|bases?|depots?|locations?|headquarters|camps?|barracks|facilit(?:y|ies))(?![\p{L}]))/iu
