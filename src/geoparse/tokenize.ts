// Splits text into words for the place matcher in one pass over the characters. A word is a run of
// Latin or Cyrillic letters (with apostrophes inside: Куп’янськ, Mar'inka); everything else separates
// words. Each word records whether the next word follows directly (one space or one hyphen between:
// names can span that, "Velyka Novosilka", "Kamianka-Dniprovska") and whether it starts a sentence.
// Words are kept as parallel typed arrays, not objects: most words of a text are never looked at.
// Each word also gets its number in a vocabulary (vocabulary.ts), so the word's string is made once
// per distinct word, not once per occurrence.
import { HASH_SEED, Vocabulary, hashStep } from './vocabulary.js'

export const CAPITALISED = 1
export const JOINS_NEXT = 2
export const SENTENCE_START = 4

export interface Words {
  readonly text: string
  readonly start: Int32Array
  readonly end: Int32Array
  /** CAPITALISED | JOINS_NEXT | SENTENCE_START bits. */
  readonly flags: Uint8Array
  /** Sentence number of each word. */
  readonly sentence: Int32Array
  /** Each word's hash (vocabulary.ts) and, once asked for (`wordId`), its number in `vocabulary` (-1 before). */
  readonly hash: Int32Array
  readonly word: Int32Array
  readonly vocabulary: Vocabulary
}

function isLetterRange(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x400 && c <= 0x52f) ||
    (c >= 0x300 && c <= 0x36f) // combining marks (decomposed й, ё)
  )
}

function isUpperRange(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x400 && c <= 0x42f) || c === 0x490
}

// Every character the ranges above hold lies below U+0530, so one table read classifies a character
// (the tokenizer looks at every character of the text; the range tests were about a quarter of its time in a profile).
const CLASS_LIMIT = 0x530
const LETTER = 1
const UPPER = 2
const CHAR_CLASS = new Uint8Array(CLASS_LIMIT)
for (let c = 0; c < CLASS_LIMIT; c++) CHAR_CLASS[c] = (isLetterRange(c) ? LETTER : 0) | (isUpperRange(c) ? UPPER : 0)

function isLetterCode(c: number): boolean {
  return c < CLASS_LIMIT && (CHAR_CLASS[c]! & LETTER) !== 0
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x60
}

function isUpperCode(c: number): boolean {
  return c < CLASS_LIMIT && (CHAR_CLASS[c]! & UPPER) !== 0
}

// A name continues over exactly one space, no-break space or hyphen.
function isJoiner(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 45 || c === 0x2011
}

/**
 * The arrays a tokenisation writes into, kept by a caller that tokenises chunk after chunk: its Words
 * are views of them, valid until the next tokenisation into the same buffers.
 */
export class TokenBuffers {
  start = new Int32Array(0)
  end = new Int32Array(0)
  flags = new Uint8Array(0)
  sentence = new Int32Array(0)
  hash = new Int32Array(0)
  word = new Int32Array(0)

  /** Makes every array hold at least `capacity` words. */
  reserve(capacity: number): void {
    if (this.start.length >= capacity) return
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
    this.flags = new Uint8Array(capacity)
    this.sentence = new Int32Array(capacity)
    this.hash = new Int32Array(capacity)
    this.word = new Int32Array(capacity)
  }
}

/**
 * Tokenises `text[from, to)`; offsets are into `text`. Sentence numbers start at `firstSentence`.
 * With `buffers` the words are written into them (no arrays made; the matcher tokenises a long text
 * chunk by chunk, and fresh arrays for each 64k chunk were some 8 MB per megabyte of text of zeroed
 * memory outside the heap, which V8 counts towards its next full collection).
 */
export function tokenize(text: string, from = 0, to = text.length, firstSentence = 0, vocabulary = new Vocabulary(), buffers = new TokenBuffers()): Words {
  // Words are separated by at least one character, so there are at most half the characters (rounded
  // up); the arrays are typed and hold that many, then are cut to the words found.
  buffers.reserve(Math.max(0, to - from + 1) >> 1)
  const { start, end, flags, sentence, hash } = buffers
  let n = 0
  let i = from
  let s = firstSentence
  let atSentenceStart = true
  while (i < to) {
    const c = text.charCodeAt(i)
    if (!isLetterCode(c)) {
      // . ! ? … and line breaks end sentences (a dot after an initial or "obl." also counts: it only
      // makes the next word sentence-initial, which matters for common words).
      if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) atSentenceStart = true
      // A comma right after a dot: the dot cut a word short ("Балаган., Олександропіль"), no sentence ends.
      else if (c === 44 && i > 0 && text.charCodeAt(i - 1) === 46) atSentenceStart = false
      i++
      continue
    }
    const b = i
    let h = hashStep(HASH_SEED, c)
    i++
    while (i < to) {
      const d = text.charCodeAt(i)
      if (isLetterCode(d)) {
        h = hashStep(h, d)
        i++
      } else if (isApostrophe(d) && i + 1 < to && isLetterCode(text.charCodeAt(i + 1))) {
        h = hashStep(hashStep(h, d), text.charCodeAt(i + 1))
        i += 2
      } else break
    }
    if (n > 0) {
      if (atSentenceStart) s++
      const prevEnd = end[n - 1]!
      if (b - prevEnd === 1 && isJoiner(text.charCodeAt(prevEnd))) flags[n - 1]! |= JOINS_NEXT
    }
    start[n] = b
    end[n] = i
    flags[n] = (isUpperCode(c) ? CAPITALISED : 0) | (atSentenceStart ? SENTENCE_START : 0)
    sentence[n] = s
    hash[n] = h
    n++
    atSentenceStart = false
  }
  return {
    text,
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    flags: flags.subarray(0, n),
    sentence: sentence.subarray(0, n),
    hash: hash.subarray(0, n),
    word: buffers.word.subarray(0, n).fill(-1),
    vocabulary,
  }
}

/** Word i's number in the vocabulary (numbered when first asked for: most words never are). */
export function wordId(w: Words, i: number): number {
  let id = w.word[i]!
  if (id < 0) w.word[i] = id = w.vocabulary.idOf(w.text, w.start[i]!, w.end[i]!, w.hash[i]!)
  return id
}

/** The word's text (the vocabulary's string: the same object for every occurrence). */
export function wordText(w: Words, i: number): string {
  return w.vocabulary.words[wordId(w, i)]!
}

/** The word in lower case. */
export function wordLower(w: Words, i: number): string {
  return w.vocabulary.lower(wordId(w, i))
}

/** The characters between word i-1 and word i (or from the chunk start), trimmed. */
export function gapBefore(w: Words, i: number): string {
  const from = i > 0 ? w.end[i - 1]! : Math.max(0, w.start[i]! - 8)
  return w.text.slice(from, w.start[i]!).trim()
}
