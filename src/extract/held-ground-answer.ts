import type { Claim } from '../domain/index.js'

// Ground claimed taken told as still held or contested answers the capture claim just made, in
// Ukrainian and Russian: "Минобороны отчиталось об «освобождении» 74 сёл … 9 из них оставались в серой
// зоне", "однако часть из них по-прежнему контролируют ВСУ", "Частина з них досі перебуває в сірій
// зоні", "говорить об этом пока рано: противник удерживает несколько кварталов". The statement is a
// rebuttal of that capture (gold conventions 1 and 7: the answered claim's kind, actor and time), not
// a separate control claim of the holder's: the map is asked whether the claimed capture happened.

/** A part of the places just counted: "часть из них", "9 из них", "частина з них", "деякі з них". */
const PARTITIVE = /(?:^|[\s,;:—–(-])(?:часть|частина|частину|некоторые|некоторых|деякі|деяких|несколько|кілька|ряд|[\p{N}]+)\s+(?:из|з|із)\s+(?:них|этих|цих)(?![\p{L}])/iu
/** Too early to say it was taken: "пока рано", "говорить об этом рано", "зарано", "передчасно". */
const PREMATURE = /(?:^|[\s,;:—–(-])(?:(?:пока|ещё|еще|поки|поки що|ще)\s+)?(?:рано|зарано|передчасн\p{L}*|преждевремен\p{L}*)(?![\p{L}])/iu
/** The grey zone: contested ground, premature rather than false. */
const GREY_ZONE = /(?:сер(?:ой|ая|ую)|сір(?:ій|а|у|ої)) зон/iu

/** Ground told as held by neither side, in English: "still being contested", "fought over", "in the grey zone". */
const CONTESTED_EN = /(?<![\p{L}])(?:contested|disputed|fought over|gr[ae]y ?zone|no[- ]man['’]s[- ]land)(?![\p{L}])/iu

/**
 * A holding told as still lasting ("the village remains in Ukrainian hands", "still held the western
 * half", "село досі тримають Сили оборони", "по-прежнему удерживают ВСУ", "продовжують утримувати").
 * Tested on the holding's own words, only for a control claim that follows a capture by the other side.
 */
const STILL = /(?:^|[^\p{L}])(?:still|remains?|remained|continues? to|continued to|досі|дотепер|і далі|як і раніше|продовжу\p{L}*|залишає\p{L}*|залишал\p{L}*|залишил\p{L}*|по-прежнему|всё ещё|все ещё|все еще|вс[её] так же|продолжа\p{L}*|оста[её]тся|оставал\p{L}*)(?![\p{L}])/iu
/** A contrast opening the holding's clause after the capture in the same sentence: "…, but the village …", "…, проте …". */
const CONTRAST = /[,;—–]\s*(?:but|yet|though|although|while|however|але|проте|однак|втім|натомість|тоді як|но|однако|впрочем|тогда как|зато)(?![\p{L}])/iu

/**
 * The capture `claim` answers, as that capture's rebuttal; null when it answers none. `lead` is the
 * claim's sentence up to the end of the claim; `answered` the last capture claimed in this sentence
 * or the one before, `sameSentence` whether it is in this one. "Too early" answers only a capture of
 * an earlier sentence ("Минобороны отчиталось об освобождении X. Говорить об этом пока рано:
 * противник удерживает …"): where the capture is named in the same sentence ("Говорить об освобождении
 * X пока рано — окраину противник удерживает"), that clause is the premature claim and the holding a
 * control claim of its own.
 */
export function answerHeldGround(lead: string, claim: Claim, answered: Claim | undefined, sameSentence: boolean, held: HeldContext): Claim | null {
  if (claim.kind !== 'control' || !answered || answered.kind !== 'capture') return null
  // Only a capture told as having happened is answered: not a forecast or order ("поручил освободить"),
  // nor a capture that is itself a rebuttal or a "premature" call.
  if (answered.modality === 'expected' || answered.modality === 'denied' || answered.modality === 'premature') return null
  // The holder's speaker already answered this capture ("Ukraine's army dismissed the report, saying its
  // soldiers still held positions"): the holding is part of that answer, not a second one.
  if (held.answeredBySpeaker) return null
  const partitive = PARTITIVE.test(lead)
  const premature = !partitive && !sameSentence && PREMATURE.test(lead)
  // "Russia claimed Torske, but the village remains in Ukrainian hands"; "… захоплення Торського. Село
  // досі тримають Сили оборони": the other side still holding the place claimed (gold convention 19).
  const holding = !partitive && !premature && claim.actorSide !== null && answered.actorSide !== null && claim.actorSide !== answered.actorSide && claim.modality !== 'denied' && STILL.test(held.holding) && (!sameSentence || CONTRAST.test(held.between))
  // "Russia said its troops had taken X. Kyiv said the hamlet was still being contested": ground
  // claimed taken told by another speaker as fought over, with no holder, is that capture called
  // premature (gold convention 19: "premature when the ground is called contested or grey zone").
  const contested = !partitive && !premature && claim.actorSide === null && claim.speaker.name !== answered.speaker.name && (CONTESTED_EN.test(held.holding) || GREY_ZONE.test(held.holding)) && (!sameSentence || CONTRAST.test(held.between))
  if (!partitive && !premature && !holding && !contested) return null
  const modality: Claim['modality'] = premature || contested || GREY_ZONE.test(lead) ? 'premature' : 'denied'
  // "X claimed A, but B" with no speaker of B's own: the writer sets B against X's claim; X does not answer itself.
  const speaker = sameSentence && claim.speaker.name === answered.speaker.name ? held.outlet : claim.speaker
  return { ...claim, kind: 'capture', actorSide: answered.actorSide, time: answered.time, modality, speaker }
}

/** What `answerHeldGround` reads around a holding besides the claims. */
export interface HeldContext {
  /** The holding claim's own words. */
  readonly holding: string
  /** The text between the capture and the holding when both are in one sentence, else ''. */
  readonly between: string
  /** Whether the holding's speaker already denied or called premature a capture in this or the sentence before. */
  readonly answeredBySpeaker: boolean
  /** The outlet's voice, for a holding the writer sets against a claim in the claimant's own sentence. */
  readonly outlet: Claim['speaker']
}
