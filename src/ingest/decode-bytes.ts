import type { Issue, Outcome } from '../domain/index.js'

export interface DecodedText {
  readonly text: string
  /** The encoding used (WHATWG label). */
  readonly encoding: string
}

/** Legacy encodings tried, in order, when the bytes are not UTF-8 and declare nothing usable. */
const CYRILLIC_CANDIDATES = ['windows-1251', 'koi8-u', 'iso-8859-5', 'ibm866'] as const

/**
 * Turns raw bytes into text: a byte-order mark wins, then valid UTF-8, then a charset the document
 * declares (HTML meta, XML prolog), then the legacy Cyrillic code page whose decoding reads most like
 * Ukrainian/Russian, then windows-1252. Binary data and text that no encoding fits become an error
 * issue naming the problem; the value is then null.
 */
export function decodeBytes(bytes: Uint8Array, origin: string, declared: string | null = null): Outcome<DecodedText | null> {
  const issues: Issue[] = []
  const fail = (code: string, message: string): Outcome<null> => ({
    value: null,
    issues: [{ code, severity: 'error', message: `${origin}: ${message}`, sourceId: origin }],
  })

  // Byte-order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), origin)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2))

  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const utf16 = guessUtf16(bytes)
    if (utf16) return decodeWith(utf16, bytes)
    return fail('binary', `looks like binary data, not text (a NUL byte at offset ${nul}); expected UTF-8 text, HTML, JSON, XML or a Telegram export`)
  }

  const asUtf8 = tryDecode('utf-8', bytes)
  if (asUtf8 !== null) return { value: { text: asUtf8, encoding: 'utf-8' }, issues }

  const declaredLabel = declared ?? sniffDeclaredCharset(bytes)
  if (declaredLabel && !/^utf-?8$/i.test(declaredLabel)) {
    const text = tryDecode(declaredLabel, bytes)
    if (text !== null && controlRatio(text) < 0.01) {
      return { value: { text, encoding: declaredLabel.toLowerCase() }, issues: [decodedAs(origin, declaredLabel, 'declared by the document')] }
    }
  }

  let best: { encoding: string; text: string; score: number } | null = null
  for (const encoding of CYRILLIC_CANDIDATES) {
    const text = tryDecode(encoding, bytes)
    if (text === null) continue
    const score = cyrillicScore(text)
    if (!best || score > best.score) best = { encoding, text, score }
  }
  if (best && best.score > 0.6) {
    return { value: { text: best.text, encoding: best.encoding }, issues: [decodedAs(origin, best.encoding, 'not valid UTF-8; guessed from letter patterns')] }
  }
  const latin = tryDecode('windows-1252', bytes)
  if (latin !== null && controlRatio(latin) < 0.01 && latinScore(latin) > 0.5) {
    return { value: { text: latin, encoding: 'windows-1252' }, issues: [decodedAs(origin, 'windows-1252', 'not valid UTF-8; guessed from letter patterns')] }
  }
  const invalidAt = firstInvalidUtf8(bytes)
  return fail(
    'undecodable',
    `not valid UTF-8 (invalid byte 0x${(bytes[invalidAt] ?? 0).toString(16).padStart(2, '0')} at offset ${invalidAt}) and no other encoding fits (tried ${[...CYRILLIC_CANDIDATES, 'windows-1252'].join(', ')}); re-save it as UTF-8`,
  )

  function decodeWith(encoding: string, body: Uint8Array): Outcome<DecodedText | null> {
    const text = tryDecode(encoding, body)
    if (text === null) return fail('undecodable', `declares ${encoding} by its byte-order mark but does not decode as ${encoding}`)
    return { value: { text, encoding }, issues }
  }
}

function utf8(bytes: Uint8Array, origin: string): Outcome<DecodedText | null> {
  const text = tryDecode('utf-8', bytes)
  if (text === null) {
    const at = firstInvalidUtf8(bytes)
    return {
      value: null,
      issues: [{ code: 'undecodable', severity: 'error', message: `${origin}: has a UTF-8 byte-order mark but invalid UTF-8 at offset ${at + 3}`, sourceId: origin }],
    }
  }
  return { value: { text, encoding: 'utf-8' }, issues: [] }
}

function decodedAs(origin: string, encoding: string, why: string): Issue {
  return { code: 'encoding-converted', severity: 'info', message: `${origin}: decoded as ${encoding} (${why})`, sourceId: origin }
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** UTF-16 without a byte-order mark: most ASCII characters have a zero high byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  let evenZeros = 0
  let oddZeros = 0
  const n = Math.min(bytes.length, 4096)
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++)
  const half = n / 2
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le'
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be'
  return null
}

/** `<meta charset=…>`, `content="text/html; charset=…"` or `<?xml … encoding="…"?>` in the first bytes. */
function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const m =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head)
  return m?.[1] ?? null
}

function controlRatio(text: string): number {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x80 && c < 0xa0)) control++
  }
  return text.length ? control / text.length : 0
}

/**
 * How much a decoding reads like Cyrillic prose: the share of Cyrillic letters that are lower case
 * after another Cyrillic letter (a wrong code page swaps cases: KOI8 read as windows-1251 gives
 * "пРИВЕТ"), times how often the commonest letters (о е а и н т с р в л і) occur.
 */
function cyrillicScore(text: string): number {
  let cyr = 0
  let lowerAfter = 0
  let pairs = 0
  let common = 0
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const isCyr = ch >= '\u0400' && ch <= '\u04ff'
    if (isCyr || /\p{L}/u.test(ch)) letters++
    if (!isCyr) continue
    cyr++
    if (COMMON_CYRILLIC.has(ch)) common++
    const prev = text[i - 1]
    if (prev !== undefined && prev >= '\u0400' && prev <= '\u04ff') {
      pairs++
      if (ch !== ch.toUpperCase()) lowerAfter++
    }
  }
  if (cyr < 4 || cyr < letters * 0.2 || pairs === 0) return 0
  return (lowerAfter / pairs) * Math.min(1, common / cyr / 0.45)
}

const COMMON_CYRILLIC = new Set('оеаинтсрвлі')

function latinScore(text: string): number {
  let letters = 0
  let ascii = 0
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++
      if (ch < '\u0080') ascii++
    }
  }
  return letters ? ascii / letters : 0
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0
    if (len === 0) return i
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += len
  }
  return i
}
