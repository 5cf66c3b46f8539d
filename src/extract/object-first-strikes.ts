import type { Span } from '../domain/index.js'
import { opensWithFacility } from './strike-target-list.js'

// Round 20 (audit of VIINA 2024, seed 2003; the opened real-viina3): Ukrainian and Russian headlines put
// the struck facility first and the force after the verb ("Електропідстанцію у Севастополі атакувало
// ГУР", "Склад боєприпасів у Криму уразили дрони СБС", "Нефтебазу в Брянской области атаковали
// беспилотники ВСУ"). Read subject first, the force after the verb was the object: the attack became a
// ground assault on the force, or drones lost, and the side the force's opposite. A clause that opens
// with a facility before its verb and names a force or weapon right after it is told object first: the
// facility was struck, by that force.

/** Words between the verb and the force that struck: at most two ("атакували українські ударні дрони"). */
const AGENT_GAP = /^[\s,«»"]*(?:[\p{L}-]+\s+){0,2}$/u
/** The verbs of striking that take their object first in these headlines, any aspect and gender. */
const STRIKE_VERB = /^(?:атакува\p{L}*|атакова\p{L}*|ураз\p{L}*|враз\p{L}*|пораз\p{L}*|вдари\p{L}*|удари\p{L}*|знищ\p{L}*|уничтож\p{L}*|підпали\p{L}*|подожг\p{L}*|накри\p{L}*|накры\p{L}*)$/iu

/**
 * Whether a clause tells a strike object first: it opens with a facility (over up to three adjectives,
 * no comma, no more than eight words before the verb) and its event word is a verb of striking.
 */
export function isObjectFirstStrike(text: string, clause: Span, trigger: Span): boolean {
  const verb = /^[\p{L}-]+/u.exec(text.slice(trigger[0], trigger[1]))?.[0] ?? ''
  if (!STRIKE_VERB.test(verb)) return false
  const lead = text.slice(clause[0], trigger[0])
  if (lead.length > 90 || /[,;:—–]/u.test(lead) || lead.trim().split(/\s+/u).length > 8) return false
  return opensWithFacility(lead)
}

/** The `sides` that start within two words after `from`, in order (the force that struck, told after its verb: "бійці ССО"). */
export function agentsRightAfter<T extends { readonly span: Span }>(text: string, from: number, sides: readonly T[]): T[] {
  return sides.filter((m) => m.span[0] >= from && AGENT_GAP.test(text.slice(from, m.span[0])))
}
