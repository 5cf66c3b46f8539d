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
const spellings: string[] = []

// The vocabulary is an open-addressing hash table of word ids, hashed (FNV-1a) over the lower-cased
// text's code units as they are, so a word already known is found without cutting it out of the text
// (a Map keyed by a fresh substring per token cost a slice and a string hash per word: about a third
// of tokenizing).
let slots = new Int32Array(1 << 12).fill(-1)
let slotMask = slots.length - 1

function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193)
  return h >>> 0
}

function sameWord(word: string, s: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== s.charCodeAt(start + k)) return false
  return true
}

/** The id of `s.slice(start, end)` (lower case), numbering it when new; -1 once the vocabulary is full. */
function wordId(s: string, start: number, end: number): number {
  const h = hashRange(s, start, end)
  let at = h & slotMask
  for (;;) {
    const id = slots[at]!
    if (id < 0) break
    if (sameWord(spellings[id]!, s, start, end)) return id
    at = (at + 1) & slotMask
  }
  if (spellings.length >= VOCABULARY_LIMIT) return -1
  let word = s.slice(start, end)
  // A copy, not a slice: a slice of a long word would keep the whole document's text alive.
  if (word.length > 12) word = word.split('').join('')
  const id = spellings.length
  spellings.push(word)
  slots[at] = id
  // Kept at most half full, so probes stay short.
  if (spellings.length * 2 > slots.length) rehash()
  return id
}

function rehash(): void {
  slots = new Int32Array(slots.length * 2).fill(-1)
  slotMask = slots.length - 1
  for (let id = 0; id < spellings.length; id++) {
    const w = spellings[id]!
    let at = hashRange(w, 0, w.length) & slotMask
    while (slots[at]! >= 0) at = (at + 1) & slotMask
    slots[at] = id
  }
}

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
    // The vocabulary's copy of the word is kept, so repeated words share one string.
    let id: number
    let lower: string
    if (sameLength) {
      id = wordId(lowered, start, i)
      lower = id >= 0 ? spellings[id]! : lowered.slice(start, i)
    } else {
      const word = text.slice(start, i).toLowerCase()
      id = wordId(word, 0, word.length)
      lower = id >= 0 ? spellings[id]! : word
    }
    tokens.push({ start, end: i, lower, id })
  }
  recentTokens.set(text, tokens)
  return tokens
}
