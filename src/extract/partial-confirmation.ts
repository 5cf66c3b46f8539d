import type { Claim } from '../domain/index.js'

/**
 * Judgement call 29: a verdict that confirms part of a claim ("only nine of them are confirmed on
 * DeepState's maps", "ISW could confirm four of the six", "Карти DeepState підтверджують лише дев'ять
 * із них", "Карты DeepState подтверждают … лишь девяти из них") is a claim of its own in the checker's
 * voice: the kind, actor and time of the claim it checks (told in the two sentences before), the
 * places the verdict itself names, `asserted`, and `basedOn` the map it checked against when the map
 * is its subject. The claim checked keeps its own modality.
 */
export function checkedPart<B extends { readonly claim: Claim; readonly sentenceIndex: number; readonly anchor: { readonly clause: readonly [number, number] } }>(text: string, built: readonly B[]): B[] {
  let out: B[] | null = null
  for (let i = 1; i < built.length; i++) {
    const b = built[i]!
    const clause = text.slice(b.anchor.clause[0], b.anchor.clause[1])
    // (A map that "shows" a part is its verdict too: "DeepState's maps show Russian control of only two of them".)
    if (!CONFIRM_KEYS.test(clause) || !(CONFIRMS.test(clause) || (MAP_SOURCE.test(clause) && SHOWS.test(clause))) || NOT_CONFIRMED.test(clause)) continue
    const part = PARTITIVE.exec(clause)
    if (!part || NO_PART.test(part[1]!)) continue
    const checked = checkedBefore(built, i)
    if (!checked) continue
    const map = MAP_SOURCE.exec(clause)
    const speaker = map && !b.claim.speaker.basedOn ? { ...b.claim.speaker, basedOn: map[1] ?? map[2] ?? null } : b.claim.speaker
    out ??= [...built]
    out[i] = { ...b, claim: { ...b.claim, kind: checked.kind, actorSide: checked.actorSide ?? b.claim.actorSide, time: checked.time, modality: 'asserted', speaker } }
  }
  return out ?? [...built]
}

/** The claim a partial verdict checks: the last one of the two sentences before that the map can show. */
function checkedBefore<B extends { readonly claim: Claim; readonly sentenceIndex: number }>(built: readonly B[], at: number): Claim | null {
  const si = built[at]!.sentenceIndex
  for (let j = at - 1; j >= 0; j--) {
    const b = built[j]!
    if (b.sentenceIndex < si - 2) return null
    if (b.sentenceIndex === si) continue
    if (CHECKABLE.has(b.claim.kind)) return b.claim
  }
  return null
}

const CHECKABLE: ReadonlySet<Claim['kind']> = new Set<Claim['kind']>(['capture', 'advance', 'control', 'withdrawal', 'encirclement', 'area-change'])
const CONFIRM_KEYS = /confirm|borne out|show|підтвердж|подтвержд|показу|показыва/iu
const SHOWS = /(?<![\p{L}])(?:show|shows|showed|shown|показують|показує|показывают|показывает)(?![\p{L}])/iu
const CONFIRMS = /(?<![\p{L}])(?:confirm\p{L}*|borne\s+out|підтвердж\p{L}*|подтвержд\p{L}*)(?![\p{L}])/iu
// "nine of them", "four of the six", "дев'ять із них", "девяти из них", "лише два з цих сіл".
const PARTITIVE = /(?<![\p{L}])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|[\p{L}'’]*(?:одн|дв|тр[иьё]|чотир|четыр|п['’ʼ]?ят|шіст|шест|сім|сем|вісім|восем|дев['’ʼ]?ят|десят|половин)[\p{L}'’]*)\s+(?:of\s+(?:them|those|these|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\p{L}]+teen|twenty))|(?:з|із)\s+(?:них|цих|тих|\d+)|из\s+(?:них|этих|тех|\d+))(?![\p{L}])/iu
// The map checked against as the verdict's subject: "DeepState's maps", "maps by DeepState", "Карти DeepState", "карты ISW".
const MAP_SOURCE = /(\p{Lu}[\p{L}]+(?:\s?Map)?)['’]s\s+maps?|(?:[Mm]aps?|[Кк]арт\p{L}*|[Мм]ап\p{L}*)\s+(?:of\s+|by\s+|from\s+)?(\p{Lu}[\p{L}]+)/u
// "could not confirm any of them", "не підтверджують жодного з них", "ни одного из них не подтверждают": no part is confirmed.
const NOT_CONFIRMED = /(?<![\p{L}])(?:not|n['’]t|never|не|ні|ни)\s+(?:[\p{L}'’]+\s+){0,4}?(?:confirm|show|підтвердж|подтвержд|показу|показыва)/iu
const NO_PART = /^(?:any|none|neither|either|each|all|both|жодн\p{L}*|жоден|ні|одного|ни|ниодного|всех|усіх|всіх|кожн\p{L}*|каждого)$/iu
