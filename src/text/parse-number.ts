// Numbers as war reporting writes them: "3,386", "3 386" (thin or no-break space), "1.3", "1,3"
// (Ukrainian/Russian decimal comma), "eight", "several dozen", "1.3 thousand", "1,3 тис.", "2 млн".

const EN_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'a hundred': 100, 'a thousand': 1000, 'half a dozen': 6,
  // "half a hundred" (50) and "a couple (of)" (2) in the Russian agencies' English (convention 94)
  'half a hundred': 50, 'a couple': 2,
}

const CYRILLIC_WORDS: Record<string, number> = {
  // Ukrainian
  один: 1, одна: 1, одне: 1, два: 2, дві: 2, три: 3, чотири: 4, "п'ять": 5, 'пʼять': 5, шість: 6, сім: 7, вісім: 8,
  "дев'ять": 9, 'девʼять': 9, десять: 10, "одинадцять": 11, "дванадцять": 12, "п'ятнадцять": 15, двадцять: 20,
  тридцять: 30, сорок: 40, "п'ятдесят": 50, сто: 100,
  // collective and genitive forms ("шістьох окупантів", "двоих", "трёх")
  двох: 2, трьох: 3, чотирьох: 4, "п'ятьох": 5, шістьох: 6, сімох: 7, вісьмох: 8, двоє: 2, троє: 3, четверо: 4,
  двоих: 2, троих: 3, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пятерых: 5, шестерых: 6, двое: 2, трое: 3,
  // collective numerals of five and up ("ще п'ятеро поранені", "ещё шестеро получили ранения")
  "п'ятеро": 5, шестеро: 6, семеро: 7, восьмеро: 8, "дев'ятеро": 9, десятеро: 10, пятеро: 5, девятеро: 9,
  четверых: 4, семерых: 7,
  // genitive forms after "протягом", "в течение", "из" ("протягом семи днів", "в течение пяти суток")
  двух: 2, "п'яти": 5, пяти: 5, шести: 6, семи: 7, восьми: 8, "дев'яти": 9, девяти: 9, десяти: 10,
  "п'ятнадцяти": 15, пятнадцати: 15, двадцяти: 20, тридцяти: 30, чотирнадцять: 14, четырнадцать: 14,
  // Russian
  одно: 1, две: 2, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, одиннадцать: 11,
  двенадцать: 12, пятнадцать: 15, двадцать: 20, тридцать: 30, пятьдесят: 50,
  // shared ordinals used in periods ("перші десять", "первые десять")
}

/** Multipliers written after a figure. */
const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
  тис: 1e3, 'тис.': 1e3, тисяч: 1e3, тисячі: 1e3, тисяча: 1e3, тыс: 1e3, 'тыс.': 1e3, тысяч: 1e3, тысячи: 1e3, тысяча: 1e3,
  млн: 1e6, 'млн.': 1e6, мільйонів: 1e6, мільйона: 1e6, мільйон: 1e6, миллионов: 1e6, миллиона: 1e6, миллион: 1e6,
  млрд: 1e9, 'млрд.': 1e9,
}

/** A number written in words ("eight", "twenty-five", "several dozen", "вісім"), or null. */
export function numberWordValue(words: string): number | null {
  const w = words.toLowerCase().replace(/[’ʼ]/g, "'").trim()
  if (w in EN_WORDS) return EN_WORDS[w] ?? null
  if (w in CYRILLIC_WORDS) return CYRILLIC_WORDS[w] ?? null
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(w)
  if (compound) return (EN_WORDS[compound[1]!] ?? 0) + (EN_WORDS[compound[2]!] ?? 0)
  // "two dozen Wagner fighters", "three dozen drones": dozens counted
  const dozens = /^(two|three|four|five|six|seven|eight|nine|ten)\s+dozen$/.exec(w)
  if (dozens) return (EN_WORDS[dozens[1]!] ?? 0) * 12
  return null
}

/** Source of a regex alternation matching the number words above (for use inside larger patterns). */
export const NUMBER_WORD_SOURCE = [
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)',
  '(?:two|three|four|five|six|seven|eight|nine|ten)\\s+dozen',
  'half a hundred', 'half a dozen', 'a dozen', 'a hundred', 'a thousand', 'a couple',
  ...Object.keys(EN_WORDS).filter((w) => !['a', 'an'].includes(w) && !w.includes(' ')),
  ...Object.keys(CYRILLIC_WORDS).map((w) => w.replace(/'/g, "['’ʼ]")),
]
  .sort((a, b) => b.length - a.length)
  .join('|')

/** The first word of every number word, lower case (to index the places a number word can start). */
export const NUMBER_WORD_STARTS: readonly string[] = [
  ...new Set(
    [...Object.keys(EN_WORDS), ...Object.keys(CYRILLIC_WORDS), 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
      .map((w) => w.split(' ')[0]!.toLowerCase())
      .flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '’'), w.replace(/'/g, 'ʼ')] : [w])),
  ),
]

/** Source of a regex for a written figure: digits with thousands groups and an optional decimal part. */
export const FIGURE_SOURCE = String.raw`\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`

/** Source of a regex for a scale word after a figure. */
export const SCALE_SOURCE = String.raw`(?:thousand|million|billion|mln|bn|тис\.?|тисяч[іа]?|тыс\.?|тысяч[иа]?|млн\.?|мільйон(?:ів|а)?|миллион(?:ов|а)?|млрд\.?)(?![\p{L}])`

/**
 * Parses a figure as written. `decimalComma` (Ukrainian/Russian text) reads "1,3" as 1.3; otherwise a
 * comma followed by three digits groups thousands ("3,386") and any other comma is a decimal comma.
 */
export function parseFigure(text: string, decimalComma: boolean): number | null {
  const t = text.replace(/[\u00a0\u202f\u2009 ]/g, ' ').trim()
  if (!/^\d/.test(t)) return null
  // Space-grouped thousands ("3 386") are unambiguous.
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(/ /g, '').replace(',', '.'))
  if (/^\d+$/.test(t)) return Number(t)
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t) && !(decimalComma && /^\d{1,3},\d{3}$/.test(t))) {
    return Number(t.replace(/,/g, ''))
  }
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'))
  if (/^\d+[.,]\d+$/.test(t)) return Number(t.replace(',', '.'))
  return null
}

export function scaleValue(word: string): number | null {
  return SCALES[word.toLowerCase()] ?? null
}
