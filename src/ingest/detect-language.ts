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
  const byScript: Lang = cyrillic > latin ? (uk >= ru ? 'uk' : 'ru') : 'en'
  // A declared tag is trusted unless the script contradicts it (an "en" page written in Cyrillic);
  // between Ukrainian and Russian the declaration beats letter counts, which mislead on short posts.
  if ((tag === 'uk' || tag === 'ru') && byScript !== 'en') return tag
  return byScript
}
