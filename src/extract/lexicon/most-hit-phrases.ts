/**
 * "Most hit" phrases (gold convention 31): a line after a summary of strikes that names where they fell
 * hardest ("Найбільше дісталося Сумщині", "найсильніше постраждала Одещина", "Больше всего пострадал
 * Шебекинский округ", "Kharkiv region bore the brunt"). One list, read in three places: the Ukrainian and
 * Russian lexicons' strike triggers (uk.ts, ru.ts), the rule that makes such a line a strike of the
 * summary before it (most-hit.ts), and the raid-night time that dates it to the night of the raid
 * (resolve-claim-time.ts). Words are separated by one space, as the lexicons write them;
 * `mostHitSource` widens each space to any whitespace for a plain regex.
 */
export const MOST_HIT_PHRASES = {
  en: String.raw`bore the brunt|took the brunt|(?:the )?(?:worst|hardest)[-\s]hit|(?:was|were) (?:the )?(?:worst|hardest|most heavily) hit|heaviest (?:damage|blow|blows|strikes)`,
  uk: String.raw`(?:найбільше|найсильніше|найдужче|найчастіше|найбільш) (?:[\p{L}'’ʼ-]+ )?(?:(?:за)?дісталося|діставалося|перепало|постражда(?:ла|ли|ло|в)|постраждал\p{L}*|потерпі(?:ла|ли|ло|в)|потерпіл\p{L}*)`,
  ru: String.raw`(?:больше|сильнее|сильней|чаще) всего (?:[\p{L}-]+ )?(?:досталось|доставалось|перепало|пострада(?:л|ла|ли|ло)|пострадал\p{L}*)|(?:наиболее|сильнее всех) (?:[\p{L}-]+ )?(?:пострада(?:л|ла|ли|ло)|пострадал\p{L}*)`,
} as const

/** The first words the phrases start with, lower case: the lexicons' `starts`. */
export const MOST_HIT_STARTS = {
  uk: ['найбільше', 'найсильніше', 'найдужче', 'найчастіше', 'найбільш'],
  ru: ['больше', 'сильнее', 'сильней', 'чаще', 'наиболее'],
} as const

/** Stems one of which every phrase holds: a cheap test before the phrases' regex runs. */
export const MOST_HIT_KEYS = /brunt|worst|hardest|heaviest|most|найбільш|найсильніш|найдужч|найчастіш|больше|сильнее|сильней|чаще|наиболее/iu

/** Every language's phrases as one regex source (no boundaries), any whitespace between words. */
export function mostHitSource(): string {
  return Object.values(MOST_HIT_PHRASES).map((p) => p.replaceAll(' ', String.raw`\s+`)).join('|')
}
