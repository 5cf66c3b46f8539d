import type { Span } from '../domain/index.js'

/**
 * Judgement call 32: a forecast that an event will not happen is no claim ("does not expect the town
 * to be stormed before spring", "doesn't anticipate an offensive on Kherson", "sees no sign that
 * Russia will attack Sumy", "не очікує штурму міста найближчим часом", "наступу на Запоріжжя не
 * очікують", "наступления на город не ожидает", "не прогнозирует штурма"). There is no event for the
 * map to confirm or contradict. Only the clause's own frame counts: the negated expectation stands
 * before the event word in its sentence (English, and Ukrainian and Russian with the verb first), or
 * right after the event noun (Ukrainian and Russian with the object first).
 */
export function isNegativeForecast(text: string, sentenceStart: number, trigger: Span): boolean {
  const before = text.slice(Math.max(sentenceStart, trigger[0] - 90), trigger[0])
  if (NEGATIVE_KEYS.test(before) && NEGATED_BEFORE.test(before)) return true
  const after = text.slice(trigger[1], trigger[1] + 45)
  return NEGATIVE_KEYS.test(after) && NEGATED_AFTER.test(after)
}

const NEGATIVE_KEYS = /not|n['’]t|no\s|не\s|ні\s/iu
// "X does not expect / doesn't anticipate / no longer expects / sees no sign (that) … [event]": the
// expectation's object may run on for a few words before the event word ("the town to be").
const NEGATED_BEFORE = /(?:(?:does|do|did)\s+not|(?:does|do|did)n['’]t|no\s+longer|never)\s+(?:expect|anticipate|foresee|predict|envisage)\p{L}*\s+(?:(?:that\s+)?[\p{L}'’-]+\s+){0,6}?(?:to\s+(?:be\s+)?|will\s+(?:be\s+)?|would\s+(?:be\s+)?|an?\s+|any\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$|(?:sees?|saw)\s+no\s+(?:sign|signs|indication|threat)\s+(?:that\s+|of\s+)?(?:[\p{L}'’-]+\s+){0,6}$|(?<![\p{L}])(?:не|ні)\s+(?:очіку\p{L}*|чека\p{L}*|прогнозу\p{L}*|передбача\p{L}*|ожида\p{L}*|жд[её]\p{L}*|прогнозиру\p{L}*|предвид\p{L}*|бачить\s+загрози|видит\s+угрозы)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu
// "… наступу на місто не очікує", "штурма Запорожья в ближайшее время не ожидают".
const NEGATED_AFTER = /^(?:\s+[\p{L}'’«»-]+){0,5}\s+(?:не|ні)\s+(?:очіку\p{L}*|чека\p{L}*|прогнозу\p{L}*|ожида\p{L}*|прогнозиру\p{L}*|жд[её]\p{L}*)(?![\p{L}])/iu
