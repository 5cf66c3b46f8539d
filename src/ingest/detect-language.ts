import type { Lang } from '../domain/index.js'

// Letters only one of the two Cyrillic languages uses: Ukrainian і ї є ґ; Russian ы э ъ ё.
const UK_LETTERS = /[іїєґ]/iu
const RU_LETTERS = /[ыэъё]/iu
const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

// What each character counts towards, as bits: one pass over the text counts all four.
const IS_CYRILLIC = 1
const IS_LATIN = 2
const IS_UK = 4
const IS_RU = 8

function classify(ch: string): number {
  return (CYRILLIC.test(ch) ? IS_CYRILLIC : 0) | (LATIN.test(ch) ? IS_LATIN : 0) | (UK_LETTERS.test(ch) ? IS_UK : 0) | (RU_LETTERS.test(ch) ? IS_RU : 0)
}

// Tabled for the first 0x3000 code units (Latin, Greek, Cyrillic and their extensions, punctuation),
// where nearly all of a report's characters are; anything above is asked of the regexes.
const TABLE_SIZE = 0x3000
const table = new Uint8Array(TABLE_SIZE)
for (let c = 0; c < TABLE_SIZE; c++) table[c] = classify(String.fromCharCode(c))

/**
 * The document's language: a declared tag when it is one of ours, else by script (Cyrillic vs Latin
 * letters) and, for Cyrillic, by the letters only Ukrainian or only Russian uses.
 */
export function detectLanguage(text: string, declared: string | null): Lang {
  const tag = declared?.trim().toLowerCase().slice(0, 2)
  const n = Math.min(text.length, 20_000)
  let cyrillic = 0
  let latin = 0
  let uk = 0
  let ru = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    let bits: number
    if (c < TABLE_SIZE) bits = table[c]!
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bits = classify(String.fromCodePoint(text.codePointAt(i)!))
      i++
    } else bits = classify(text[i]!)
    if (bits === 0) continue
    if (bits & IS_CYRILLIC) cyrillic++
    if (bits & IS_LATIN) latin++
    if (bits & IS_UK) uk++
    if (bits & IS_RU) ru++
  }
  // With no letter of either language's own, or as many of each (a short Russian headline: "Россия
  // атаковала депо в Сумах"; "РФ атакувала порт та енергетику Одещини"), words and endings only one of
  // them uses decide; still tied, Ukrainian, as before.
  const cyrillicByLetters: Lang = uk > ru ? 'uk' : ru > uk ? 'ru' : byWords(text.slice(0, n))
  const byScript: Lang = cyrillic > latin ? cyrillicByLetters : 'en'
  // A declared tag is trusted unless the script contradicts it (an "en" page written in Cyrillic);
  // between Ukrainian and Russian the declaration beats letter counts, which mislead on short posts.
  if ((tag === 'uk' || tag === 'ru') && byScript !== 'en') return tag
  return byScript
}

// Round 19 (real uk/ru headlines with no і/ї/є/ґ and no ы/э/ъ/ё, which all read as Ukrainian): Russian's
// endings (-ая, -ое, -ие, -ии, -ой, the masculine past -ил), its -ова- past tenses and its function words
// ("и", "что", "около") against Ukrainian's
// -ува- verbs, -ння/-ться/-ють endings and its function words (та, що, або, від, під, із).
const RU_HINT = /(?:ая|яя|ое|ие|ии)(?![\p{L}])|(?<=\p{L}{3})(?:ой|ил)(?![\p{L}])|(?<![\p{L}])(?:и|что|как|или|где|его|после|против|также|около|возле|более|ночью|сегодня|года|году|был|была|были|она|они|об|со|во|от|при)(?![\p{L}])|(?<![\p{L}])\p{L}+ова(?:л|ла|ли|ло|на|ны|но)(?![\p{L}])/giu
const UK_HINT = /(?<![\p{L}])(?:та|що|як|або|щодо|від|під|зі|із|й|вже)(?![\p{L}])|ува(?:в|ла|ли|ло|ти|ння|нн\p{L}+)(?![\p{L}])|(?:ння|ться|ють|ує)(?![\p{L}])/giu

function byWords(text: string): Lang {
  const ru = text.match(RU_HINT)?.length ?? 0
  const uk = text.match(UK_HINT)?.length ?? 0
  return ru > uk ? 'ru' : 'uk'
}
