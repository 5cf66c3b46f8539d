import type { ClaimKind, Lang, Modality, Span } from '../domain/index.js'
import type { Stance } from './attribution/index.js'
import type { ModalityCue, PhraseMatch } from './lexicon/index.js'
import { isSlavicPerfectiveFuture } from './slavic-future.js'
import { wordCount } from './word-count.js'

// Modality precedence, strongest first: a denial outweighs everything, then a "premature", an
// explicit lack of verification, a future/plan, a hedge ("probably": unverified), hearsay ("reportedly",
// "claimed"), and otherwise the statement is asserted.
const RANK: Record<Modality, number> = { denied: 6, premature: 5, unverified: 4, expected: 3, reported: 1, asserted: 0 }

export interface ModalityInput {
  /** Cues inside the claim's clause(s) and in the frames that govern it. */
  readonly cues: readonly PhraseMatch<ModalityCue>[]
  /** Event-word spans of the claim: a negation right before one denies it. */
  readonly triggers: readonly Span[]
  readonly text: string
  /** The governing frame's stance ("claimed" → reported, "denied" → denied). */
  readonly stance: Stance | null
  /** A section heading's floor ("Unconfirmed claims:" → unverified). */
  readonly floor: Modality | null
  /** The claim's kind: an attempt ("tried to advance": assault) that failed still happened. */
  readonly kind?: ClaimKind
  /** The document's language: a Ukrainian or Russian event verb in the perfective future is a forecast. */
  readonly lang?: Lang
}

export function resolveModality(input: ModalityInput): Modality {
  let best: Modality = 'asserted'
  let hedge = false
  const raise = (m: Modality): void => {
    if (RANK[m] > RANK[best]) best = m
  }
  for (const c of input.cues) {
    switch (c.data) {
      case 'negation':
        // "не полишає спроб", "не прекращает атак", "never stopped attacking": a negated ceasing goes on.
        // A withdrawal told by such a verb ("have not abandoned Bakhmut", "не оставили город", "has not
        // given up the town") is the event itself, negated: a rebuttal, not a going-on.
        if (input.kind !== 'withdrawal' && CEASING_AFTER.test(input.text.slice(c.span[1], c.span[1] + 30))) break
        // "ВСУ безуспешно пытались контратаковать", "unsuccessfully attacked": the attack happened;
        // only its success is denied, and an assault claims no success.
        if (input.kind === 'assault' && FAILED_MANNER.test(input.text.slice(c.span[0], c.span[1]))) break
        // "не змогли прорватися", "так и не удалось закрепиться" read as an attack (extract-claims'
        // failed gain): the attack happened.
        if (input.kind === 'assault' && FAILED_TRY.test(input.text.slice(c.span[0], c.span[1] + 12))) break
        // "did not survive", "failed to survive the blast", "не вижив", "не выжила": a survival denied is a
        // death (a toll asserted).
        if (input.kind === 'casualties' && /^\s*(?:(?:to\s+)?survive|вижи|выжи)/u.test(input.text.slice(c.span[1], c.span[1] + 14))) break
        // "never made it back to their lines", "did not come back": troops that did not return are lost
        // (gold convention 57), a toll asserted.
        if (input.kind === 'casualties' && NOT_BACK_AFTER.test(input.text.slice(c.span[1], c.span[1] + 30))) break
        // "до посадки не доїхав жоден", "ни один не дошёл до позиций": none of an attack's men or vehicles
        // reaching the line is their loss (a toll asserted; the lexicon asks for a none-word and a position).
        if (input.kind === 'casualties' && (NONE_ARRIVED.test(input.text.slice(c.span[1], c.span[1] + 14)) || ARRIVED_BEFORE.test(input.text.slice(Math.max(0, c.span[0] - 24), c.span[0])))) break
        // "would not capture … before 2028", "не буде взято до зими": a forecast in the negative is a forecast.
        if (input.cues.some((e) => e.data === 'expected' && e.span[1] <= c.span[0] && c.span[0] - e.span[1] <= 1)) break
        if (input.triggers.some((t) => negates(input.text, c.span, t))) raise('denied')
        break
      case 'hedge':
        hedge = true
        break
      case 'suppress':
        break
      default:
        raise(c.data)
    }
  }
  if (hedge && RANK[best] < RANK.expected) raise('unverified')
  // "до конца месяца войска выйдут к окраинам", "окупанти оточать місто": an event verb in the
  // perfective future tells what will happen, whatever cue the sentence lacks (slavic-future.ts).
  // A word right after a preposition is a noun, never a finite verb ("об ударе", "при налете", "після
  // прильоту"): the event nouns of a misread language look like futures ("ударе" as Ukrainian "у-даре").
  if (input.lang !== undefined && input.lang !== 'en' && input.triggers.some((t) => !PREPOSITION_BEFORE.test(input.text.slice(Math.max(0, t[0] - 8), t[0])) && isSlavicPerfectiveFuture(firstWordOf(input.text, t), input.lang as 'uk' | 'ru'))) raise('expected')
  // Scare quotes on the event word ('Kupiansk had been "liberated"', «звільнили», «освобождение»):
  // the writer repeats a side's word without vouching for it.
  if (input.triggers.some((t) => inScareQuotes(input.text, t))) raise('reported')
  // "no offensive actions were recorded", "наступальних дій не зафіксовано": negated after the noun.
  if (input.triggers.some((t) => isNegatedAfter(input.text.slice(t[1], t[1] + 60)))) raise('denied')
  switch (input.stance) {
    case 'deny':
      raise('denied')
      break
    case 'premature':
      raise('premature')
      break
    // "поспешило объявить", "rushed to announce": the announcer's own claim, which the writer calls
    // premature; the fighting the sentence sets against it ("…, but fighting continues") is told as a claim.
    case 'hasty':
      raise(input.kind === 'control' ? 'reported' : 'premature')
      break
    case 'unverified':
      raise('unverified')
      break
    case 'claim':
      raise('reported')
      break
    case 'future':
      raise('expected')
      break
    default:
      break
  }
  if (input.floor) raise(input.floor)
  return best
}

const CEASING_AFTER = /^\s+(?:полиша\p{L}*|полишил\p{L}*|припиня\p{L}*|припини\p{L}*|відмовля\p{L}*|відмовил\p{L}*|облиша\p{L}*|кида\p{L}*|прекраща\p{L}*|прекрати\p{L}*|оставля\p{L}*|оставил\p{L}*|перестава\p{L}*|перестал\p{L}*|отказыва\p{L}*|отказал\p{L}*|вщуха\p{L}*|вщухл\p{L}*|вщух|ущуха\p{L}*|ущухл\p{L}*|стиха\p{L}*|стихл\p{L}*|стих|затиха\p{L}*|затихл\p{L}*|затих|утиха\p{L}*|утихл\p{L}*|вгаму\p{L}*|угомони\p{L}*|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|give up|gives up|gave up|giving up|abandon(?:s|ed|ing)?|let up|lets up|relent(?:s|ed|ing)?)(?![\p{L}])/iu

/**
 * Whether a cue of the sentence qualifies the claim of `clause`: a cue inside the clause, except one
 * that opens the next clause ("…, по неподтверждённой информации, передовые группы вышли …": the
 * hedge is about what follows it) or sits in an aside the event is not in ("Moscow holds 75 percent of
 * the region, which it claims to have annexed"); and a "too early" said of a "talk of" clause
 * ("Говорить об освобождении X, о котором сообщило Минобороны, пока рано").
 */
export function cueQualifies(text: string, cue: PhraseMatch<ModalityCue>, clause: Span, trigger: Span, clauses: readonly Span[], asides: readonly Span[]): boolean {
  const inside = cue.span[0] >= clause[0] && cue.span[1] <= clause[1]
  // "rebuffed four assaults", "beat back the attack": a verb of rejecting that is the event's own
  // word (a frame read it as the repulse) rejects the attack, not a statement.
  if (cue.data === 'denied' && cue.span[0] >= trigger[0] && cue.span[1] <= trigger[1]) return false
  if (inside) {
    if (asides.some((a) => cue.span[0] >= a[0] && cue.span[1] <= a[1] && !(trigger[0] >= a[0] && trigger[1] <= a[1]))) return false
    // "Moscow holds 75 percent of the region, which it claims to have annexed": the cue is in a relative
    // clause after the event word, about something else.
    if (cue.span[0] > trigger[1] && RELATIVE_BETWEEN.test(text.slice(trigger[1], cue.span[0]))) return false
    // "pulled two platoons back so they would not be cut off", "відійшли, щоб не потрапити в оточення":
    // a modal in a purpose clause after the event word is the purpose's, not the event's (class:
    // purpose, fear and avoidance clauses).
    if (cue.span[0] > trigger[1] && (cue.data === 'expected' || cue.data === 'hedge') && PURPOSE_BETWEEN.test(text.slice(trigger[1], cue.span[0]))) return false
    return !clauses.some((c) => c[0] > cue.span[1] && c[0] <= clause[1] + 3 && opensClause(text, cue, c))
  }
  if (opensClause(text, cue, clause)) return true
  return cue.data === 'premature' && TALK_OF.test(text.slice(clause[0], clause[1])) && cue.span[0] >= clause[1] && !/[.!?]/u.test(text.slice(clause[1], cue.span[0]))
}

/** A hedge in its own comma-delimited words right before the clause ("…, по неподтверждённой информации, X"). */
function opensClause(text: string, cue: PhraseMatch<ModalityCue>, clause: Span): boolean {
  if (cue.data !== 'unverified' && cue.data !== 'reported' && cue.data !== 'hedge') return false
  if (cue.span[1] > clause[0]) return false
  if (!/^(?:\s*[\p{L}-]+){0,2}\s*[,:—–]\s*$/u.test(text.slice(cue.span[1], clause[0]))) return false
  const before = text.slice(Math.max(0, cue.span[0] - 40), cue.span[0])
  return /[,;:—–]\s*(?:[\p{L}-]+\s+){0,2}$/u.test(before)
}

const RELATIVE_BETWEEN = /,\s+(?:which|who|whom|whose|where|що|який|яка|яке|які|якого|де|который|которая|которое|которые|которого|где)\s/iu

// A purpose conjunction between the event word and a later modal: "so (that)", "in order that", "lest", "щоб", "аби", "чтобы", "дабы".
const PURPOSE_BETWEEN = /(?<![\p{L}])(?:so|so that|in order that|in order to|lest|щоб|щоби|аби|чтобы|чтоб|дабы)\s/iu

const TALK_OF = /^\s*(?:говорить|говорити|казати|стверджувати|утверждать|заявлять|talk(?:ing)?\s+(?:of|about)|speak(?:ing)?\s+(?:of|about)|claims?\s+(?:of|about))(?![\p{L}])/iu

const NEGATED_AFTER = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:were|was|have been|has been) not (?:recorded|observed|reported|detected|registered|seen)|не (?:зафіксовано|зафіксували|відмічено|виявлено|спостерігалося|велося|зафиксировано|отмечено|выявлено|наблюдалось|велось|було|было|відбулося|відбувалося|произошло|происходило|велися|велись)(?![\p{L}])|(?:немає|нема|нет)(?![\p{L}]))/iu

// Every match of NEGATED_AFTER holds "not ", "не " or an existential "немає"/"нема"/"нет" (its only
// negations); most windows have none, and this one scan answers them without the pattern's word-by-word tries.
const NEGATION_WORD = /not |не |нема|нет/iu

/** The unoptimized forms, for tests that compare them with the ones used. */
export const MODALITY_REFERENCE = { NEGATED_AFTER, WORD_CHAR: /[\p{L}\p{N}'’ʼ-]/u } as const

/** `NEGATED_AFTER.test(after)`, skipped where it cannot match. */
export function isNegatedAfter(after: string): boolean {
  return NEGATION_WORD.test(after) && NEGATED_AFTER.test(after)
}

const FAILED_TRY = /^(?:не\s+(?:зміг|змогл\p{L}*|вдал[оа]ся|вдалось|смог\p{L}*|удал[оа]сь)|так і не|так и не)(?![\p{L}])/u
/** A verb of reaching right after the negation: "не доїхав", "не дошёл" (see the lexicons' round-15 rules). */
const NOT_BACK_AFTER = /^\s+(?:(?:ever|even)\s+)?(?:(?:came|come|made it|make it|walked|walk|crawled|crawl|got|get|limped|went|go|ran|run)\s+back|returned|return)(?![\p{L}])/u
const NONE_ARRIVED = /^\s*(?:доїха|дійш|дібра|дістал|добіг|доповз|доеха|дош[её]л|дошл|добрал|добежа|дополз)/u
/** The same verb just before "ни один", "ні один" ("не дошёл ни один"), whose "ни" is a negation cue of its own. */
const ARRIVED_BEFORE = /не\s+(?:доїха|дійш|дібра|дістал|добіг|доповз|доеха|дош[её]л|дошл|добрал|добежа|дополз)\p{L}*\s+$/u

const FAILED_MANNER = /^(?:unsuccessfully|in vain|vainly|fail(?:ed|s)? to|безуспішно|безуспешно|марно|тщетно|безрезультатно)$/iu

/** "unsuccessfully", "безуспешно", "марно": the event was tried and failed, not denied to have been tried. */
export function isFailedManner(word: string): boolean {
  return FAILED_MANNER.test(word)
}

const OPENING = new Set(['"', '“', '«', '„', '‘', "'"])
const CLOSING = new Set(['"', '”', '»', '“', '’', "'"])

/**
 * Whether the event word stands in a short quotation of its own (at most two words, the word
 * inside it) within a sentence: 'had been "liberated."', «звільнили», not a quoted statement.
 */
export function inScareQuotes(text: string, trigger: Span): boolean {
  let open = trigger[0] - 1
  // Up to one word before the event word inside the quotes ("«полностью освобождён»").
  for (let words = 0; open >= 0 && !OPENING.has(text[open]!); open--) {
    const c = text[open]!
    if (c === ' ') {
      if (++words > 2) return false
    } else if (!isWordChar(c)) return false
  }
  if (open < 0) return false
  // An opening mark after a space (not an apostrophe inside a word), inside a sentence: a quote
  // opening a sentence or after a colon is a quotation ('"We liberated it," he said'), not a word held at arm's length.
  if (open < 2 || !/\s/u.test(text[open - 1]!) || !/[\p{L}\p{N}]/u.test(text[open - 2]!)) return false
  let close = trigger[1]
  for (let words = 0; close < text.length && !CLOSING.has(text[close]!); close++) {
    const c = text[close]!
    if (c === ' ') {
      if (++words > 2) return false
    } else if (!isWordChar(c) && c !== '.' && c !== ',' && c !== '!' && c !== '?') return false
  }
  if (close >= text.length) return false
  // A closing mark ends a word: no letter right after it ("Kyiv’s" is an apostrophe).
  if (/\p{L}/u.test(text[close + 1] ?? '')) return false
  const inside = text.slice(open + 1, close)
  return inside.trim().split(/\s+/).length <= 2
}

const WORD_CHAR = /[\p{L}\p{N}'’ʼ-]/u

/** `/[\p{L}\p{N}'’ʼ-]/u.test(c)` for one character, without the regex for ASCII (most of the walk). */
function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0)
  if (k < 0x80) return (k >= 0x61 && k <= 0x7a) || (k >= 0x41 && k <= 0x5a) || (k >= 0x30 && k <= 0x39) || k === 0x27 || k === 0x2d
  // (U+0400-U+0481, the Cyrillic block up to its first sign and combining marks, is all letters.)
  if (k >= 0x400 && k <= 0x481) return true
  return WORD_CHAR.test(c)
}

/** A negation within three words before an event word ("did not make advances", "не захоплене"). */
export function negates(text: string, cue: Span, trigger: Span): boolean {
  if (cue[1] > trigger[0]) return cue[0] >= trigger[0] && cue[1] <= trigger[1]
  const between = text.slice(cue[1], trigger[0])
  if (/[,.;:!?]/.test(between)) return false
  return wordCount(between) <= 3
}

/** The first word of text[span). */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:о|об|обо|при|по|на|в|во|у|з|зі|із|с|со|від|от|після|после|до|для|через|про|під|под|над|за|між|между)\s+$/iu

function firstWordOf(text: string, span: Span): string {
  const m = /^[\p{L}'’ʼ-]+/u.exec(text.slice(span[0], Math.min(span[1], span[0] + 40)))
  return m ? m[0] : ''
}
