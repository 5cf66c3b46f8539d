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

/**
 * The capture `claim` answers, as that capture's rebuttal; null when it answers none. `lead` is the
 * claim's sentence up to the end of the claim; `answered` the last capture claimed in this sentence
 * or the one before, `sameSentence` whether it is in this one. "Too early" answers only a capture of
 * an earlier sentence ("Минобороны отчиталось об освобождении X. Говорить об этом пока рано:
 * противник удерживает …"): where the capture is named in the same sentence ("Говорить об освобождении
 * X пока рано — окраину противник удерживает"), that clause is the premature claim and the holding a
 * control claim of its own.
 */
export function answerHeldGround(lead: string, claim: Claim, answered: Claim | undefined, sameSentence: boolean): Claim | null {
  if (claim.kind !== 'control' || !answered || answered.kind !== 'capture') return null
  const partitive = PARTITIVE.test(lead)
  const premature = !partitive && !sameSentence && PREMATURE.test(lead)
  if (!partitive && !premature) return null
  const modality: Claim['modality'] = premature || GREY_ZONE.test(lead) ? 'premature' : 'denied'
  return { ...claim, kind: 'capture', actorSide: answered.actorSide, time: answered.time, modality }
}
