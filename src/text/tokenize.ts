import { RecentAnswers } from './recent-answers.js'

/** A word of the text: letters and digits, apostrophes inside words kept ("Куп'янськ"). */
export interface Token {
  readonly start: number
  readonly end: number
  /** The word in lower case: the key of every word-level lookup. */
  readonly lower: string
  /**
   * The word's number in a vocabulary shared by every text this process reads (the same lower-case
   * word has the same id everywhere), so per-word answers can be kept in arrays; -1 once the
   * vocabulary is full (then look up by `lower`).
   */
  readonly id: number
}

/** Words numbered before the vocabulary stops growing (some 15 MB at most); later new words get -1. */
const VOCABULARY_LIMIT = 200_000
const vocabulary = new Map<string, number>()
const spellings: string[] = []

// Whether a UTF-16 code unit is a letter or digit (\p{L} or \p{N}), tabled for the scripts war
// reporting is written in (Latin, Greek, Cyrillic and their extensions, general punctuation);
// anything above is asked of the regex engine.
const TABLE_SIZE = 0x3000
const WORD_CHAR = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u
const wordTable = new Uint8Array(TABLE_SIZE)
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c)
  wordTable[c] = LETTER.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0
}

/** 2 for a letter, 1 for a digit (or other number), 0 otherwise, for the code point at `i`; its length in `width`. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < TABLE_SIZE) return wordTable[c]!
  if (c >= 0xd800 && c <= 0xdbff) {
    const ch = String.fromCodePoint(text.codePointAt(i)!)
    return LETTER.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0
  }
  const ch = text[i]!
  return LETTER.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 0
}

function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc
}

const recentTokens = new RecentAnswers<readonly Token[]>(4)

/**
 * The words of `text` (runs of letters and digits, joined across an apostrophe followed by letters),
 * in one pass over its characters. Ingest, the date finder and the lexicons read the same document,
 * so the last few answers are kept (tokens are never mutated).
 */
export function tokenize(text: string): readonly Token[] {
  const known = recentTokens.get(text)
  if (known) return known
  const tokens: Token[] = []
  // Lower-casing the whole text at once is cheaper than word by word; where it changes the length
  // ("İ" becomes two code units) words are lower-cased one by one instead.
  const lowered = text.toLowerCase()
  const sameLength = lowered.length === text.length
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < TABLE_SIZE ? wordTable[c] === 0 : classAt(text, i) === 0) {
      i += widthAt(text, i)
      continue
    }
    const start = i
    i += widthAt(text, i)
    for (;;) {
      if (i >= n) break
      const d = text.charCodeAt(i)
      if (d < TABLE_SIZE) {
        if (wordTable[d] === 0) break
        i++
      } else {
        if (classAt(text, i) === 0) break
        i += widthAt(text, i)
      }
    }
    // "Куп'янськ", "don't": an apostrophe followed by letters continues the word.
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && classAt(text, i + 1) === 2) {
      i += 1
      while (i < n && classAt(text, i) === 2) i += widthAt(text, i)
    }
    // The vocabulary's copy of the word is kept (the slice goes), so repeated words share one string.
    let lower = sameLength ? lowered.slice(start, i) : text.slice(start, i).toLowerCase()
    let id = vocabulary.get(lower)
    if (id !== undefined) lower = spellings[id]!
    else if (spellings.length < VOCABULARY_LIMIT) {
      id = spellings.length
      // A copy, not a slice: a slice of a long word would keep the whole document's text alive.
      if (lower.length > 12) lower = lower.split('').join('')
      vocabulary.set(lower, id)
      spellings.push(lower)
    } else id = -1
    tokens.push({ start, end: i, lower, id })
  }
  recentTokens.set(text, tokens)
  return tokens
}
