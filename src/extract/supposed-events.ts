import type { Lang, Span } from '../domain/index.js'

/**
 * Convention 54: a supposed event and what would follow from it are no claim ("Should Russian forces
 * sever the road, the garrison would face a choice between withdrawal and encirclement", "If Russia
 * takes Pokrovsk, it will push on to …", "Якщо ворог прорве оборону, то вийде до траси"); a forecast
 * that only carries a condition stays the forecaster's `expected` claim ("Should the autumn pace hold,
 * Russia would pocket another 720 sq km", "If the rains hold off, Russia will probably try to storm …").
 *
 * What decides is the condition, not the mood: a sentence opening on a condition (or on "… that" + a
 * condition) is a supposition when the condition tells a war event (an event word the lexicon knows, or
 * a town or road that falls, goes, is cut or reached) or when the consequence is forced ("we will have
 * to leave the town", as "доведеться"/"придётся" already are in the lexicons). A pace, trend or the
 * weather holding is never a supposed event. Returns the condition's span when the sentence's events
 * are supposed, else null.
 */
export function supposition(text: string, ss: number, se: number, lang: Lang, isEventAt: (span: Span) => boolean): Span | null {
  // Cheap gate: the opener must stand in the sentence's first 60 characters.
  const head = text.slice(ss, Math.min(se, ss + 60))
  const open = OPENER[lang].exec(head)
  if (!open) return null
  const condStart = ss + open.index + open[0].lastIndexOf(open[1]!)
  const rest = text.slice(condStart, se)
  const comma = CONDITION_END.exec(rest)
  if (!comma || comma.index === 0) return null
  const condition: Span = [condStart, condStart + comma.index]
  const conditionText = rest.slice(0, comma.index)
  if (TREND.test(conditionText)) return null
  if (FORCED[lang].test(rest.slice(comma.index))) return condition
  return CONDITION_EVENT[lang].test(conditionText) || isEventAt(condition) ? condition : null
}

// The condition's opener at the sentence's start, after a quote or "that"/"що"/"что". Group 1 is the opener.
const OPENER: Record<Lang, RegExp> = {
  en: /^[\s"“'‘«(—–-]*(?:(?:and|but)\s+|(?:[\p{L}'’.-]+\s+){1,5}?that\s+)?(if|unless|should|were|had|in case|in the event(?: that)?)\s/iu,
  uk: /^[\s"“'‘«(—–-]*(?:(?:але|і|та|а)\s+|(?:[\p{L}'’ʼ.-]+,?\s+){1,5}?що,?\s+)?(якщо|якби|коли б|коли би|у разі|в разі)(?![\p{L}])/iu,
  ru: /^[\s"“'‘«(—–-]*(?:(?:но|и|а)\s+|(?:[\p{L}.-]+,?\s+){1,5}?что,?\s+)?(если|в случае)(?![\p{L}])/iu,
}
// The end of the condition: a comma, a dash or "then"/"то".
const CONDITION_END = /,|\s[—–]\s|\s(?:then|то|тоді|тогда)\s/u

// A condition that is a trend, a pace or the weather holding: the forecast stays (convention 54).
const TREND = /(?<![\p{L}])(?:pace|rate|tempo|trend|momentum|speed|weather|rains?|mud|frosts?|nothing changes|current course|темп\p{L}*|тенденці\p{L}*|тенденци\p{L}*|швидкіст\p{L}*|скорост\p{L}*|погод\p{L}*|дощ\p{L}*|дожд\p{L}*|бездоріж\p{L}*|распутиц\p{L}*|нічого не зміниться|ничего не изменится)(?![\p{L}])/iu

// A war event the condition supposes in words the lexicon does not hold as events: "the road goes",
// "the town falls", "the road is cut", "sever the road", "reach the highway", "break through".
const CONDITION_EVENT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:falls?|fell|goes|went|(?:is|are|was|were|gets?|got) (?:lost|cut|severed|taken|overrun)|cut|cuts|severs?|severed|reach(?:es|ed)?|break(?:s)? through|broke through|push(?:es|ed)? through|take(?:s)?|took|seize[sd]?|capture[sd]?|enter(?:s|ed)?|cross(?:es|ed)?)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(?:впаде|впадуть|падіння|захоп\p{L}*|візьм\p{L}*|вийд\p{L}* (?:до|на)|вийшли б|прорв\p{L}*|переріж\p{L}*|перерізат\p{L}*|форсу\p{L}*|зайд\p{L}*)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:пад[её]т|падут|падени\p{L}*|захват\p{L}*|возьм\p{L}*|взят\p{L}*|выйд\p{L}* (?:к|на)|выйти (?:к|на)|прорв\p{L}*|перереж\p{L}*|перерезат\p{L}*|форсир\p{L}*|зайд\p{L}*)(?![\p{L}])/iu,
}

// A forced consequence: "will have to", "would be forced to", "доведеться", "будемо змушені", "придётся".
const FORCED: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:will|'ll|shall|would)\s+(?:have to|be forced to|need to|be obliged to)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(?:доведеться|прийдеться|будемо змушені|змушені будемо|буде змушений|будуть змушені)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:придётся|придется|будем вынуждены|вынуждены будем|будет вынужден|будут вынуждены)(?![\p{L}])/iu,
}
