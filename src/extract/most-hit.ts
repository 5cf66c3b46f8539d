import type { Claim } from '../domain/index.js'
import { MOST_HIT_KEYS, mostHitSource } from './lexicon/most-hit-phrases.js'

/**
 * Judgement call 31: a "most hit" line after a summary of strikes ("Kharkiv and Sumy regions bore the
 * brunt", "The worst hit was the Odesa region", "Найбільше постраждала Шосткинська громада",
 * "Найсильніше дісталося Сумам", "Больше всего пострадал Шебекинский округ") is a `strike` claim of the
 * summary's actor and time, with the areas it names as places (the place linker gives those), and of
 * the summary's speaker when it names none of its own. It says where the strikes were heaviest, not a
 * toll or an attack of its own.
 */
export function mostHitAsStrikes<B extends { readonly claim: Claim; readonly sentenceIndex: number; readonly anchor: { readonly clause: readonly [number, number] } }>(text: string, built: readonly B[], outletName: string | null): B[] {
  let out: B[] | null = null
  for (let i = 1; i < built.length; i++) {
    const b = built[i]!
    const clause = text.slice(b.anchor.clause[0], b.anchor.clause[1])
    if (!MOST_HIT_KEYS.test(clause) || !MOST_HIT.test(clause)) continue
    // (A toll with its figures stays a toll: "In Kharkiv, the worst-hit city, three people were killed".)
    if (b.claim.kind === 'casualties' && b.claim.quantity) continue
    const summary = strikeBefore(built, i)
    if (!summary) continue
    const own = b.claim
    const speaker = own.speaker.name === outletName && summary.speaker.name !== outletName ? summary.speaker : own.speaker
    const time = own.time.basis === 'publication' ? summary.time : own.time
    out ??= [...built]
    out[i] = { ...b, claim: { ...own, kind: 'strike', actorSide: summary.actorSide ?? own.actorSide, time, speaker, quantity: own.kind === 'strike' ? own.quantity : null } }
  }
  return out ?? [...built]
}

/** The strike the line sums up: the last strike claim of the three sentences before (or its own sentence). */
function strikeBefore<B extends { readonly claim: Claim; readonly sentenceIndex: number }>(built: readonly B[], at: number): Claim | null {
  const si = built[at]!.sentenceIndex
  for (let j = at - 1; j >= 0; j--) {
    const b = built[j]!
    if (b.sentenceIndex < si - 3) return null
    if (b.claim.kind === 'strike') return b.claim
  }
  return null
}

/** The phrases of every language (lexicon/most-hit-phrases.ts), whole words. */
const MOST_HIT = new RegExp(String.raw`(?<![\p{L}])(?:${mostHitSource()})(?![\p{L}])`, 'iu')
