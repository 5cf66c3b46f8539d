import type { Span } from '../domain/index.js'
import { fastWordBoundaries } from '../text/index.js'

/**
 * Convention 32: a forecast that an event will not happen ("does not expect the town to be stormed
 * before spring", "не очікує штурму міста найближчим часом", "наступления на город не ожидает") is no
 * claim. The modalities have no "expected not to", and there is no event for the map to check.
 *
 * The class, in the three languages: an expectation verb in the negative before the event, in the
 * present ("does not expect", "don't anticipate", "no one expects", "не очікують", "не ожидает", "не
 * прогнозують") or, inside reported speech, in the past ("said he did not expect", "заявив, що не
 * очікував"); a forecast adjective in the negative ("is not expected to", "is unlikely to", "are not
 * likely to"); a belief in the negative about what will happen ("does not believe Russia will take
 * …", "не вірить, що росіяни зможуть …"); and the same negation after the event noun ("a Russian
 * offensive is not expected before spring", "штурму найближчим часом не очікується", "наступления не
 * будет"). The negation must govern the event: no sentence mark, colon or "but" between them, and at
 * most twelve words ("does not expect the town, which has been shelled for weeks, to be stormed" is
 * still one). A past "did not expect the attack" in narrative tells an attack that happened by
 * surprise, so the past counts only after a statement verb of the same sentence.
 */
export function isNegativeForecast(text: string, sentenceStart: number, trigger: Span): boolean {
  const before = text.slice(Math.max(sentenceStart, trigger[0] - 160), trigger[0])
  const after = text.slice(trigger[1], Math.min(text.length, trigger[1] + 60))
  if (!NEGATION_KEY.test(before) && !NEGATION_KEY.test(after)) return false
  for (const pattern of BEFORE_EVENT) {
    for (const m of before.matchAll(pattern)) {
      const between = before.slice(m.index + m[0].length)
      if (BREAK.test(between) || wordsIn(between) > 12) continue
      if (m.groups?.past !== undefined && !STATEMENT_VERB.test(before.slice(0, m.index))) continue
      if (m.groups?.belief !== undefined && !FUTURE_WORD.test(between)) continue
      return true
    }
  }
  return AFTER_EVENT.test(after)
}

// Every match below holds one of these: most windows have none, and one scan answers them.
const NEGATION_KEY = fastWordBoundaries(/(?:not\b|n['’]t\b|\bno\b|nobody|unlikely|не\s|жоден|никто)/iu)

const BEFORE_EVENT: readonly RegExp[] = [
    // English: "does not expect", "do not, however, expect" (a parenthetical between), "don't anticipate", "no one predicts", "is not expected to", "is unlikely to".
    String.raw`(?<![\p{L}])(?:(?:do|does)(?:\s+not|n['’]t)(?:\s*,\s*\p{L}+(?:\s+\p{L}+)?\s*,)?\s+(?:\p{L}+ly\s+)?(?:expect|anticipate|foresee|predict)|(?<past>did(?:\s+not|n['’]t)\s+(?:\p{L}+ly\s+)?(?:expect|anticipate|foresee|predict))|(?:no\s?one|nobody)\s+(?:expects|anticipates|predicts|foresees)|(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?(?:expected|anticipated|likely|predicted)\s+to(?!\s+have)|(?:is|are)\s+(?:highly\s+|very\s+)?unlikely\s+to(?!\s+have)|(?<belief>(?:do|does)(?:\s+not|n['’]t)\s+(?:think|believe)))(?![\p{L}])`,
    // Ukrainian: "не очікує", "не чекаємо", "не прогнозують", "не передбачає"; past forms after a statement verb; "не вірить, що …".
    String.raw`(?<![\p{L}])(?:не\s+(?:очікує|очікують|очікуємо|очікую|чекає|чекають|чекаємо|чекаю|прогнозує|прогнозують|прогнозуємо|передбачає|передбачають)|(?<past>не\s+(?:очікував|очікувала|очікували|чекав|чекала|чекали|прогнозував|прогнозували))|(?<belief>не\s+(?:вірить|вірять|віримо|вважає|вважають|думає|думають)))(?![\p{L}])`,
    // Russian: "не ожидает", "не ждут", "не прогнозирует", "не предвидит"; past forms after a statement verb; "не верит, что …".
    String.raw`(?<![\p{L}])(?:не\s+(?:ожидает|ожидают|ожидаем|ожидаю|ждёт|ждет|ждут|ждём|ждем|жду|прогнозирует|прогнозируют|прогнозируем|предвидит|предвидят)|(?<past>не\s+(?:ожидал|ожидала|ожидали|ждал|ждали|прогнозировал|прогнозировали))|(?<belief>не\s+(?:верит|верят|верим|считает|считают|думает|думают)))(?![\p{L}])`,
].map((source) => new RegExp(source, 'giu'))

// The negation after the event noun: "an offensive is not expected", "штурму не очікується", "наступления не будет".
const AFTER_EVENT = /^(?:\s+[\p{L}\p{N}'’-]+){0,5}?\s+(?:(?:is|are|was|were)\s+not\s+(?:expected|anticipated|likely|predicted)|(?:is|are)\s+unlikely|не\s+(?:очікується|очікуються|прогнозується|передбачається|буде|будуть|ожидается|ожидаются|прогнозируется|предвидится|будет|будут))(?![\p{L}])/iu

// A break between the negated verb and the event: the event belongs to another statement.
const BREAK = /[.;:!?]|(?<![\p{L}])(?:but|although|though|yet|але|однак|проте|зате|но|однако|зато)(?![\p{L}])/iu

// A statement verb before a past expectation ("said he did not expect", "заявив, що не очікував").
const STATEMENT_VERB = /(?<![\p{L}])(?:said|says|told|added|stated|noted|заяв\p{L}*|сказа\p{L}*|зазнач\p{L}*|відзнач\p{L}*|додав\p{L}*|додала|повідоми\p{L}*|отметил\p{L}*|добавил\p{L}*|сообщил\p{L}*|according to|за словами|по словам)(?![\p{L}])/iu

// What a belief in the negative must say for it to be a forecast: a future or an ability ("will",
// "can", "зможуть", "буде", "сможет").
const FUTURE_WORD = /(?<![\p{L}])(?:will|would|can|could|is going to|are going to|be able to|буде|будуть|зможе|зможуть|здатн\p{L}*|будет|будут|сможет|смогут|способн\p{L}*)(?![\p{L}])/iu

function wordsIn(s: string): number {
  let n = 0
  for (const _ of s.matchAll(/[\p{L}\p{N}]+/gu)) n++
  return n
}
