// Month and weekday names in English, Ukrainian and Russian, every case form a date takes in running
// text (Ukrainian and Russian inflect: "26 лютого" genitive, "у лютому" locative, "лютий" nominative).

/** English month names and abbreviations → month number. Matched case-sensitively (capitalised) so the
 * modal verb "may" and the verb "march" are never read as months. */
export const EN_MONTHS: ReadonlyMap<string, number> = new Map([
  ...pairs(1, ['January', 'Jan']),
  ...pairs(2, ['February', 'Feb']),
  ...pairs(3, ['March', 'Mar']),
  ...pairs(4, ['April', 'Apr']),
  ...pairs(5, ['May']),
  ...pairs(6, ['June', 'Jun']),
  ...pairs(7, ['July', 'Jul']),
  ...pairs(8, ['August', 'Aug']),
  ...pairs(9, ['September', 'Sept', 'Sep']),
  ...pairs(10, ['October', 'Oct']),
  ...pairs(11, ['November', 'Nov']),
  ...pairs(12, ['December', 'Dec']),
])

/** Ukrainian and Russian month forms (lower case; matching is case-insensitive) → month number. */
export const CYRILLIC_MONTHS: ReadonlyMap<string, number> = new Map([
  // Ukrainian: nominative, genitive, locative (and dative where it differs)
  ...pairs(1, ['січень', 'січня', 'січні']),
  ...pairs(2, ['лютий', 'лютого', 'лютому']),
  ...pairs(3, ['березень', 'березня', 'березні']),
  ...pairs(4, ['квітень', 'квітня', 'квітні']),
  ...pairs(5, ['травень', 'травня', 'травні']),
  ...pairs(6, ['червень', 'червня', 'червні']),
  ...pairs(7, ['липень', 'липня', 'липні']),
  ...pairs(8, ['серпень', 'серпня', 'серпні']),
  ...pairs(9, ['вересень', 'вересня', 'вересні']),
  ...pairs(10, ['жовтень', 'жовтня', 'жовтні']),
  ...pairs(11, ['листопад', 'листопада', 'листопаді']),
  ...pairs(12, ['грудень', 'грудня', 'грудні']),
  // Russian: nominative, genitive, prepositional
  ...pairs(1, ['январь', 'января', 'январе']),
  ...pairs(2, ['февраль', 'февраля', 'феврале']),
  ...pairs(3, ['март', 'марта', 'марте']),
  ...pairs(4, ['апрель', 'апреля', 'апреле']),
  ...pairs(5, ['май', 'мая', 'мае']),
  ...pairs(6, ['июнь', 'июня', 'июне']),
  ...pairs(7, ['июль', 'июля', 'июле']),
  ...pairs(8, ['август', 'августа', 'августе']),
  ...pairs(9, ['сентябрь', 'сентября', 'сентябре']),
  ...pairs(10, ['октябрь', 'октября', 'октябре']),
  ...pairs(11, ['ноябрь', 'ноября', 'ноябре']),
  ...pairs(12, ['декабрь', 'декабря', 'декабре']),
])

/** Weekday names → 0 (Sunday) … 6 (Saturday), in the forms they take after "on" / "у" / "в". */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...pairs(1, ['monday', 'понеділок', 'понеділка', 'понедельник', 'понедельника']),
  ...pairs(2, ['tuesday', 'вівторок', 'вівторка', 'вторник', 'вторника']),
  ...pairs(3, ['wednesday', 'середа', 'середу', 'середи', 'среда', 'среду', 'среды']),
  ...pairs(4, ['thursday', 'четвер', 'четверга', 'четверг']),
  ...pairs(5, ['friday', "п'ятниця", "п'ятницю", "п'ятниці", 'пʼятниця', 'пʼятницю', 'пʼятниці', 'пятница', 'пятницу', 'пятницы']),
  ...pairs(6, ['saturday', 'субота', 'суботу', 'суботи', 'суббота', 'субботу', 'субботы']),
  ...pairs(0, ['sunday', 'неділя', 'неділю', 'неділі', 'воскресенье', 'воскресенья']),
])

function pairs(value: number, names: readonly string[]): [string, number][] {
  return names.map((name) => [name, value])
}

/** Alternation source for a set of names, longest first so that a regex prefers "January" to "Jan". */
export function alternation(names: Iterable<string>): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’ʼ]"))
    .join('|')
}

/** Looks a matched month up (English case-sensitive; Cyrillic case-insensitive; a trailing dot dropped). */
export function monthNumber(name: string): number | null {
  const bare = name.replace(/\.$/, '')
  return EN_MONTHS.get(bare) ?? EN_MONTHS.get(capitalise(bare)) ?? CYRILLIC_MONTHS.get(bare.toLowerCase()) ?? null
}

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS.get(name.toLowerCase().replace(/[’ʼ]/g, "'")) ?? WEEKDAYS.get(name.toLowerCase().replace(/['’]/g, 'ʼ')) ?? null
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}
